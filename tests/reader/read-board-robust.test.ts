import { describe, expect, it } from 'vitest'

import { loadRestFile } from '../../src/emulator'
import { MAX_BOARD_NESTING, MAX_ITEM_TEXT_LENGTH, MAX_NAME_LENGTH, validateJourney } from '../../src/model'
import { readBoardAsync } from '../../src/plugin-api/read-board'
import { readBoard, type SnapshotNode, snapshotFromRestFile } from '../../src/reader'
import { parseRestFile } from '../../src/render/rest/parse-rest-file'
import { drawAsync, itemSticky, laneLabel, loadFontOfAsync, readBothWaysAsync, stageSection, templateJourney } from './generated-board'

/**
 * Boards people (or scripts) leave in shapes the writer never makes: the reader still gives back a
 * valid journey, keeps every text it can whole, and names in a warning every node it leaves out.
 */

const TOO_DEEP = `the board nests sections, groups or frames more than ${MAX_BOARD_NESTING} deep; Journeyboard reads boards nested at most ${MAX_BOARD_NESTING} deep`

function expectValid(journey: unknown): void {
  const checked = validateJourney(journey)
  expect(checked.ok ? [] : checked.problems).toEqual([])
}

describe('reading a board with texts longer than the model holds', () => {
  it('keeps a sticky of 6,000 characters whole', async () => {
    const emulator = await drawAsync(templateJourney('car-rental'))
    const sticky = itemSticky(emulator.api, 'plan-thought-1')
    await loadFontOfAsync(emulator.api, sticky.text)
    const long = 'word '.repeat(1200)
    sticky.text.characters = long
    const reading = await readBothWaysAsync(emulator)
    expectValid(reading.journey)
    expect(reading.journey.items.find((i) => i.id === 'plan-thought-1')?.text).toBe(long)
  })

  it('cuts a sticky past the model limit, and says so naming the item', async () => {
    const emulator = await drawAsync(templateJourney('car-rental'))
    const sticky = itemSticky(emulator.api, 'plan-thought-1')
    await loadFontOfAsync(emulator.api, sticky.text)
    sticky.text.characters = 'x'.repeat(MAX_ITEM_TEXT_LENGTH + 10)
    const reading = await readBothWaysAsync(emulator)
    expectValid(reading.journey)
    expect(reading.journey.items.find((i) => i.id === 'plan-thought-1')?.text).toHaveLength(MAX_ITEM_TEXT_LENGTH)
    expect(reading.warnings.map((w) => w.message)).toContain(
      `the text of item "plan-thought-1" is ${MAX_ITEM_TEXT_LENGTH + 10} characters, more than the ${MAX_ITEM_TEXT_LENGTH} a journey holds: cut to ${MAX_ITEM_TEXT_LENGTH} (10 characters cut)`
    )
  })

  it('keeps a stage section name and a lane label of 600 characters whole', async () => {
    const emulator = await drawAsync(templateJourney('car-rental'))
    const long = 'Stage '.repeat(100)
    stageSection(emulator.api, 'plan').name = long
    const label = laneLabel(emulator.api, 'barriers')
    await loadFontOfAsync(emulator.api, label.text)
    label.text.characters = long
    const reading = await readBothWaysAsync(emulator)
    expectValid(reading.journey)
    expect(reading.journey.stages.find((s) => s.id === 'plan')?.name).toBe(long.trim())
    expect(reading.journey.lanes.find((l) => l.id === 'barriers')?.name).toBe(long.trim())
  })

  it('cuts names past the model limit with a warning', async () => {
    const emulator = await drawAsync(templateJourney('car-rental'))
    stageSection(emulator.api, 'plan').name = 'n'.repeat(MAX_NAME_LENGTH + 5)
    const reading = await readBothWaysAsync(emulator)
    expectValid(reading.journey)
    expect(reading.journey.stages.find((s) => s.id === 'plan')?.name).toHaveLength(MAX_NAME_LENGTH)
    expect(reading.warnings.some((w) => w.message.startsWith('the name of stage "plan"') && /5 characters cut/.test(w.message))).toBe(true)
  })
})

