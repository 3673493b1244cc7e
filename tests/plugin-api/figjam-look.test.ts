import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../src/emulator'
import { LAYOUT_VERSION } from '../../src/layout'
import type { Journey } from '../../src/model'
import { generateBoardAsync } from '../../src/plugin-api/generate-board'
import { TAG_KEY, TAG_NAMESPACE } from '../../src/plugin-data/board-tags'
import { syncBoardAsync } from '../../src/plugin-api/sync-board'
import { TEMPLATES } from '../../src/templates'
import { boardJourneyArbitrary } from '../fixtures/board-journey-arbitrary'
import { journeyArbitrary } from '../fixtures/journey-arbitrary'
import { validJourney } from '../reader/generated-board'

const noWait = { yieldAsync: async (): Promise<void> => {} }

/** Every connector of the page with its line type and the magnets of its attached ends. */
function connectorsOf(api: PluginAPI): { lineType: string; magnets: string[] }[] {
  return api.currentPage.findAllWithCriteria({ types: ['CONNECTOR'] }).map((connector) => ({
    lineType: connector.connectorLineType,
    magnets: [connector.connectorStart, connector.connectorEnd].flatMap((end) => ('magnet' in end ? [end.magnet] : []))
  }))
}

/**
 * What FigJam documents for every board the plugin draws or updates, over every template and random
 * journeys: straight connectors only on CENTER or NONE magnets ([D] ConnectorEndpoint), stickies,
 * sections, connectors and texts in their own type's palette as exact hex/255, and every shape in one
 * of FigJam's shape presets, fill, outline and text colour together ([G] figjam-colors,
 * create-shape-with-text).
 */
describe('boards as FigJam documents them', () => {
  const journeys: Journey[] = [
    ...TEMPLATES.flatMap((template) => template.locales.map((locale) => validJourney(template.journey(locale)))),
    ...fc.sample(boardJourneyArbitrary({ maxItems: 30 }), { numRuns: 15, seed: 7 }),
    ...fc.sample(journeyArbitrary(), { numRuns: 15, seed: 8 })
  ]

  it('draws and updates no straight connector on an AUTO (or other forbidden) magnet, and no sticky, section, connector, text or shape off its palette', async () => {
    let straight = 0
    for (const journey of journeys) {
      const emulator = createFigJamEmulator()
      const summary = await generateBoardAsync(emulator.api, journey, noWait)
      const changed = { ...journey, items: journey.items.map((item, i) => (i === 0 ? { ...item, text: `${item.text} (updated)`.slice(-200) } : item)) }
      const synced = await syncBoardAsync(emulator.api, summary.boardId, changed, {}, noWait)
      expect(synced).toMatchObject({ ok: true })
      for (const connector of connectorsOf(emulator.api)) {
        if (connector.lineType === 'STRAIGHT') {
          straight += 1
          expect(connector.magnets.filter((magnet) => magnet !== 'CENTER' && magnet !== 'NONE')).toEqual([])
        } else expect(connector.magnets).not.toContain('CENTER')
      }
      expect(emulator.offPaletteColours()).toEqual([])
    }
    // Emotion curves draw straight connectors: the rule was exercised.
    expect(straight).toBeGreaterThan(5)
  })

  it('repaints the shapes of a board the previous layout painted fill-only, on update', async () => {
    const journey = validJourney(TEMPLATES.find((template) => template.id === 'car-rental')!.journey('en'))
    const emulator = createFigJamEmulator()
    const { api } = emulator
    const summary = await generateBoardAsync(api, journey, noWait)
    // As layout version 1 drew it: the fill alone set, FigJam's default outline and text colour kept.
    const charcoal = [{ type: 'SOLID' as const, color: { r: 0x1e / 255, g: 0x1e / 255, b: 0x1e / 255 } }]
    for (const shape of api.currentPage.findAllWithCriteria({ types: ['SHAPE_WITH_TEXT'] })) {
      shape.strokes = charcoal
      shape.text.fills = charcoal
    }
    const board = api.currentPage.findOne((node) => node.id === summary.boardId)!
    board.setSharedPluginData(TAG_NAMESPACE, TAG_KEY, board.getSharedPluginData(TAG_NAMESPACE, TAG_KEY).replace(`"lv":${LAYOUT_VERSION}`, `"lv":${LAYOUT_VERSION - 1}`))
    expect(emulator.offPaletteColours().length).toBeGreaterThan(20)
    const synced = await syncBoardAsync(api, summary.boardId, journey, {}, noWait)
    expect(synced).toMatchObject({ ok: true })
    expect(emulator.offPaletteColours()).toEqual([])
  })
})
