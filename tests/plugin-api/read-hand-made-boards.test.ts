import { describe, expect, it } from 'vitest'

import { readBoardAsync } from '../../src/plugin-api/read-board'
import { createFigJamEmulator, type FigJamEmulator, loadRestFile, type RestFile, type RestSceneNode } from '../../src/emulator'
import { validateJourney } from '../../src/model'
import { readBoard, snapshotFromRestFile } from '../../src/reader'
import {
  buildDanishBoardAsync,
  buildMessyBoardAsync,
  buildOddBoardAsync,
  buildSwimlaneBoardAsync,
  summarizeJourney
} from '../fixtures/hand-made-boards'
import { readBothWaysAsync, spoken } from '../reader/generated-board'

/**
 * Boards people made by hand, with no plugin data at all, read into sensible journeys: checked as a
 * person would check them (names, kinds, where each sticky landed, what is linked), with a warning
 * for everything that could not be placed, and the board left exactly as it was.
 */

async function builtAsync(build: (api: PluginAPI) => Promise<unknown>): Promise<FigJamEmulator> {
  const emulator = createFigJamEmulator()
  await build(emulator.api)
  return emulator
}

/** Reads live and through REST (they must agree), and checks the board did not change. */
async function readUnchangedAsync(emulator: FigJamEmulator) {
  const before = JSON.stringify(emulator.toRestFile())
  const reading = await readBothWaysAsync(emulator)
  expect(JSON.stringify(emulator.toRestFile())).toBe(before)
  expect(validateJourney(reading.journey)).toEqual({ ok: true, value: reading.journey })
  expect(reading.origin).toBe('hand-made')
  return reading
}

const NO_PERSONA = 'the board names no persona: the journey follows "Unknown persona"'

