import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import vm from 'node:vm'
import * as esbuild from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'

import { createFigJamEmulator, type EmulatorOptions } from '../../src/emulator/create-figjam-emulator'
import { checkPassed, DiagnosticsSchema } from '../../src/diagnostics/diagnostics'
import { MainToUiSchema } from '../../src/messages'
import { createJourneyFromTemplate } from '../../src/templates'

const run = promisify(execFile)
let mainJs = ''
let uiHtml = ''

beforeAll(async () => {
  await run('node', ['scripts/build.mjs', '--quiet'])
  ;[mainJs, uiHtml] = await Promise.all([readFile('dist/main.js', 'utf8'), readFile('dist/ui.html', 'utf8')])
}, 120_000)

/** Runs the shipped dist/main.js as FigJam would: globals `figma` and `__html__`, nothing else. */
function loadBundle(options: EmulatorOptions = {}) {
  const emulator = createFigJamEmulator(options)
  vm.runInNewContext(mainJs, { figma: emulator.api, __html__: uiHtml, console, setTimeout, clearTimeout })
  return emulator
}

describe('the built sandbox bundle (dist/main.js)', () => {
  it('is ES2017 syntax, one self-contained script', async () => {
    // Lowering to ES2017 must change nothing: no newer syntax survived the build.
    const lowered = await esbuild.transform(mainJs, { target: 'es2017', minify: true, charset: 'utf8' })
    expect(lowered.code.length).toBeLessThanOrEqual(mainJs.length + 16)
    expect(mainJs).not.toMatch(/\brequire\(|\bimport\s*\(|^import\s/m)
  })

  it('opens the panel with the built ui.html and answers it', async () => {
    const emulator = loadBundle()
    expect(emulator.ui?.html).toBe(uiHtml)
    await emulator.sendToPlugin({ type: 'ready' })
    // The remembered settings, then the templates (the panel bundles none of their content).
    expect(emulator.uiMessages.map((m) => MainToUiSchema.parse(m).type)).toEqual(['init', 'templates'])
  })

  it('draws a template board and reads it back, on the emulator', async () => {
    const emulator = loadBundle()
    const journey = createJourneyFromTemplate({ templateId: 'ikea' })
    if (!journey.ok) throw new Error('template failed')
    await emulator.sendToPlugin({ type: 'generate', requestId: 'g', journey: journey.value })
    const generated = emulator.uiMessages.map((m) => MainToUiSchema.parse(m)).find((m) => m.type === 'generated')
    expect(generated?.type === 'generated' && generated.summary.counts.stickies).toBe(journey.value.items.length)
    expect(emulator.api.currentPage.findAllWithCriteria({ types: ['STICKY'] }).length).toBeGreaterThanOrEqual(journey.value.items.length)
  })

  it('runs "Check Journeyboard in this file" when started as that menu command, and every step passes on the emulator', async () => {
    const manifest = JSON.parse(await readFile('manifest.json', 'utf8')) as { menu: { name: string; command: string }[] }
    const command = manifest.menu.find((item) => item.name === 'Check Journeyboard in this file')?.command
    const emulator = loadBundle({ command, recordUndo: true })
    await emulator.sendToPlugin({ type: 'ready' })
    const report = emulator.uiMessages.map((m) => MainToUiSchema.parse(m)).at(-1)
    if (report?.type !== 'check-report') throw new Error('the check reported nothing')
    const diagnostics = DiagnosticsSchema.parse(JSON.parse(report.diagnostics))
    expect(diagnostics.steps.filter((step) => !step.passed)).toEqual([])
    expect(checkPassed(diagnostics)).toBe(true)
    expect(emulator.api.currentPage.children).toEqual([])
  })
})
