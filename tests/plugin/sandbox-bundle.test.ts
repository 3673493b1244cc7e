import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import vm from 'node:vm'
import * as esbuild from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'

import { createFigJamEmulator, type EmulatorOptions, type FigJamEmulator } from '../../src/emulator/create-figjam-emulator'
import { checkPassed } from '../../src/diagnostics/diagnostics'
import { templateSketches } from '../../src/formats/sketch-outline'
import { MainToUiSchema } from '../../src/messages'
import { frBoard } from '../../src/i18n/catalogues/board/fr'
import { frSandbox } from '../../src/i18n/catalogues/sandbox/fr'
import { enSandbox } from '../../src/i18n/catalogues/sandbox/en'
import { enProblems } from '../../src/i18n/catalogues/problems/en'
import { fillText } from '../../src/i18n/fill-placeholders'
import { countText } from '../../src/i18n/fill-text'
import type { Journey } from '../../src/model'
import { createJourneyFromTemplate, type JourneyChoices, TEMPLATES, templateCatalogue } from '../../src/templates'
import { LANGUAGES, type Language } from '../../src/i18n'
import { ExportFormatSchema } from '../../src/formats/export-formats'
import { ImportFormatSchema } from '../../src/formats/import-formats'
import { startPlugin } from '../../src/plugin/start-plugin'

const run = promisify(execFile)
let mainJs = ''
let uiHtml = ''

beforeAll(async () => {
  await run('node', ['scripts/build.mjs', '--quiet'])
  ;[mainJs, uiHtml] = await Promise.all([readFile('dist/main.js', 'utf8'), readFile('dist/ui.html', 'utf8')])
}, 120_000)

/** The globals FigJam gives the sandbox ([T] index.d.ts), fetch as the manifest's networkAccess has it. */
function sandboxGlobals(emulator: FigJamEmulator) {
  return { figma: emulator.api, __html__: uiHtml, fetch: emulator.fetch, console, setTimeout, clearTimeout }
}

/** Runs the shipped dist/main.js as FigJam would: with those globals, nothing else. */
function loadBundle(options: EmulatorOptions = {}) {
  const emulator = createFigJamEmulator(options)
  vm.runInNewContext(mainJs, sandboxGlobals(emulator))
  return emulator
}

/** Has the bundle draw a template's journey, checks it says it drew every sticky, and gives the journey. */
async function drawTemplateAsync(emulator: ReturnType<typeof loadBundle>, choices: JourneyChoices): Promise<Journey> {
  const journey = createJourneyFromTemplate(choices)
  if (!journey.ok) throw new Error(`template "${choices.templateId}" gave no journey: ${JSON.stringify(journey.problems)}`)
  await emulator.sendToPlugin({ type: 'generate', requestId: 'g', journey: journey.value })
  const generated = emulator.uiMessages.map((m) => MainToUiSchema.parse(m)).find((m) => m.type === 'generated')
  expect(generated?.type === 'generated' && generated.summary.contents.stickies).toBe(journey.value.items.length)
  return journey.value
}

/**
 * Sends every kind of panel message to a sandbox, the panel speaking `language` and the journey written in it, and gives back all
 * it answered and notified: a board drawn, with a sticky left beside it so the reading has notes,
 * read back, reported, exported in every format and imported again where it can be, its notes worded again, updated
 * after a review, a sticky shown, the panel resized; then text no importer accepts.
 */
async function everyMessageAsync(start: (emulator: FigJamEmulator) => void, language: Language) {
  const emulator = createFigJamEmulator()
  start(emulator)
  const answered = () => emulator.uiMessages.map((m) => MainToUiSchema.parse(m))
  const last = <T extends string>(type: T) => {
    const found = answered().filter((m) => m.type === type).at(-1)
    if (found?.type !== type) throw new Error(`the sandbox gave no ${type} answer, in ${language}`)
    return found as Extract<ReturnType<typeof MainToUiSchema.parse>, { type: T }>
  }
  await emulator.sendToPlugin({ type: 'save-settings', settings: { panelLanguage: language } })
  await emulator.sendToPlugin({ type: 'ready' })
  await emulator.sendToPlugin({ type: 'template-journeys' })
  const made = createJourneyFromTemplate({ templateId: 'car-rental', locale: language })
  if (!made.ok) throw new Error('the car-rental template gave no journey')
  await emulator.sendToPlugin({ type: 'generate', requestId: 'g', journey: made.value })
  const stray = emulator.api.createSticky()
  stray.x = -5000
  await emulator.sendToPlugin({ type: 'read-back', requestId: 'r', scope: 'page' })
  const { journey, warnings } = last('read-back-result')
  await emulator.sendToPlugin({ type: 'report', requestId: 'h', journey })
  for (const format of ExportFormatSchema.options) {
    await emulator.sendToPlugin({ type: 'export', requestId: `e-${format}`, journey, format, localizedHeader: true })
    const importable = ImportFormatSchema.options.find((known) => known === format)
    if (importable !== undefined) await emulator.sendToPlugin({ type: 'import', requestId: `i-${format}`, text: last('export-result').parts.join(''), format: importable })
  }
  for (const into of LANGUAGES) await emulator.sendToPlugin({ type: 'word-warnings', requestId: `w-${into}`, language: into, warnings })
  await emulator.sendToPlugin({ type: 'sync-preview', requestId: 's', journey: { ...journey, title: `${journey.title} 2` } })
  await emulator.sendToPlugin({ type: 'sync-apply', requestId: 'a', boardId: last('sync-preview-result').boardId, journey: { ...journey, title: `${journey.title} 2` }, resolutions: {} })
  await emulator.sendToPlugin({ type: 'show-node', nodeId: stray.id })
  await emulator.sendToPlugin({ type: 'show-node', nodeId: '999:999' })
  await emulator.sendToPlugin({ type: 'resize', width: 400, height: 640 })
  await emulator.sendToPlugin({ type: 'import', requestId: 'bad-json', text: '{"title": 3, "stages": "none"}' })
  await emulator.sendToPlugin({ type: 'import', requestId: 'bad-csv', text: 'stage,title\n"unclosed' })
  return { answers: answered(), notifications: emulator.notifications, warnings, networkRequests: emulator.networkRequests }
}

