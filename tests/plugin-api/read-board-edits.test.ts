import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { CELL_PADDING, EMOTION_BAND_HEIGHT, EMOTION_POINT_SIZE, STAGE_PADDING, STICKY_COLORS } from '../../src/layout'
import type { Journey } from '../../src/model'
import { journeyArbitrary } from '../fixtures/journey-arbitrary'
import {
  drawAsync,
  itemSticky,
  laneLabel,
  loadFontOfAsync,
  readBothWaysAsync,
  rowTop,
  stageSection,
  taggedNode,
  templateJourney,
  withItem
} from '../reader/generated-board'
import { propertyRuns } from '../support/property-runs'

/**
 * Each kind of change a person makes on a generated board, made through the Plugin API the way
 * FigJam makes it, then read back (live and through REST): the journey changes by exactly that.
 */

const workshop = (): Journey => templateJourney('workshop-swimlane')
const carRental = (): Journey => templateJourney('car-rental')

function solid(hex: string): SolidPaint {
  const value = Number.parseInt(hex.slice(1), 16)
  return { type: 'SOLID', color: { r: ((value >> 16) & 0xff) / 255, g: ((value >> 8) & 0xff) / 255, b: (value & 0xff) / 255 } }
}

/** Puts a node into a section at a page position: appendChild keeps x/y, so they are set after. */
function dropInto(section: SectionNode, node: SceneNode, at: { x: number; y: number }): void {
  section.appendChild(node)
  const origin = section.absoluteBoundingBox ?? { x: 0, y: 0 }
  node.x = at.x - origin.x
  node.y = at.y - origin.y
}

/** The page position of the first sticky slot of a cell. */
function cellSlot(api: PluginAPI, stageId: string, laneId: string): { x: number; y: number } {
  const section = stageSection(api, stageId).absoluteBoundingBox ?? { x: 0, y: 0 }
  return { x: section.x + STAGE_PADDING, y: rowTop(api, laneId) + CELL_PADDING }
}

