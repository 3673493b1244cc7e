import { describe, expect, it } from 'vitest'

import { createFigJamEmulator, type FigJamEmulator, loadRestFile, type RestFile, type RestSceneNode } from '../../src/emulator'
import type { Journey } from '../../src/model'
import { type BoardReading, explainLines, readBoard, snapshotFromRestFile } from '../../src/reader'
import {
  buildChineseGridBoardAsync,
  buildFramedStickiesBoardAsync,
  buildGridBoardAsync,
  buildGroupedStickiesBoardAsync,
  buildRussianGridBoardAsync,
  buildShapeLegendBoardAsync,
  buildStickyLegendBoardAsync,
  buildTableBoardAsync,
  buildTwoMapsAsync,
  buildVerticalGridBoardAsync,
  buildVerticalSectionsBoardAsync
} from '../fixtures/hand-drawn-layouts'
import { summarizeJourney } from '../fixtures/hand-made-boards'
import { readBothWaysAsync, spoken } from '../reader/generated-board'

/**
 * Maps drawn by hand in the layouts people use besides a row of sections, each built in the emulator
 * and read live and from its REST export (the two must agree), with the journey a person reads
 * from it, how each item was placed, and the board left as it was.
 */

async function builtAsync(build: (api: PluginAPI) => Promise<unknown>): Promise<FigJamEmulator> {
  const emulator = createFigJamEmulator()
  await build(emulator.api)
  return emulator
}

async function readUnchangedAsync(emulator: FigJamEmulator): Promise<BoardReading> {
  const before = JSON.stringify(emulator.toRestFile())
  const reading = await readBothWaysAsync(emulator)
  expect(JSON.stringify(emulator.toRestFile())).toBe(before)
  expect(reading.origin).toBe('hand-made')
  return reading
}

const NO_PERSONA = 'the board names no persona: the journey follows "Unknown persona"'

function placements(journey: Journey): string[] {
  return journey.items.map((i) => `${i.text}: ${i.provenance?.stage ?? '?'} / ${i.provenance?.lane ?? '?'}`)
}