describe('the built sandbox bundle (dist/main.js)', () => {
  it('is as README\'s bundle table gives it, with the panel: each size as built, against the budget and the limit scripts/build.mjs holds', async () => {
    const [readme, build] = await Promise.all([readFile('README.md', 'utf8'), readFile('scripts/build.mjs', 'utf8')])
    const count = (text: string): number => Number(text.replace(/[,_]/g, ''))
    const bundles: [string, string, 'bytes' | 'gzip', number][] = [
      ['panel, `dist/ui.html`', 'dist/ui.html', 'bytes', Buffer.byteLength(uiHtml)],
      // Measured as the build measures it: the file's text at gzip's level 9.
      ['panel, gzipped', 'dist/ui.html', 'gzip', gzipSync(uiHtml, { level: 9 }).length],
      ['sandbox, `dist/main.js`', 'dist/main.js', 'bytes', Buffer.byteLength(mainJs)]
    ]
    for (const [row, file, measure, size] of bundles) {
      const line = readme.split('\n').find((text) => text.startsWith(`| ${row} | `))
      const cells = /^\| .+? \| ([\d,]+) bytes \| ([\d,]+) \((holds|over by ([\d,]+))\) \| ([\d,]+) \|$/.exec(line ?? '')
      const budget = new RegExp(`\\{ file: '${file}', measure: '${measure}', budget: ([\\d_]+), limit: ([\\d_]+) \\}`).exec(build)
      if (cells === null || budget === null) throw new Error(`README's bundle table or scripts/build.mjs has no row for ${row}`)
      const [, asBuilt = '', budgetCell = '', verdict = '', over = '0', limit = ''] = cells
      expect([count(asBuilt), count(budgetCell), count(limit)], row).toEqual([size, count(budget[1] ?? ''), count(budget[2] ?? '')])
      expect(verdict === 'holds' ? 0 : count(over), row).toBe(Math.max(0, size - count(budgetCell)))
    }
  })

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
    const journey = await drawTemplateAsync(emulator, { templateId: 'ikea' })
    expect(emulator.api.currentPage.findAllWithCriteria({ types: ['STICKY'] }).length).toBeGreaterThanOrEqual(journey.items.length)
  })

  it('runs "Check Journeyboard in this file" when started as that menu command, and every step passes on the emulator', async () => {
    const manifest = JSON.parse(await readFile('manifest.json', 'utf8')) as { menu: { name: string; command: string }[] }
    const command = manifest.menu.find((item) => item.name === 'Check Journeyboard in this file')?.command
    const emulator = loadBundle({ command, recordUndo: true })
    await emulator.sendToPlugin({ type: 'ready' })
    const report = emulator.uiMessages.map((m) => MainToUiSchema.parse(m)).at(-1)
    if (report?.type !== 'check-report') throw new Error('the check reported nothing')
    const diagnostics = report.diagnostics
    expect(diagnostics.steps.filter((step) => !step.passed)).toEqual([])
    expect(checkPassed(diagnostics)).toBe(true)
    expect(emulator.api.currentPage.children).toEqual([])
  })

  it.each(LANGUAGES)('answers every kind of panel message as its source does, the panel speaking %s (nothing a bundle left out or packed is missed), and asks the network for nothing', async (language) => {
    const fromBundle = await everyMessageAsync((emulator) => vm.runInNewContext(mainJs, sandboxGlobals(emulator)), language)
    const fromSource = await everyMessageAsync((emulator) => startPlugin(emulator.api, uiHtml), language)
    // manifest.json's networkAccess is ["none"], under which FigJam blocks every request: the sandbox makes none.
    expect(fromBundle.networkRequests).toEqual([])
    expect(fromBundle.answers.filter((answer) => answer.type === 'error')).toEqual([])
    expect(fromBundle.warnings.length).toBeGreaterThan(0)
    expect(fromBundle.answers.filter((answer) => answer.type === 'import-result').map((answer) => answer.requestId.startsWith('bad') !== answer.result.ok)).not.toContain(false)
    expect(fromBundle.answers.map((answer) => answer.type)).toEqual(fromSource.answers.map((answer) => answer.type))
    expect(fromBundle.answers).toEqual(fromSource.answers)
    expect(fromBundle.notifications).toEqual(fromSource.notifications)
  })

  describe('with the words and every template journey packed (the build checks the packing; these run what it shipped)', () => {
    it('carries them packed, not as code', () => {
      for (const text of [frBoard.legend, frSandbox.drewStickies.other, 'Préparer le voyage', 'Планирование поездки', 'Эмоции от покупки', 'Planning the trip', 'Compares hotels and books two nights online', enProblems.problems['json-not-plain'], enSandbox.stickyGone]) expect(mainJs).not.toContain(text)
    })

    it('unpacks nothing as it starts, before the panel is ready; the first answer unpacks the form\'s journey', async () => {
      // Every unpacking ends in the sandbox's own UTF-8 decoder, which builds text with String.fromCharCode.
      const emulator = createFigJamEmulator()
      const context = vm.createContext(sandboxGlobals(emulator))
      vm.runInContext('globalThis.unpacked = 0; const fromCharCode = String.fromCharCode; String.fromCharCode = (...units) => (globalThis.unpacked += 1, fromCharCode(...units))', context)
      vm.runInContext(mainJs, context)
      // The timer it starts as it opens the panel has run.
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(vm.runInContext('unpacked', context)).toBe(0)
      await emulator.sendToPlugin({ type: 'ready' })
      expect(vm.runInContext('unpacked', context)).toBeGreaterThan(0)
    })

    it('sends every template journey in every locale exactly as the templates\' source builds them', async () => {
      const emulator = loadBundle()
      await emulator.sendToPlugin({ type: 'ready' })
      await emulator.sendToPlugin({ type: 'template-journeys' })
      // As sent, before the panel parses them (parsing fills in defaults).
      const sent = (emulator.uiMessages as { type: string; templates?: { id: string; journeys: Record<string, unknown> }[] }[]).flatMap((m) => (m.type === 'templates' || m.type === 'template-journeys-result' ? (m.templates ?? []) : []))
      const journeys = (id: string) => Object.assign({}, ...sent.filter((entry) => entry.id === id).map((entry) => entry.journeys)) as Record<string, unknown>
      for (const entry of templateCatalogue(TEMPLATES)) {
        expect(Object.keys(journeys(entry.id)).sort()).toEqual(Object.keys(entry.journeys).sort())
        for (const [locale, journey] of Object.entries(entry.journeys)) expect(journeys(entry.id)[locale], `${entry.id} in ${locale}`).toEqual(journey)
      }
    })

    it('sends the gallery\'s sketches the build made, each as the template\'s source sketches', async () => {
      const emulator = loadBundle()
      await emulator.sendToPlugin({ type: 'ready' })
      const sent = emulator.uiMessages.map((m) => MainToUiSchema.parse(m)).find((m) => m.type === 'templates')
      expect(sent?.type === 'templates' && sent.sketches).toEqual(templateSketches(TEMPLATES))
    })

    it('draws the car-rental board in French, with the panel speaking French: French journey, board words and notice', async () => {
      const emulator = loadBundle()
      await emulator.sendToPlugin({ type: 'save-settings', settings: { panelLanguage: 'fr' } })
      const journey = await drawTemplateAsync(emulator, { templateId: 'car-rental', locale: 'fr' })
      const texts = emulator.api.currentPage.findAll(() => true).flatMap((node) => ('characters' in node ? [node.characters] : 'text' in node && typeof node.text === 'object' ? [node.text.characters] : []))
      expect(texts).toContain('Préparer le voyage')
      expect(texts).toContain(frBoard.legend)
      const stickies = countText('fr', frSandbox.drewStickies, journey.items.length)
      const stages = countText('fr', frSandbox.drewStages, journey.stages.length)
      // The title may be shortened to fit the notice.
      const [before, after] = fillText(frSandbox.drew, { title: '\u0000', stickies, stages }).split('\u0000') as [string, string]
      const notice = emulator.notifications.at(-1)?.message ?? ''
      expect(notice.startsWith(before + journey.title.slice(0, 20))).toBe(true)
      expect(notice.endsWith(after)).toBe(true)
    })
  })
})
