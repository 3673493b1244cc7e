import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { EMOTION_BAND_HEIGHT, EMOTION_POINT_SIZE, MARK_COLORS } from '../../src/layout'
import { type Journey, journeyEvidenceLevels } from '../../src/model'
import { journeyArbitrary } from '../fixtures/journey-arbitrary'
import { drawAsync, liveTag, readBothWaysAsync, taggedNode, taggedNodes, templateJourney, withItem } from '../reader/generated-board'
import { propertyRuns } from '../support/property-runs'

/** Evidence markers and overlaid curves, changed on the board the way people change them, read back. */

function solid(hex: string): SolidPaint {
  const value = Number.parseInt(hex.slice(1), 16)
  return { type: 'SOLID', color: { r: ((value >> 16) & 0xff) / 255, g: ((value >> 8) & 0xff) / 255, b: (value & 0xff) / 255 } }
}

const carRental = (): Journey => templateJourney('car-rental')

describe('evidence markers on a generated board', () => {
  it('draws one marker per item with evidence, in its level colour, and a legend entry per level', async () => {
    const journey = carRental()
    const emulator = await drawAsync(journey)
    const withEvidence = journey.items.filter((item) => item.evidence !== undefined)
    expect(withEvidence.length).toBeGreaterThan(10)
    for (const item of withEvidence) {
      const marker = taggedNode<ShapeWithTextNode>(emulator.api, { role: 'evidence-marker', itemId: item.id })
      const level = journeyEvidenceLevels(journey).find((l) => l.id === item.evidence?.level)
      expect(marker.fills).toEqual([expect.objectContaining(solid(MARK_COLORS[level?.color ?? 'red']))])
      expect(marker.text.characters).toBe(level?.short)
    }
    for (const level of journeyEvidenceLevels(journey)) {
      expect(taggedNode(emulator.api, { role: 'legend', part: 'swatch', legendSubject: 'evidence', variant: level.id })).toBeDefined()
    }
  })

  it('reads a recoloured marker as the level of its new colour, and a removed one as no evidence', async () => {
    const journey = carRental()
    const emulator = await drawAsync(journey)
    const { api } = emulator
    // An assumption the team has since checked in interviews: recoloured green (validated).
    expect(journey.items.find((i) => i.id === 'pickup-barrier-4')?.evidence?.level).toBe('assumption')
    taggedNode<ShapeWithTextNode>(api, { role: 'evidence-marker', itemId: 'pickup-barrier-4' }).fills = [solid(MARK_COLORS.green)]
    taggedNode(api, { role: 'evidence-marker', itemId: 'plan-need-1' }).remove()

    const reading = await readBothWaysAsync(emulator)
    let expected = withItem(journey, 'pickup-barrier-4', (item) => ({ ...item, evidence: { level: 'validated', participants: [], sources: [], itemIds: [] } }))
    expected = withItem(expected, 'plan-need-1', ({ evidence: _evidence, ...item }) => item)
    expect(reading.journey).toEqual(expected)
    expect(reading.warnings).toEqual([])
  })

  it('keeps the level of a marker recoloured to a colour no level has, and says so', async () => {
    const journey = carRental()
    const emulator = await drawAsync(journey)
    const marker = taggedNode<ShapeWithTextNode>(emulator.api, { role: 'evidence-marker', itemId: 'plan-quote-1' })
    marker.fills = [solid(MARK_COLORS.blue)]
    const reading = await readBothWaysAsync(emulator)
    expect(reading.journey).toEqual(journey)
    expect(reading.warnings).toEqual([expect.objectContaining({ nodeId: marker.id, message: expect.stringContaining('item "plan-quote-1" keeps its level') })])
  })

  it('reads any recolouring to a level colour as that level (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        journeyArbitrary({ minItems: 1, maxItems: 8 }).filter((j) => j.items.some((item) => item.evidence !== undefined)),
        fc.nat(),
        fc.nat(),
        async (journey, pickItem, pickLevel) => {
          const withEvidence = journey.items.filter((item) => item.evidence !== undefined)
          const item = withEvidence[pickItem % withEvidence.length]!
          const levels = journeyEvidenceLevels(journey)
          const level = levels[pickLevel % levels.length]!
          const emulator = await drawAsync(journey)
          taggedNode<ShapeWithTextNode>(emulator.api, { role: 'evidence-marker', itemId: item.id }).fills = [solid(MARK_COLORS[level.color])]
          const reading = await readBothWaysAsync(emulator)
          expect(reading.journey).toEqual(withItem(journey, item.id, (it) => ({ ...it, evidence: { ...it.evidence!, level: level.id } })))
        }
      ),
      propertyRuns(25)
    )
  })
})

describe('two curves over one emotion band', () => {
  it('draws each curve in its own colour, points side by side per stage, joined only to their own curve', async () => {
    const journey = carRental()
    const emulator = await drawAsync(journey)
    const { api } = emulator
    // Only sections carry names: the curve's lines are told by their tags.
    const lines = taggedNodes(api).filter((node) => node.type === 'CONNECTOR' && liveTag(node)?.role === 'emotion-line') as ConnectorNode[]
    const curveOf = new Map(journey.items.map((item) => [item.id, item.curveId ?? 'as-is']))
    const byCurve = new Map<string, string[]>()
    for (const line of lines) {
      const tag = liveTag(line)
      const from = tag?.itemId
      const to = tag?.toItemId
      expect(curveOf.get(from!)).toBe(curveOf.get(to!))
      byCurve.set(curveOf.get(from!)!, [...(byCurve.get(curveOf.get(from!)!) ?? []), tag!.key])
      expect(line.strokes[0]).toEqual(expect.objectContaining(solid(MARK_COLORS[curveOf.get(from!) === 'to-be' ? 'violet' : 'pink'])))
    }
    // Seven stages: six segments per curve.
    expect(byCurve.get('as-is')).toHaveLength(6)
    expect(byCurve.get('to-be')).toHaveLength(6)
    const asIs = taggedNode<ShapeWithTextNode>(api, { role: 'emotion-point', itemId: 'pickup-experience-1' })
    const toBe = taggedNode<ShapeWithTextNode>(api, { role: 'emotion-point', itemId: 'pickup-experience-2' })
    expect(asIs.x).toBeLessThan(toBe.x)
    expect(asIs.y).toBeGreaterThan(toBe.y)
    for (const id of ['as-is', 'to-be']) expect(taggedNode(api, { role: 'legend', part: 'swatch', legendSubject: 'curve', variant: id })).toBeDefined()
  })

  it('reads a dragged to-be point as its new score, leaving the as-is curve alone', async () => {
    const journey = carRental()
    const emulator = await drawAsync(journey)
    const onePoint = (EMOTION_BAND_HEIGHT - EMOTION_POINT_SIZE) / 4
    taggedNode<ShapeWithTextNode>(emulator.api, { role: 'emotion-point', itemId: 'pickup-experience-2' }).y += 2 * onePoint
    const reading = await readBothWaysAsync(emulator)
    expect(reading.journey).toEqual(withItem(journey, 'pickup-experience-2', (item) => ({ ...item, score: -1 })))
  })
})