describe('reading a generated board after a person edits it', () => {
  it('picks up an edited sticky text', async () => {
    const journey = workshop()
    const emulator = await drawAsync(journey)
    const sticky = itemSticky(emulator.api, 'report-customer-1')
    await loadFontOfAsync(emulator.api, sticky.text)
    sticky.text.characters = 'Calls the store, then gives up'

    const reading = await readBothWaysAsync(emulator)
    expect(reading.journey).toEqual(withItem(journey, 'report-customer-1', (item) => ({ ...item, text: 'Calls the store, then gives up' })))
    expect(reading.warnings).toEqual([])
  })

  it('moves an item to the row its sticky was dragged to, in the same stage', async () => {
    const journey = carRental()
    const emulator = await drawAsync(journey)
    const sticky = itemSticky(emulator.api, 'plan-thought-1')
    dropInto(stageSection(emulator.api, 'plan'), sticky, { x: (sticky.absoluteBoundingBox?.x ?? 0) + 10, y: rowTop(emulator.api, 'barriers') + 60 })

    const reading = await readBothWaysAsync(emulator)
    expect(reading.journey).toEqual(withItem(journey, 'plan-thought-1', (item) => ({ ...item, laneId: 'barriers' })))
  })

  it('moves an item to the stage section its sticky was moved into (re-parented, keeping its x/y)', async () => {
    const journey = carRental()
    const emulator = await drawAsync(journey)
    stageSection(emulator.api, 'research').appendChild(itemSticky(emulator.api, 'plan-need-1'))

    const reading = await readBothWaysAsync(emulator)
    expect(reading.journey).toEqual(withItem(journey, 'plan-need-1', (item) => ({ ...item, stageId: 'research' })))
  })

  it('moves an item by where its centre falls when the sticky left the stage sections for the board', async () => {
    const journey = carRental()
    const emulator = await drawAsync(journey)
    const board = emulator.api.currentPage.children[0] as SectionNode
    const target = cellSlot(emulator.api, 'return', 'opportunities')
    dropInto(board, itemSticky(emulator.api, 'book-thought-1'), target)

    const reading = await readBothWaysAsync(emulator)
    expect(reading.journey).toEqual(withItem(journey, 'book-thought-1', (item) => ({ ...item, stageId: 'return', laneId: 'opportunities' })))
  })

  it('adds stickies made by hand as new items in their cells, typed by colour on a workshop board', async () => {
    const journey = workshop()
    const emulator = await drawAsync(journey)
    const { api } = emulator
    await api.loadFontAsync({ family: 'Inter', style: 'Medium' })
    const inCustomerLane = api.createSticky()
    dropInto(stageSection(api, 'assess'), inCustomerLane, cellSlot(api, 'assess', 'customer'))
    inCustomerLane.text.characters = 'Asks for a loan machine'
    const violet = api.createSticky()
    const slot = cellSlot(api, 'visit', 'store')
    dropInto(stageSection(api, 'visit'), violet, { x: slot.x + 30, y: slot.y + 15 })
    violet.fills = [solid(STICKY_COLORS.violet)]
    violet.text.characters = 'Orders the part for the customer'

    const reading = await readBothWaysAsync(emulator)
    const id = (node: SceneNode): string => `item-${node.id.replace(':', '-')}`
    expect(reading.journey).toEqual({
      ...journey,
      items: [
        ...journey.items,
        // The default yellow is the customer lane's own colour, not the yellow activity type.
        { id: id(inCustomerLane), stageId: 'assess', laneId: 'customer', text: 'Asks for a loan machine', momentOfTruth: false },
        {
          id: id(violet),
          stageId: 'visit',
          laneId: 'store',
          text: 'Orders the part for the customer',
          momentOfTruth: false,
          activityTypeId: 'solution-provider'
        }
      ]
    })
    expect(reading.warnings).toEqual([])
  })

  it('leaves a table a person added unread as one object, its cells with it, the same live and through REST', async () => {
    const journey = workshop()
    const emulator = await drawAsync(journey)
    const { api } = emulator
    await api.loadFontAsync({ family: 'Inter', style: 'Medium' })
    const table = api.createTable(2, 2)
    table.cellAt(0, 0).text.characters = 'Cost'
    table.cellAt(1, 1).text.characters = '40'
    dropInto(stageSection(api, 'assess'), table, cellSlot(api, 'assess', 'customer'))

    const reading = await readBothWaysAsync(emulator)
    expect(reading.journey).toEqual(journey)
    expect(reading.warnings.map((warning) => [warning.code, warning.nodeId])).toEqual([['added-by-hand', table.id]])
  })

  it('drops the items of deleted stickies, with the links touching them', async () => {
    const journey = workshop()
    const emulator = await drawAsync(journey)
    const link = (id: string): ConnectorNode => taggedNode<ConnectorNode>(emulator.api, { role: 'link', linkId: id })
    const dangling = [link('customer-calls-store').id, link('store-refers-hotline').id]
    itemSticky(emulator.api, 'report-store-1').remove()

    const reading = await readBothWaysAsync(emulator)
    expect(reading.journey).toEqual({
      ...journey,
      items: journey.items.filter((item) => item.id !== 'report-store-1'),
      links: journey.links.filter((l) => l.from !== 'report-store-1' && l.to !== 'report-store-1')
    })
    expect(reading.warnings.map((w) => w.nodeId)).toEqual(dangling)
    expect(reading.warnings[0]?.message).toContain('has a free end')
  })

  it('reads a dragged emotion point as the score its height says, rounded to a whole point and kept on the scale', async () => {
    const journey = carRental()
    expect(journey.items.find((i) => i.id === 'plan-experience-1')?.score).toBe(1)
    const emulator = await drawAsync(journey)
    const point = (itemId: string): ShapeWithTextNode => taggedNode<ShapeWithTextNode>(emulator.api, { role: 'emotion-point', itemId })
    // From +1 to the bottom of the band: the scale's minimum.
    const onePoint = (EMOTION_BAND_HEIGHT - EMOTION_POINT_SIZE) / 4
    point('plan-experience-1').y += 3 * onePoint
    // A little way up from -1 (research): still -1.
    point('research-experience-1').y -= onePoint * 0.4
    // Well past the top of the band: clamped to the maximum.
    point('book-experience-1').y -= 20 * onePoint

    const before = (id: string) => journey.items.find((i) => i.id === id)?.score
    expect([before('research-experience-1'), before('book-experience-1')]).toEqual([-1, 0])
    const reading = await readBothWaysAsync(emulator)
    let expected = withItem(journey, 'plan-experience-1', (item) => ({ ...item, score: -2 }))
    expected = withItem(expected, 'book-experience-1', (item) => ({ ...item, score: 2 }))
    expect(reading.journey).toEqual(expected)
  })

  it('reads a retyped score badge, and a removed badge or flag marker as no score or flag', async () => {
    const journey = workshop()
    const emulator = await drawAsync(journey)
    const { api } = emulator
    const badge = taggedNode<ShapeWithTextNode>(api, { role: 'score-badge', itemId: 'report-customer-1' })
    await loadFontOfAsync(api, badge.text)
    badge.text.characters = '+1'
    taggedNode(api, { role: 'score-badge', itemId: 'assess-customer-1' }).remove()
    taggedNode(api, { role: 'flag-marker', itemId: 'report-store-1', part: 'red-flag' }).remove()

    const reading = await readBothWaysAsync(emulator)
    let expected = withItem(journey, 'report-customer-1', (item) => ({ ...item, score: 1 }))
    expected = withItem(expected, 'assess-customer-1', ({ score: _score, ...item }) => item)
    expected = withItem(expected, 'report-store-1', ({ flag: _flag, ...item }) => item)
    expect(reading.journey).toEqual(expected)
  })

  it('adds a link for a connector drawn by hand between two stickies', async () => {
    const journey = workshop()
    const emulator = await drawAsync(journey)
    const { api } = emulator
    const drawn = api.createConnector()
    drawn.connectorStart = { endpointNodeId: itemSticky(api, 'breakdown-customer-1').id, magnet: 'AUTO' }
    drawn.connectorEnd = { endpointNodeId: itemSticky(api, 'breakdown-store-1').id, magnet: 'AUTO' }
    await api.loadFontAsync({ family: 'Inter', style: 'Medium' })
    drawn.text.fontName = { family: 'Inter', style: 'Medium' }
    drawn.text.characters = 'goes back to the store'

    const reading = await readBothWaysAsync(emulator)
    expect(reading.journey).toEqual({
      ...journey,
      links: [
        ...journey.links,
        {
          id: `link-${drawn.id.replace(':', '-')}`,
          from: 'breakdown-customer-1',
          to: 'breakdown-store-1',
          kind: 'interaction',
          label: 'goes back to the store'
        }
      ]
    })
  })

  it('follows a link whose end was dragged to another sticky', async () => {
    const journey = workshop()
    const emulator = await drawAsync(journey)
    const { api } = emulator
    const connector = taggedNode<ConnectorNode>(api, { role: 'link', linkId: 'customer-calls-store' })
    connector.connectorEnd = { endpointNodeId: itemSticky(api, 'report-service-1').id, magnet: 'AUTO' }

    const reading = await readBothWaysAsync(emulator)
    expect(reading.journey).toEqual({
      ...journey,
      links: journey.links.map((l) => (l.id === 'customer-calls-store' ? { ...l, to: 'report-service-1' } : l))
    })
  })

  it('renames a stage after its section', async () => {
    const journey = carRental()
    const emulator = await drawAsync(journey)
    stageSection(emulator.api, 'book').name = 'Booking and paying'

    const reading = await readBothWaysAsync(emulator)
    expect(reading.journey).toEqual({ ...journey, stages: journey.stages.map((s) => (s.id === 'book' ? { ...s, name: 'Booking and paying' } : s)) })
  })

  it('renames a stage after its retyped heading, and ignores the heading as a sticky', async () => {
    const journey = carRental()
    const emulator = await drawAsync(journey)
    const heading = taggedNode<TextNode>(emulator.api, { role: 'stage', part: 'title', stageId: 'book' })
    expect(heading.characters).toBe(journey.stages.find((s) => s.id === 'book')?.name)
    await loadFontOfAsync(emulator.api, heading)
    heading.characters = 'Booking and paying'

    const reading = await readBothWaysAsync(emulator)
    expect(reading.journey).toEqual({ ...journey, stages: journey.stages.map((s) => (s.id === 'book' ? { ...s, name: 'Booking and paying' } : s)) })
    expect(reading.warnings).toEqual([])
  })

  it('reads a stage by its section when its heading is gone or emptied', async () => {
    const journey = carRental()
    const emulator = await drawAsync(journey)
    taggedNode(emulator.api, { role: 'stage', part: 'title', stageId: 'book' }).remove()
    const emptied = taggedNode<TextNode>(emulator.api, { role: 'stage', part: 'title', stageId: 'plan' })
    await loadFontOfAsync(emulator.api, emptied)
    emptied.characters = ''

    const reading = await readBothWaysAsync(emulator)
    expect(reading.journey).toEqual(journey)
  })

  it('orders the stages by where their sections stand, left to right', async () => {
    const journey = carRental()
    const emulator = await drawAsync(journey)
    const plan = stageSection(emulator.api, 'plan')
    const research = stageSection(emulator.api, 'research')
    const planX = plan.x
    plan.x = research.x
    research.x = planX

    const reading = await readBothWaysAsync(emulator)
    const [first, second, ...rest] = journey.stages
    expect(reading.journey).toEqual({ ...journey, stages: [second, first, ...rest] })
  })

  it('renames a lane after its label', async () => {
    const journey = carRental()
    const emulator = await drawAsync(journey)
    const label = laneLabel(emulator.api, 'barriers')
    await loadFontOfAsync(emulator.api, label.text)
    label.text.characters = 'Worries'

    const reading = await readBothWaysAsync(emulator)
    expect(reading.journey).toEqual({ ...journey, lanes: journey.lanes.map((l) => (l.id === 'barriers' ? { ...l, name: 'Worries' } : l)) })
  })

  it('picks up the header, phase and stage description texts edited on the board, and a removed context', async () => {
    const journey: Journey = {
      ...carRental(),
      stages: carRental().stages.map((s) => (s.id === 'plan' ? { ...s, description: 'Where and when to go' } : s))
    }
    const emulator = await drawAsync(journey)
    const { api } = emulator
    const retype = async (node: SceneNode & { characters: string; fontName: FontName | PluginAPI['mixed'] }, text: string) => {
      await loadFontOfAsync(api, node)
      node.characters = text
    }
    await retype(taggedNode<TextNode>(api, { role: 'header', part: 'title' }), 'Renting a car in the USA')
    await retype(taggedNode<TextNode>(api, { role: 'stage', part: 'description', stageId: 'plan' }), 'Where, when and how to go')
    const band = taggedNode<ShapeWithTextNode>(api, { role: 'phase', phaseId: 'before' })
    await loadFontOfAsync(api, band.text)
    band.text.characters = 'Before the trip'
    taggedNode(api, { role: 'header', part: 'context' }).remove()

    const reading = await readBothWaysAsync(emulator)
    expect(reading.journey).toEqual({
      ...journey,
      title: 'Renting a car in the USA',
      context: '',
      phases: journey.phases.map((p) => (p.id === 'before' ? { ...p, name: 'Before the trip' } : p)),
      stages: journey.stages.map((s) => (s.id === 'plan' ? { ...s, description: 'Where, when and how to go' } : s))
    })
  })

  it('reads the whole board when only one sticky on it is selected', async () => {
    const journey = workshop()
    const emulator = await drawAsync(journey)
    emulator.api.currentPage.selection = [itemSticky(emulator.api, 'visit-customer-1')]

    const reading = await readBothWaysAsync(emulator, 'selection')
    expect(reading.journey).toEqual(journey)
  })
})