describe('reading boards made by hand', () => {
  it('reads a messy board laid straight on the page: misaligned sections, off-centre stickies, a stray sticky over a column', async () => {
    const reading = await readUnchangedAsync(await builtAsync(buildMessyBoardAsync))
    expect(summarizeJourney(reading.journey)).toEqual({
      title: 'Booking a dentist appointment',
      locale: 'en',
      personas: ['Unknown persona'],
      stages: ['Find a clinic', 'Book', 'Visit', 'Follow-up'],
      lanes: ['Actions: actions', 'Thoughts: thoughts', 'Pain points: pains', 'Ideas: opportunities'],
      items: [
        'Searches for dentists nearby -> Find a clinic / Actions',
        'Asks friends -> Find a clinic / Actions',
        'Are they any good? -> Find a clinic / Thoughts',
        'Reviews are hard to trust -> Find a clinic / Pain points',
        'Calls the clinic -> Book / Actions',
        'Hopes for an early slot -> Book / Thoughts',
        'On hold for 20 minutes -> Book / Pain points',
        'Online booking -> Book / Ideas',
        'Waits in the lobby -> Visit / Actions',
        'Nervous -> Visit / Thoughts',
        'Gets the bill by mail -> Follow-up / Actions',
        'Pays online -> Follow-up / Actions',
        'Why so expensive? -> Follow-up / Thoughts'
      ],
      links: ['Calls the clinic -> On hold for 20 minutes'],
      activityTypes: []
    })
    expect(spoken(reading.warnings)).toEqual([{ nodeId: null, message: NO_PERSONA }])
    expect(reading.boardId).toBeNull()
  })

  it('reads a Danish board wrapped in one section, with shape labels and a long sticky hanging into the next row', async () => {
    const emulator = await builtAsync(buildDanishBoardAsync)
    const reading = await readUnchangedAsync(emulator)
    const long =
      'Vi er ikke sikre på at det er den endelige pris, og vi ved ikke hvad forsikringen dækker, hvis noget går galt undervejs på turen. ' +
      'Der står noget om et depositum, men ikke hvor stort det er, eller hvornår vi får pengene tilbage på kortet igen bagefter.'
    expect(summarizeJourney(reading.journey)).toEqual({
      title: 'Billeje i USA',
      locale: 'da',
      personas: ['Unknown persona'],
      stages: ['Planlægning', 'Booking og betaling', 'Afhentning'],
      lanes: ['Tanker: thoughts', 'Barrierer: pains', 'Behov: needs', 'Kontaktpunkter: touchpoints', 'Oplevelse: emotion'],
      items: [
        'Hvor skal vi hen? -> Planlægning / Tanker',
        'Det er for risikabelt at leje bil i udlandet! -> Planlægning / Barrierer',
        'Vi har brug for andres erfaringer -> Planlægning / Behov',
        'Hvilken bil passer til os? -> Booking og betaling / Tanker',
        `${long} -> Booking og betaling / Barrierer`,
        'Bilutlejningens hjemmeside -> Booking og betaling / Kontaktpunkter',
        'Lettet -> Booking og betaling / Oplevelse',
        'Vi er trætte -> Afhentning / Tanker',
        'Skranken på lufthavnen -> Afhentning / Kontaktpunkter',
        'Stresset -> Afhentning / Oplevelse'
      ],
      links: [],
      activityTypes: []
    })
    const wrapper = emulator.api.currentPage.children[0]!
    expect(reading.boardId).toBe(wrapper.id)
    expect(reading.journey.id).toBe('billeje-i-usa')
    expect(spoken(reading.warnings)).toEqual([{ nodeId: wrapper.id, message: NO_PERSONA }])
    // The long sticky really does reach into the next row.
    const longSticky = emulator.api.currentPage.findAllWithCriteria({ types: ['STICKY'] }).find((s) => s.text.characters === long)!
    expect(longSticky.height).toBeGreaterThan(400)
  })

  it('reads a workshop swimlane board: actor lanes with the customer marked, colours as activity types, cross-lane links', async () => {
    const reading = await readUnchangedAsync(await builtAsync(buildSwimlaneBoardAsync))
    expect(summarizeJourney(reading.journey)).toEqual({
      title: 'Untitled journey',
      locale: 'en',
      personas: ['Unknown persona'],
      stages: ['Machine breaks down', 'Reports the fault', 'Repair'],
      lanes: [
        'Store staff: actor (person)',
        'Customer service: actor (department)',
        'Customer: actor (customer)',
        'Repair partner: actor (partner)',
        'What to improve: opportunities'
      ],
      items: [
        'Machine stops with error E21 -> Machine breaks down / Customer [Yellow stickies]',
        'Idea: QR code on the machine -> Machine breaks down / What to improve [Green stickies]',
        'Gives out the hotline number -> Reports the fault / Store staff [Blue stickies]',
        'Logs the case -> Reports the fault / Customer service [Violet stickies]',
        'Calls the store -> Reports the fault / Customer [Yellow stickies]',
        'Hands the case over -> Repair / Customer service [Orange stickies]',
        'Machine fixed -> Repair / Customer [Yellow stickies]',
        'Technician visits -> Repair / Repair partner [Orange stickies]'
      ],
      links: [
        'Machine stops with error E21 -> Calls the store',
        'Calls the store -> Gives out the hotline number (refers)',
        'Gives out the hotline number -> Logs the case',
        'Logs the case -> Technician visits (books a visit)',
        'Technician visits -> Machine fixed'
      ],
      activityTypes: ['Yellow stickies: yellow', 'Green stickies: green', 'Blue stickies: blue', 'Violet stickies: violet', 'Orange stickies: orange']
    })
    expect(spoken(reading.warnings)).toEqual([{ nodeId: null, message: NO_PERSONA }])
  })

  it('reads a board with odd content, naming every node it could not place, and changes nothing', async () => {
    const emulator = createFigJamEmulator()
    const odd = await buildOddBoardAsync(emulator.api)
    const reading = await readUnchangedAsync(emulator)
    expect(summarizeJourney(reading.journey)).toEqual({
      title: 'Untitled journey',
      locale: 'en',
      personas: ['Unknown persona'],
      stages: ['Discover', 'Try', 'Later'],
      lanes: ['Doing: actions', 'Feeling: emotion', 'Random label: notes'],
      items: ['Reads a blog post -> Discover / Doing', 'Tries the free plan -> Try / Doing', 'Nested idea -> Try / Feeling'],
      links: ['Reads a blog post -> Tries the free plan (then)'],
      activityTypes: []
    })
    expect(spoken(reading.warnings)).toEqual([
      { nodeId: odd.parking.id, message: 'section "Parking lot" is not in the row of stage sections: what it holds is not read', kind: 'not-read' },
      { nodeId: odd.empty.id, message: 'section "Later" is empty: read as a stage with no items' },
      { nodeId: odd.parked.id, message: 'sticky "Parked thought" is outside every stage section: not read', kind: 'not-read' },
      { nodeId: odd.lost.id, message: 'sticky "Lost sticky" is outside every stage section: not read', kind: 'not-read' },
      { nodeId: odd.freeEnd.id, message: 'connector has a free end: not read as a link', kind: 'not-read' },
      { nodeId: odd.loop.id, message: 'connector starts and ends on the same sticky: not read as a link', kind: 'not-read' },
      { nodeId: odd.note.id, message: 'text "note to self: ask Anna" is not part of the map: not read', kind: 'not-read' },
      {
        nodeId: odd.nested.id,
        message: 'section "Sub-ideas", inside stage "Try", is not a stage: its stickies count for the stage they sit in'
      },
      { nodeId: null, message: NO_PERSONA }
    ])
  })

  it('reports the node kinds only FigJam has (a widget, a table, a stamp) and reads the rest', async () => {
    const emulator = createFigJamEmulator()
    const odd = await buildOddBoardAsync(emulator.api)
    const file = withForeignNodes(emulator.toRestFile(), odd.discover.id)

    const snapshot = snapshotFromRestFile(file)
    if (!snapshot.ok) throw new Error(JSON.stringify(snapshot.problems))
    const fromRest = readBoard(snapshot.value)
    const foreign = fromRest.warnings.filter((w) => ['9:1', '9:2', '9:4'].includes(w.nodeId ?? ''))
    // In document order: the stamp is inside a section listed before the widget and the table.
    expect(spoken(foreign)).toEqual([
      { nodeId: '9:4', message: 'stamp is not on a sticky: not read as a vote', kind: 'not-read' },
      { nodeId: '9:1', message: 'widget is not part of the map: not read', kind: 'not-read' },
      { nodeId: '9:2', message: 'table is not part of the map: not read', kind: 'not-read' }
    ])
    // The table's cells are the table's, not the board's.
    expect(fromRest.warnings.some((w) => w.nodeId === '9:3')).toBe(false)
    expect(summarizeJourney(fromRest.journey).items).toHaveLength(3)

    // The same file opened in an editor reads the same way there, and stays as it was.
    const reopened = loadRestFile(file)
    const before = JSON.stringify(reopened.toRestFile())
    const live = await readBoardAsync(reopened.api, 'page')
    expect(live.ok && live.value.warnings.filter((w) => ['9:1', '9:2', '9:4'].includes(w.nodeId ?? ''))).toEqual(foreign)
    expect(JSON.stringify(reopened.toRestFile())).toBe(before)
  })

  it('gives the same ids each time the same board is read', async () => {
    const emulator = await builtAsync(buildSwimlaneBoardAsync)
    const first = await readBoardAsync(emulator.api, 'page')
    const second = await readBoardAsync(emulator.api, 'page')
    expect(first).toEqual(second)
  })
})

/** The file with a voting widget and a table on the page, and a stamp in one section: kinds the Plugin API emulator does not model. */
function withForeignNodes(file: RestFile, sectionId: string): RestFile {
  const copy = JSON.parse(JSON.stringify(file)) as RestFile
  const page = copy.document.children[0]!
  const box = (x: number, y: number, width: number, height: number) => ({
    absoluteBoundingBox: { x, y, width, height },
    absoluteRenderBounds: { x, y, width, height }
  })
  page.children.push(
    { id: '9:1', name: 'Voting', type: 'WIDGET', ...box(2100, 200, 300, 200) },
    {
      id: '9:2',
      name: 'Table',
      type: 'TABLE',
      ...box(2500, 0, 400, 200),
      children: [{ id: '9:3', name: '', type: 'TABLE_CELL', characters: 'Price', ...box(2500, 0, 200, 100) }]
    }
  )
  const section = page.children.find((node) => node.id === sectionId) as { children: RestSceneNode[] }
  section.children.push({ id: '9:4', name: 'Thumbs up', type: 'STAMP', ...box(700, 60, 60, 60) })
  return copy
}