describe('reading hand-drawn layouts', () => {
  it('reads a grid without sections: stage names across the top, lane names down the left, stickies turned, wide and doubled up', async () => {
    const reading = await readUnchangedAsync(await builtAsync(buildGridBoardAsync))
    expect(summarizeJourney(reading.journey)).toEqual({
      title: 'Returning a parcel',
      locale: 'en',
      personas: ['Unknown persona'],
      stages: ['Decide', 'Pack', 'Drop off'],
      lanes: ['Actions: actions', 'Thoughts: thoughts', 'Pain points: pains'],
      items: [
        'Checks the return policy -> Decide / Actions',
        'Prints the label -> Decide / Actions',
        'Will I get my money back? -> Decide / Thoughts',
        'Finds a box that fits -> Pack / Actions',
        'No tape at home -> Pack / Pain points',
        'Queues at the kiosk -> Drop off / Actions',
        'Was it scanned? -> Drop off / Thoughts',
        'Kiosk is out of order -> Drop off / Pain points'
      ],
      links: ['Prints the label -> Finds a box that fits'],
      activityTypes: []
    })
    expect(new Set(placements(reading.journey).map((p) => p.split(': ')[1]))).toEqual(new Set(['grid-header / grid-header']))
    expect(reading.journey.items.every((i) => i.provenance?.confidence === 1)).toBe(true)
    expect(spoken(reading.warnings)).toEqual([{ nodeId: null, message: NO_PERSONA }])
  })

  it('reads a grid in any language, with stage names in shapes centred over their columns', async () => {
    const reading = await readUnchangedAsync(await builtAsync(buildChineseGridBoardAsync))
    const summary = summarizeJourney(reading.journey)
    expect(summary.title).toBe('网上买菜')
    expect(summary.stages).toEqual(['了解', '下单', '收货'])
    expect(reading.journey.lanes.map((l) => l.name)).toEqual(['行为', '想法', '痛点'])
    expect(summary.items).toEqual([
      '打开应用 -> 了解 / 行为',
      '菜价贵吗？ -> 了解 / 想法',
      '选择送货时间 -> 下单 / 行为',
      '找不到优惠券 -> 下单 / 痛点',
      '检查蔬菜 -> 收货 / 行为',
      '鸡蛋碎了 -> 收货 / 痛点'
    ])
    expect(reading.warnings.map((w) => w.message)).toEqual([NO_PERSONA])
  })

  it('reads a Russian map: Cyrillic stage and lane names, lane kinds from their words, the board\'s language', async () => {
    const reading = await readUnchangedAsync(await builtAsync(buildRussianGridBoardAsync))
    expect(summarizeJourney(reading.journey)).toEqual({
      title: 'Покупка билета на поезд',
      locale: 'ru',
      personas: ['Unknown persona'],
      stages: ['Поиск', 'Оплата', 'Поездка'],
      lanes: ['Действия: actions', 'Мысли: thoughts', 'Болевые точки: pains', 'Возможности: opportunities'],
      items: [
        'Сравнивает цены -> Поиск / Действия',
        'Успею ли я? -> Поиск / Мысли',
        'Платит картой -> Оплата / Действия',
        'Сайт зависает -> Оплата / Болевые точки',
        'Оплата через СБП -> Оплата / Возможности',
        'Садится в вагон -> Поездка / Действия',
        'Где мой вагон? -> Поездка / Мысли'
      ],
      links: [],
      activityTypes: []
    })
    expect(new Set(placements(reading.journey).map((p) => p.split(': ')[1]))).toEqual(new Set(['grid-header / grid-header']))
    expect(reading.warnings.map((w) => w.message)).toEqual([NO_PERSONA])
  })

  it('reads stickies people grouped (in a cell, down a stage, a group in a group) each once, in its own cell', async () => {
    const emulator = await builtAsync(buildGroupedStickiesBoardAsync)
    expect(emulator.api.currentPage.findAllWithCriteria({ types: ['GROUP'] })).toHaveLength(4)
    const reading = await readUnchangedAsync(emulator)
    expect(summarizeJourney(reading.journey)).toEqual({
      title: 'Booking a table',
      locale: 'en',
      personas: ['Unknown persona'],
      stages: ['Choose', 'Book', 'Arrive'],
      lanes: ['Actions: actions', 'Thoughts: thoughts', 'Pain points: pains'],
      items: [
        'Reads reviews -> Choose / Actions',
        'Asks friends -> Choose / Actions',
        'Too many choices -> Choose / Pain points',
        'Calls the restaurant -> Book / Actions',
        'Will they pick up? -> Book / Thoughts',
        'Put on hold -> Book / Pain points',
        'Finds the street -> Arrive / Actions',
        'Is this the place? -> Arrive / Thoughts',
        'No table ready -> Arrive / Pain points'
      ],
      links: [],
      activityTypes: []
    })
    expect(new Set(placements(reading.journey).map((p) => p.split(': ')[1]))).toEqual(new Set(['grid-header / grid-header']))
    expect(reading.warnings.map((w) => w.message)).toEqual([NO_PERSONA])
    // The REST export opened again (as `journeyboard sync` does) holds the same groups and reads the same.
    const reopened = loadRestFile(JSON.parse(JSON.stringify(emulator.toRestFile())) as RestFile)
    expect(reopened.api.currentPage.findAllWithCriteria({ types: ['GROUP'] })).toHaveLength(4)
    expect((await readUnchangedAsync(reopened)).journey).toEqual(reading.journey)
  })

  it('reads stickies inside frames inside stage sections, a group in a frame included, in their stage and lane', async () => {
    const emulator = await builtAsync(buildFramedStickiesBoardAsync)
    const reading = await readUnchangedAsync(emulator)
    expect(summarizeJourney(reading.journey)).toEqual({
      title: 'Moving to a new flat',
      locale: 'en',
      personas: ['Unknown persona'],
      stages: ['Find', 'Pack', 'Settle in'],
      lanes: ['Actions: actions', 'Thoughts: thoughts'],
      items: [
        'Visits five flats -> Find / Actions',
        'Can I afford it? -> Find / Thoughts',
        'Buys boxes -> Pack / Actions',
        'Too much stuff -> Pack / Thoughts',
        'Unpacks the kitchen -> Settle in / Actions',
        'Meets the neighbours -> Settle in / Actions',
        'Feels at home -> Settle in / Thoughts'
      ],
      links: [],
      activityTypes: []
    })
    expect(new Set(placements(reading.journey).map((p) => p.split(': ')[1]))).toEqual(new Set(['section / nearest-label']))
    expect(reading.warnings.map((w) => w.message)).toEqual([NO_PERSONA])
    const reopened = loadRestFile(JSON.parse(JSON.stringify(emulator.toRestFile())) as RestFile)
    expect(reopened.api.currentPage.findAllWithCriteria({ types: ['FRAME'] })).toHaveLength(2)
    expect((await readUnchangedAsync(reopened)).journey).toEqual(reading.journey)
  })

  it('reads a FigJam table as the map: first row stages, first column lanes, a statement per cell, and a sticky dropped over a cell', async () => {
    const emulator = createFigJamEmulator()
    const table = await buildTableBoardAsync(emulator.api)
    const reading = await readUnchangedAsync(emulator)
    expect(summarizeJourney(reading.journey)).toEqual({
      title: 'Buying a bike',
      locale: 'en',
      personas: ['Unknown persona'],
      stages: ['Search', 'Compare', 'Buy'],
      lanes: ['Doing: actions', 'Thinking: thoughts', 'Feeling: emotion'],
      items: [
        'Reads reviews -> Search / Doing',
        'Which size am I? -> Search / Thinking',
        'Curious -> Search / Feeling',
        'Test rides two bikes -> Compare / Doing',
        'Asks a friend -> Compare / Thinking',
        'Torn -> Compare / Feeling',
        'Pays in the shop -> Buy / Doing',
        'Did I pay too much? -> Buy / Thinking',
        'Proud -> Buy / Feeling'
      ],
      links: [],
      activityTypes: []
    })
    const cellItem = reading.journey.items.find((i) => i.text === 'Torn')
    // A cell has no id live (TableCellNode has none), so the item names the table and its cell.
    expect(cellItem?.provenance).toEqual({ nodeId: table.id, stage: 'table-cell', lane: 'table-cell', confidence: 1, cell: { row: 3, column: 2 } })
    expect(explainLines(reading.journey).find((line) => line.includes('"Torn"'))).toBe(
      `1.00 sure  object ${table.id} cell 4:3  "Torn": stage "Compare" by its table cell, lane "Feeling" by its table cell`
    )
    expect(reading.warnings.map((w) => w.message)).toEqual([NO_PERSONA])
  })

  it('reads colour-coded stickies into the lanes a legend of sample stickies names, and says which colour it does not name', async () => {
    const reading = await readUnchangedAsync(await builtAsync(buildStickyLegendBoardAsync))
    expect(summarizeJourney(reading.journey)).toEqual({
      title: 'A night at the hotel',
      locale: 'en',
      personas: ['Unknown persona'],
      stages: ['Arrive', 'Stay', 'Leave'],
      lanes: ['Doing: actions', 'Pain point: pains', 'Idea: opportunities', 'Blue stickies: notes'],
      items: [
        'Checks in -> Arrive / Doing',
        'Long queue at the desk -> Arrive / Pain point',
        'Check in by phone -> Arrive / Idea',
        'Orders room service -> Stay / Doing',
        'Wi-Fi keeps dropping -> Stay / Pain point',
        'Checks out -> Leave / Doing',
        'Gets the bill by e-mail -> Leave / Blue stickies'
      ],
      links: [],
      activityTypes: []
    })
    expect(placements(reading.journey)[0]).toBe('Checks in: section / colour-legend')
    const blue = reading.journey.items.find((i) => i.text === 'Gets the bill by e-mail')
    expect(blue?.provenance?.confidence).toBe(0.5)
    expect(reading.warnings.map((w) => w.message)).toEqual([
      'sticky "Gets the bill by e-mail" is blue, a colour the legend does not name: read into lane "Blue stickies"',
      NO_PERSONA
    ])
  })

  it('reads a legend of coloured shapes with their words typed beside them', async () => {
    const reading = await readUnchangedAsync(await builtAsync(buildShapeLegendBoardAsync))
    const summary = summarizeJourney(reading.journey)
    expect(summary.stages).toEqual(['Apply', 'Wait'])
    expect(summary.lanes).toEqual(['Steps: actions', 'Frustrations: pains'])
    expect(summary.items).toEqual([
      'Fills in the form -> Apply / Steps',
      'Photo rejected -> Apply / Frustrations',
      'Tracks the application -> Wait / Steps',
      'No news for weeks -> Wait / Frustrations'
    ])
    expect(reading.warnings.map((w) => w.message)).toEqual([NO_PERSONA])
  })

  it('finds each of several maps on one page: reads the first from the left and says so, or the one a node of it names', async () => {
    const emulator = createFigJamEmulator()
    const { evening } = await buildTwoMapsAsync(emulator.api)
    const first = await readUnchangedAsync(emulator)
    expect(first.journey.title).toBe('Morning routine')
    expect(first.journey.items.map((i) => i.text)).toEqual(['Snoozes twice', 'Takes the bus'])
    expect(first.warnings.map((w) => w.message)).toContain('2 boards found: read the map on the page, the first from the left')
    const second = await readBothWaysAsync(emulator, 'page', { board: evening.id })
    expect(summarizeJourney(second.journey)).toMatchObject({
      title: 'Evening routine',
      stages: ['Dinner', 'Bed'],
      items: ['Cooks pasta -> Dinner / Doing', 'Reads a book -> Bed / Doing']
    })
  })

  it('reads a map drawn downwards, stage names down the side and lane names across the top, and says so', async () => {
    const reading = await readUnchangedAsync(await builtAsync(buildVerticalGridBoardAsync))
    expect(summarizeJourney(reading.journey)).toMatchObject({
      title: 'Joining a gym',
      stages: ['Discover', 'Sign up', 'Train'],
      lanes: ['Actions: actions', 'Thoughts: thoughts', 'Pain points: pains'],
      items: [
        'Sees an ad -> Discover / Actions',
        'Is it for me? -> Discover / Thoughts',
        'Fills in a long form -> Sign up / Actions',
        'Hidden fees -> Sign up / Pain points',
        'Books a class -> Train / Actions',
        'Feeling stronger -> Train / Thoughts'
      ]
    })
    expect(reading.warnings.map((w) => w.message)).toEqual([
      NO_PERSONA,
      'the stage names run down the side and the lane names across the top: read as a map drawn downwards'
    ])
  })

  it('reads stage sections stacked downwards with lane names above them, in French', async () => {
    const reading = await readUnchangedAsync(await builtAsync(buildVerticalSectionsBoardAsync))
    expect(summarizeJourney(reading.journey)).toMatchObject({
      title: 'Faire réparer son vélo',
      stages: ['Dépôt', 'Attente', 'Retrait'],
      items: [
        'Apporte le vélo -> Dépôt / Actions',
        'Combien ça va coûter ? -> Dépôt / Pensées',
        'Appelle le magasin -> Attente / Actions',
        'Enfin ! -> Retrait / Pensées'
      ]
    })
    expect(reading.journey.lanes.map((l) => l.name)).toEqual(['Actions', 'Pensées'])
  })
})

