import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../src/emulator'
import { FontLoader } from '../../src/plugin-api/font-loader'
import { compareExport, probeExportAsync } from '../../src/self-check/probe-export'
import { runCheckAsync } from '../../src/self-check/run-check'

type Exported = { document: { id: string; children: { id: string; children: { id: string }[] }[] } }

/**
 * A FigJam whose REST export differs from the emulator's: every section made through it answers
 * `exportAsync` with `alter` applied to what the emulator exports (appendChild still takes the
 * sections it made, as FigJam's own nodes).
 */
function withExport(api: PluginAPI, alter: (exported: Exported) => unknown): PluginAPI {
  const own = new WeakMap<object, SceneNode>()
  const section = (node: SectionNode): SectionNode => {
    const wrapped = new Proxy(node, {
      get: (target, prop) => {
        if (prop === 'exportAsync') return async (settings: ExportSettingsREST) => alter((await target.exportAsync(settings)) as Exported)
        if (prop === 'appendChild') return (child: SceneNode) => target.appendChild(own.get(child) ?? child)
        return Reflect.get(target, prop) as unknown
      },
      set: (target, prop, value) => Reflect.set(target, prop, value)
    })
    own.set(wrapped, node)
    return wrapped
  }
  return new Proxy(api, { get: (target, prop) => (prop === 'createSection' ? () => section(target.createSection()) : (Reflect.get(target, prop) as unknown)) })
}

async function probeAsync(alter?: (exported: Exported) => unknown) {
  const emulator = createFigJamEmulator()
  const before = emulator.toRestFile()
  const api = alter === undefined ? emulator.api : withExport(emulator.api, alter)
  const outcome = await probeExportAsync(api, new FontLoader(api), { x: 100, y: 200 })
  return { emulator, before, outcome }
}

describe('the check’s export step', () => {
  it('passes on the emulator with one export call, and leaves the file as it was', async () => {
    const { emulator, before, outcome } = await probeAsync()
    expect(outcome).toEqual({
      passed: true,
      observed: { sections: 2, stickies: 6, sameIds: true, sameOrder: true, added: '1 2 3 | 4 5 6', exported: '1 2 3 | 4 5 6', differentIds: null }
    })
    expect(emulator.traffic.calls.get('exportAsync')).toBe(1)
    expect(emulator.toRestFile()).toEqual(before)
  })

  it('fails, showing the order the export gave, when it lists a section’s stickies front to back', async () => {
    const { emulator, before, outcome } = await probeAsync((exported) => {
      for (const section of exported.document.children) section.children.reverse()
      return exported
    })
    expect(outcome).toMatchObject({ passed: false, observed: { sameIds: true, sameOrder: false, added: '1 2 3 | 4 5 6', exported: '3 2 1 | 6 5 4', differentIds: null } })
    expect(emulator.toRestFile()).toEqual(before)
  })

  it('fails, naming each node whose id differs, when the export gives other ids than the Plugin API', async () => {
    const { outcome } = await probeAsync((exported) => {
      const board = exported.document
      return { document: { ...board, children: board.children.map((section, index) => ({ ...section, children: section.children.map((node, i) => (index === 1 && i === 0 ? { ...node, id: `I${node.id}` } : node)) })) } }
    })
    expect(outcome).toMatchObject({ passed: false, observed: { sameIds: false, sameOrder: true, exported: '1 2 3 | 4 5 6' } })
    const differentIds = String(outcome.observed.differentIds)
    expect(differentIds).toMatch(/^(\S+) as I\1$/)
  })

  it('fails when a section is missing from the export, naming it and the stickies in it', async () => {
    const { outcome } = await probeAsync((exported) => ({ document: { ...exported.document, children: exported.document.children.slice(0, 1) } }))
    expect(outcome).toMatchObject({ passed: false, observed: { sameIds: false, sameOrder: false, exported: '1 2 3' } })
    expect(String(outcome.observed.differentIds).split(', ')).toHaveLength(4)
    expect(String(outcome.observed.differentIds)).toMatch(/ as missing$/)
  })

  it('throws FigJam’s answer away with a clear error when the export is not a section holding sections, and still removes what it drew', async () => {
    const emulator = createFigJamEmulator()
    const before = emulator.toRestFile()
    const api = withExport(emulator.api, () => ({ document: { id: '1:2', type: 'FRAME' } }))
    await expect(probeExportAsync(api, new FontLoader(api), { x: 0, y: 0 })).rejects.toThrow(/not REST JSON of a section holding sections/)
    expect(emulator.toRestFile()).toEqual(before)
  })

  it('fails its step in the whole check on such a FigJam, with the order FigJam gave (the board Generate draws there reads back wrong too); the file is left as it was', async () => {
    const emulator = createFigJamEmulator({ recordUndo: true })
    const before = emulator.toRestFile()
    const api = withExport(emulator.api, (exported) => {
      for (const section of exported.document.children) section.children.reverse()
      return exported
    })
    const diagnostics = await runCheckAsync(api, { yieldAsync: async () => {} })
    const step = diagnostics.steps.find((s) => s.code === 'export')
    expect(step).toMatchObject({ passed: false, observed: { sameOrder: false, exported: '3 2 1 | 6 5 4' } })
    expect(diagnostics.steps.find((s) => s.code === 'clean-up')?.passed).toBe(true)
    expect(emulator.toRestFile()).toEqual(before)
  })

  it('tells ids and order apart whatever order it is given the nodes in', () => {
    const drawn = { id: 'b', sections: [{ name: '1', id: 's', stickies: [{ id: 'x', text: '1' }, { id: 'y', text: '2' }] }] }
    const section = (children: object[]) => ({ document: { id: 'b', type: 'SECTION', children: [{ id: 's', name: '1', type: 'SECTION', children }] } })
    const x = { id: 'x', type: 'STICKY', characters: '1' }
    const y = { id: 'y', type: 'STICKY', characters: '2' }
    expect(compareExport(drawn, section([x, y])).passed).toBe(true)
    expect(compareExport(drawn, section([y, x])).observed).toMatchObject({ sameIds: true, sameOrder: false, exported: '2 1' })
    expect(compareExport(drawn, section([x, { ...y, id: 'z' }])).observed).toMatchObject({ sameIds: false, sameOrder: true, differentIds: 'y as z' })
    expect(compareExport(drawn, section([x, y, { id: 'w', type: 'CONNECTOR' }])).observed).toMatchObject({ sameIds: true, sameOrder: false, exported: '1 2 (CONNECTOR)' })
  })
})