describe('edits on random boards', () => {
  const journeys = journeyArbitrary({ minItems: 1, maxItems: 10 })

  it('moves exactly the item whose sticky was dropped into another cell', async () => {
    const moves = journeys.chain((journey) =>
      fc.record({
        journey: fc.constant(journey),
        item: fc.constantFrom(...journey.items),
        stage: fc.constantFrom(...journey.stages),
        lane: fc.constantFrom(...journey.lanes)
      })
    )
    await fc.assert(
      fc.asyncProperty(moves, async ({ journey, item, stage, lane }) => {
        const emulator = await drawAsync(journey)
        dropInto(stageSection(emulator.api, stage.id), itemSticky(emulator.api, item.id), cellSlot(emulator.api, stage.id, lane.id))
        const reading = await readBothWaysAsync(emulator)
        expect(reading.journey).toEqual(withItem(journey, item.id, (i) => ({ ...i, stageId: stage.id, laneId: lane.id })))
      }),
      propertyRuns(30)
    )
  })

  it('drops exactly the deleted sticky’s item, the links touching it and evidence citing it', async () => {
    const deletions = journeys.chain((journey) => fc.record({ journey: fc.constant(journey), item: fc.constantFrom(...journey.items) }))
    await fc.assert(
      fc.asyncProperty(deletions, async ({ journey, item }) => {
        const emulator = await drawAsync(journey)
        itemSticky(emulator.api, item.id).remove()
        const reading = await readBothWaysAsync(emulator)
        expect(reading.journey).toEqual({
          ...journey,
          items: journey.items
            .filter((i) => i.id !== item.id)
            .map((i) =>
              i.evidence?.itemIds.includes(item.id) === true ? { ...i, evidence: { ...i.evidence, itemIds: i.evidence.itemIds.filter((id) => id !== item.id) } } : i
            ),
          links: journey.links.filter((l) => l.from !== item.id && l.to !== item.id)
        })
      }),
      propertyRuns(30)
    )
  })
})