describe('reading dot votes', () => {
  it('counts FigJam stamps and emoji on a sticky as votes on its item, by kind, and names a stamp on no sticky', async () => {
    const emulator = await builtAsync(async (api) => {
      await buildGridBoardAsync(api)
      const font = { family: 'Inter', style: 'Regular' }
      await api.loadFontAsync(font)
      // An emoji typed over "Prints the label" (at 590, 20).
      const emoji = api.createText()
      emoji.x = 700
      emoji.y = 150
      emoji.characters = '🔥'
    })
    const file = withStamps(emulator.toRestFile(), [
      { id: '9:1', name: 'Thumbs up', x: 620, y: 40 },
      { id: '9:2', name: 'Thumbs up', x: 680, y: 60 },
      { id: '9:3', name: 'Heart', x: 1540, y: 700 },
      { id: '9:4', name: 'Thumbs up', x: 1560, y: 660 },
      { id: '9:5', name: 'Star', x: 2600, y: 900 }
    ])
    // The same file opened in an editor: stamps come in as FigJam's own nodes.
    const reopened = loadRestFile(file)
    const reading = await readUnchangedAsync(reopened)
    const votes = Object.fromEntries(reading.journey.items.filter((i) => i.votes !== undefined).map((i) => [i.text, i.votes]))
    expect(votes).toEqual({
      'Prints the label': { count: 3, kinds: [{ kind: 'thumbs-up', count: 2 }, { kind: '🔥', count: 1 }] },
      'Kiosk is out of order': { count: 2, kinds: [{ kind: 'heart', count: 1 }, { kind: 'thumbs-up', count: 1 }] }
    })
    expect(reading.journey.items).toHaveLength(8)
    expect(spoken(reading.warnings)).toEqual([
      { nodeId: '9:5', message: 'stamp is not on a sticky: not read as a vote', kind: 'not-read' },
      { nodeId: null, message: NO_PERSONA }
    ])
  })
})

/** The file with stamps (60 x 60, as FigJam draws them) added on the page. */
function withStamps(file: RestFile, stamps: readonly { id: string; name: string; x: number; y: number }[]): RestFile {
  const copy = JSON.parse(JSON.stringify(file)) as RestFile
  const page = copy.document.children[0]!
  for (const stamp of stamps) {
    const box = { x: stamp.x, y: stamp.y, width: 60, height: 60 }
    page.children.push({ id: stamp.id, name: stamp.name, type: 'STAMP', absoluteBoundingBox: box, absoluteRenderBounds: { ...box } } as RestSceneNode)
  }
  return copy
}

export { readBoard, snapshotFromRestFile }
