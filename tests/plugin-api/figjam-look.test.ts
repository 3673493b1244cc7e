import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../src/emulator'
import type { Journey } from '../../src/model'
import { generateBoardAsync } from '../../src/plugin-api/generate-board'
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
 * sections, connectors and texts in their own type's palette as exact hex/255 ([G] figjam-colors).
 */
describe('boards as FigJam documents them', () => {
  const journeys: Journey[] = [
    ...TEMPLATES.flatMap((template) => template.locales.map((locale) => validJourney(template.journey(locale)))),
    ...fc.sample(boardJourneyArbitrary({ maxItems: 30 }), { numRuns: 15, seed: 7 }),
    ...fc.sample(journeyArbitrary(), { numRuns: 15, seed: 8 })
  ]

  it('draws and updates no straight connector on an AUTO (or other forbidden) magnet, and no sticky, section, connector or text off its palette', async () => {
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
      expect(emulator.offPaletteColours().filter((colour) => colour.type !== 'SHAPE_WITH_TEXT')).toEqual([])
    }
    // Emotion curves draw straight connectors: the rule was exercised.
    expect(straight).toBeGreaterThan(5)
  })
})