describe('reading a board with nodes where the writer never puts them', () => {
  it('names a sticky dragged off the board onto the page', async () => {
    const emulator = await drawAsync(templateJourney('car-rental'))
    const sticky = itemSticky(emulator.api, 'plan-thought-1')
    emulator.api.currentPage.appendChild(sticky)
    sticky.x = -3000
    const reading = await readBothWaysAsync(emulator)
    expectValid(reading.journey)
    expect(reading.warnings.some((w) => w.nodeId === sticky.id)).toBe(true)
  })

  it('reads a sticky moved into another stage by position only (still the old section’s child) where it stands', async () => {
    const journey = templateJourney('car-rental')
    const emulator = await drawAsync(journey)
    const sticky = itemSticky(emulator.api, 'plan-thought-1')
    const from = stageSection(emulator.api, 'plan').absoluteBoundingBox!
    const to = stageSection(emulator.api, 'research').absoluteBoundingBox!
    sticky.x += to.x - from.x
    const reading = await readBothWaysAsync(emulator)
    const item = reading.journey.items.find((i) => i.id === 'plan-thought-1')
    const warned = reading.warnings.some((w) => w.nodeId === sticky.id)
    expect(item?.stageId === 'research' || warned).toBe(true)
    expect(item?.stageId).toBe('research')
  })

  it('names a connector whose end node is gone', async () => {
    const emulator = await drawAsync(templateJourney('car-rental'))
    const a = itemSticky(emulator.api, 'plan-thought-1')
    const b = itemSticky(emulator.api, 'plan-need-1')
    const connector = emulator.api.createConnector()
    a.parent!.appendChild(connector)
    connector.connectorStart = { endpointNodeId: a.id, magnet: 'AUTO' }
    connector.connectorEnd = { endpointNodeId: b.id, magnet: 'AUTO' }
    const file = emulator.toRestFile()
    const json = JSON.stringify(file).replaceAll(`"endpointNodeId":"${b.id}"`, '"endpointNodeId":"999:999"')
    const snapshot = snapshotFromRestFile(JSON.parse(json))
    if (!snapshot.ok) throw new Error(JSON.stringify(snapshot.problems))
    const reading = readBoard(snapshot.value)
    expectValid(reading.journey)
    expect(reading.warnings.some((w) => w.nodeId === connector.id)).toBe(true)
  })
})

describe('reading hostile boards', () => {
  /** Sections inside each other in one stage section, `levels` deep, a sticky in the innermost. */
  async function nestedBoardAsync(levels: number) {
    const emulator = await drawAsync(templateJourney('car-rental'))
    let parent: SectionNode = stageSection(emulator.api, 'plan')
    for (let i = 0; i < levels; i += 1) {
      const section = emulator.api.createSection()
      parent.appendChild(section)
      parent = section
    }
    parent.appendChild(emulator.api.createSticky())
    return emulator
  }

  it('reads a board nested as deep as the stated limit, live and through REST', async () => {
    // The board section and the stage section are two levels; the sticky is one more.
    const reading = await readBothWaysAsync(await nestedBoardAsync(MAX_BOARD_NESTING - 3))
    expectValid(reading.journey)
  })

  it('refuses a board nested one level deeper with the limit named, live and through REST', async () => {
    const emulator = await nestedBoardAsync(MAX_BOARD_NESTING - 2)
    const live = await readBoardAsync(emulator.api, 'page')
    expect(live.ok ? [] : live.problems.map((p) => p.message)).toEqual([TOO_DEEP])
    const rest = snapshotFromRestFile(emulator.toRestFile())
    expect(rest.ok ? [] : rest.problems.map((p) => p.message)).toEqual([TOO_DEEP])
  })

  it('refuses a REST export with 5,000 nested groups in every reader of REST files, without overflowing the stack', async () => {
    const emulator = await drawAsync(templateJourney('car-rental'))
    const file = emulator.toRestFile() as unknown as { document: { children: { children: Record<string, unknown>[] }[] } }
    const board = file.document.children[0]!.children[0]! as { children: Record<string, unknown>[]; absoluteBoundingBox: { x: number; y: number } }
    let inner: Record<string, unknown> = {
      id: '900:0',
      type: 'STICKY',
      name: 'deep',
      characters: 'deep down',
      absoluteBoundingBox: { x: board.absoluteBoundingBox.x + 10, y: board.absoluteBoundingBox.y + 10, width: 240, height: 240 },
      fills: []
    }
    for (let i = 1; i <= 5000; i += 1) {
      inner = { id: `900:${i}`, type: 'GROUP', name: `Group ${i}`, absoluteBoundingBox: inner.absoluteBoundingBox, children: [inner] }
    }
    board.children.push(inner)
    const snapshot = snapshotFromRestFile(file)
    expect(snapshot.ok ? [] : snapshot.problems.map((p) => p.message)).toEqual([TOO_DEEP])
    expect(() => loadRestFile(file)).toThrow(TOO_DEEP)
    const parsed = parseRestFile(file)
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.message)).toEqual([TOO_DEEP])
  })
})

describe('reading a snapshot whose parents go round in a loop (a broken file)', () => {
  it('names each node on a loop once, in document order, and none of the nodes that only hang below one', () => {
    const node = (id: string, parentId: string | null, type = 'STICKY'): SnapshotNode => ({
      id,
      type,
      name: '',
      parentId,
      box: { x: 0, y: 0, width: 240, height: 240 },
      ...(type === 'STICKY' ? { text: id, wide: false } : {}),
      data: {}
    })
    const nodes = [
      node('below-loop', 'a', 'GROUP'),
      node('a', 'b', 'GROUP'),
      node('own-parent', 'own-parent', 'GROUP'),
      node('b', 'c', 'GROUP'),
      node('c', 'a', 'GROUP'),
      node('under-below', 'below-loop'),
      node('on-page', null)
    ]
    const reading = readBoard({ nodes })
    expect(reading.warnings.filter((w) => w.code === 'parent-loop').map((w) => w.nodeId)).toEqual(['a', 'own-parent', 'b', 'c'])
  })
})
