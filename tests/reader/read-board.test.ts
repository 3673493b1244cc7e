import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { decodeBoardTag, storedPartKey } from '../../src/plugin-data/board-tags'
import { PlanRoleSchema, STICKY_COLORS } from '../../src/layout'
import { validateJourney } from '../../src/model'
import { type BoardBinding, type BoardSnapshot, readBoard, type SnapshotNode, snapshotFromRestFile } from '../../src/reader'
import { drawAsync, templateJourney } from './generated-board'
import { propertyRuns } from '../support/property-runs'

function tagOf(node: SnapshotNode) {
  const decoded = decodeBoardTag(node.data)
  return decoded.ok ? decoded.value.tag : undefined
}

/** readBoard on snapshots alone: odd input never throws, several boards, broken data, copies. */

async function restSnapshotAsync(...templateIds: string[]): Promise<BoardSnapshot> {
  let emulator: Awaited<ReturnType<typeof drawAsync>> | undefined
  for (const id of templateIds) emulator = await drawAsync(templateJourney(id), emulator)
  if (emulator === undefined) throw new Error('no template')
  const snapshot = snapshotFromRestFile(emulator.toRestFile())
  if (!snapshot.ok) throw new Error(JSON.stringify(snapshot.problems))
  return snapshot.value
}

function expectSound(snapshot: BoardSnapshot): void {
  const reading = readBoard(snapshot)
  expect(validateJourney(reading.journey)).toEqual({ ok: true, value: reading.journey })
  const ids = new Set(snapshot.nodes.map((node) => node.id))
  for (const warning of reading.warnings) {
    expect(warning.nodeId === null || ids.has(warning.nodeId)).toBe(true)
    expect(warning.message).not.toBe('')
  }
}

const TYPES = ['SECTION', 'STICKY', 'SHAPE_WITH_TEXT', 'TEXT', 'CONNECTOR', 'TABLE', 'WIDGET', 'STAMP', 'GROUP']
const coordinate = fc.integer({ min: -3000, max: 3000 })
const size = fc.integer({ min: 0, max: 1500 })
const shortText = fc.oneof(fc.constant(''), fc.constantFrom('Customer', 'Thoughts', 'Behov', 'Pains', 'x'), fc.string({ maxLength: 12 }))
const tagData = fc.oneof(
  fc.constant({}),
  fc.record({
    key: fc.string({ minLength: 1, maxLength: 4 }),
    role: fc.constantFrom(...PlanRoleSchema.options),
    stageId: fc.constantFrom('s1', 's2'),
    laneId: fc.constantFrom('l1', 'l2'),
    itemId: fc.constantFrom('i1', 'i2'),
    linkId: fc.constantFrom('k1')
  }),
  fc.dictionary(fc.constantFrom('role', 'key', 'journey.parts', 'journey.0', 'layoutVersion'), fc.string({ maxLength: 6 }))
)

/** Any mix of node kinds, boxes, parents (dangling ones too), texts, colours, ends and tag data. */
const junkSnapshots: fc.Arbitrary<BoardSnapshot> = fc
  .array(
    fc.record({
      type: fc.constantFrom(...TYPES),
      box: fc.record({ x: coordinate, y: coordinate, width: size, height: size }),
      parent: fc.nat(30),
      text: shortText,
      fill: fc.option(fc.oneof(fc.constantFrom(...Object.values(STICKY_COLORS)), fc.constantFrom('#123456', '#000000')), { nil: undefined }),
      start: fc.oneof(fc.nat(30), fc.constant(-1)),
      end: fc.oneof(fc.nat(30), fc.constant(-1)),
      data: tagData
    }),
    { maxLength: 30 }
  )
  .map((specs) => ({
    nodes: specs.map((spec, i): SnapshotNode => {
      const endpoint = (n: number) => (n < 0 ? { position: { x: 0, y: 0 } } : { nodeId: `n${n}` })
      return {
        id: `n${i}`,
        type: spec.type,
        name: spec.text,
        // Any node may claim any parent: earlier, later, itself (a loop), a missing one, or none.
        parentId: spec.parent % 5 === 0 ? null : spec.parent % 5 === 1 ? 'gone' : `n${spec.parent}`,
        box: spec.box,
        text: spec.text,
        ...(spec.fill === undefined ? {} : { fill: spec.fill }),
        ...(spec.type === 'CONNECTOR' ? { start: endpoint(spec.start), end: endpoint(spec.end) } : {}),
        data: spec.data as Record<string, string>
      }
    })
  }))

describe('readBoard', () => {
  it('never throws on whatever a snapshot holds, and always gives a valid journey and warnings about real nodes', () => {
    fc.assert(fc.property(junkSnapshots, (snapshot) => expectSound(snapshot)), propertyRuns(400))
  })

  it('never throws on a generated board torn apart: nodes removed, moved, re-parented, retyped, untagged', async () => {
    const board = await restSnapshotAsync('workshop-swimlane')
    const count = board.nodes.length
    const changes = fc.array(
      fc.record({
        at: fc.nat(count - 1),
        what: fc.constantFrom('remove', 'move', 'reparent', 'retext', 'untag'),
        dx: fc.integer({ min: -2000, max: 2000 }),
        dy: fc.integer({ min: -2000, max: 2000 }),
        other: fc.nat(count - 1),
        text: shortText
      }),
      { maxLength: 25 }
    )
    fc.assert(
      fc.property(changes, (edits) => {
        let nodes = board.nodes.map((node) => ({ ...node }))
        for (const edit of edits) {
          const node = nodes[edit.at % nodes.length]
          if (node === undefined) continue
          if (edit.what === 'remove') nodes = nodes.filter((n) => n !== node)
          if (edit.what === 'move') node.box = { ...node.box, x: node.box.x + edit.dx, y: node.box.y + edit.dy }
          if (edit.what === 'reparent') node.parentId = nodes[edit.other % nodes.length]?.id ?? null
          if (edit.what === 'retext') node.text = edit.text
          if (edit.what === 'untag') node.data = {}
        }
        expectSound({ nodes })
      }),
      propertyRuns(150)
    )
  })

  it('reads the first of several boards from the left and says so, or the one asked for', async () => {
    const snapshot = await restSnapshotAsync('car-rental', 'ikea')
    const first = readBoard(snapshot)
    expect(first.journey).toEqual(templateJourney('car-rental'))
    expect(first.warnings).toEqual([
      {
        nodeId: first.boardId,
        code: 'several-boards',
        params: { count: 2 },
        node: { kind: 'SECTION', text: templateJourney('car-rental').title },
        message: `2 boards found: read section "${templateJourney('car-rental').title}", the first from the left`,
        kind: 'several-boards'
      }
    ])
    const ikea = templateJourney('ikea')
    expect(readBoard(snapshot, { board: ikea.title }).journey).toEqual(ikea)
    expect(readBoard(snapshot, { board: ikea.title }).warnings).toEqual([])
  })

  it('reads a board whose stored journey is broken from what it shows, and says why', async () => {
    const snapshot = await restSnapshotAsync('car-rental')
    const board = snapshot.nodes.find((node) => tagOf(node)?.role === 'board')!
    board.data = { ...board.data, [storedPartKey(0)]: '{"broken' }
    const reading = readBoard(snapshot)
    expect(reading.origin).toBe('hand-made')
    expect(reading.warnings[0]?.nodeId).toBe(board.id)
    expect(reading.warnings[0]?.message).toMatch(/^the journey stored on the board could not be read \(journey: is not valid JSON \(at position 8\)\)/)
    // Why, as data: the position the JSON engine gave, not its English words.
    expect(reading.warnings[0]?.causes).toEqual([{ path: 'journey', code: 'not-valid-json-at', params: { position: 8 }, message: 'is not valid JSON (at position 8)' }])
    const expected = templateJourney('car-rental')
    expect(reading.journey.stages.map((s) => s.name)).toEqual(expected.stages.map((s) => s.name))
    expect(reading.journey.lanes.map((l) => l.name)).toEqual(expected.lanes.map((l) => l.name))
    expect(reading.journey.items.map((i) => i.text).sort()).toEqual(expected.items.map((i) => i.text).sort())
  })

  it('tells which node every item, link, stage and lane label was read from, a copied sticky included', async () => {
    const snapshot = await restSnapshotAsync('workshop-swimlane')
    const original = snapshot.nodes.find((node) => tagOf(node)?.itemId === 'breakdown-store-1' && node.type === 'STICKY')!
    snapshot.nodes.push({ ...original, id: '99:1', box: { ...original.box, x: original.box.x + 10 } })
    const bindings: BoardBinding[] = []
    const reading = readBoard(snapshot, { onBind: (binding) => bindings.push(binding) })
    const bound = (kind: BoardBinding['kind']) => new Map(bindings.filter((b) => b.kind === kind).map((b) => [b.id, b.nodeId]))
    expect([...bound('item').keys()].sort()).toEqual(reading.journey.items.map((item) => item.id).sort())
    expect(bound('item').get('breakdown-store-1')).toBe(original.id)
    expect(bound('item').get('breakdown-store-1-2')).toBe('99:1')
    expect([...bound('link').keys()].sort()).toEqual(reading.journey.links.map((link) => link.id).sort())
    expect([...bound('stage').keys()]).toEqual(reading.journey.stages.map((stage) => stage.id))
    expect([...bound('lane').keys()].sort()).toEqual(reading.journey.lanes.map((lane) => lane.id).sort())
    for (const [id, nodeId] of bound('stage')) expect(tagOf(snapshot.nodes.find((node) => node.id === nodeId)!)).toMatchObject({ role: 'stage', stageId: id })
  })

  it('reads a copied item sticky (same tag, pasted elsewhere) as a new item next to the original', async () => {
    const snapshot = await restSnapshotAsync('workshop-swimlane')
    const original = snapshot.nodes.find((node) => tagOf(node)?.itemId === 'breakdown-store-1' && node.type === 'STICKY')!
    const copy: SnapshotNode = { ...original, id: '99:1', box: { ...original.box, x: original.box.x + 10 } }
    snapshot.nodes.push(copy)
    const reading = readBoard(snapshot)
    const journey = templateJourney('workshop-swimlane')
    const source = journey.items.find((item) => item.id === 'breakdown-store-1')!
    expect(reading.journey.items).toEqual([...journey.items, { id: 'breakdown-store-1-2', stageId: source.stageId, laneId: source.laneId, text: source.text, momentOfTruth: false }])
    expect(reading.warnings).toEqual([
      {
        nodeId: '99:1',
        code: 'copy-of-item',
        params: { item: 'breakdown-store-1' },
        node: { kind: 'STICKY', text: 'The sale and its two-year warranty are…' },
        message: 'sticky "The sale and its two-year warranty are…" is a copy of item "breakdown-store-1": read as a new item'
      }
    ])
  })

  it('reads a hand-made board without lane labels into one lane, and a wall of stickies into one stage', () => {
    const sticky = (id: string, x: number, y: number, parentId: string | null = null): SnapshotNode => ({
      id,
      type: 'STICKY',
      name: '',
      parentId,
      box: { x, y, width: 240, height: 240 },
      text: id,
      data: {}
    })
    const withSections: BoardSnapshot = {
      nodes: [
        { id: 'a', type: 'SECTION', name: 'Later', parentId: null, box: { x: 500, y: 0, width: 300, height: 600 }, data: {} },
        { id: 'b', type: 'SECTION', name: 'First', parentId: null, box: { x: 0, y: 10, width: 300, height: 600 }, data: {} },
        sticky('s1', 520, 20, 'a'),
        sticky('s2', 20, 300, 'b')
      ]
    }
    const reading = readBoard(withSections)
    expect(reading.journey.stages.map((s) => s.name)).toEqual(['First', 'Later'])
    expect(reading.journey.lanes).toEqual([{ id: 'notes', name: 'Notes', kind: 'notes' }])
    expect(reading.journey.items.map((i) => [i.text, i.stageId])).toEqual([
      ['s2', 'first'],
      ['s1', 'later']
    ])
    expect(reading.warnings.map((w) => w.message)).toContain('no lane labels left of the first stage: every sticky is read into one lane, "Notes"')

    const wall = readBoard({ nodes: [sticky('w1', 0, 0), sticky('w2', 300, 500)] })
    expect(wall.journey.items.map((i) => i.text)).toEqual(['w1', 'w2'])
    expect(wall.journey.stages).toHaveLength(1)
    expect(wall.warnings.map((w) => w.message)).toContain('the board has no sections and no row of stage names above its stickies: every sticky is read into one stage')
  })

  it('reads a hand-drawn arrow pointing at its start from its end', () => {
    const nodes: SnapshotNode[] = [
      { id: 'sec', type: 'SECTION', name: 'Stage', parentId: null, box: { x: 0, y: 0, width: 800, height: 400 }, data: {} },
      { id: 'a', type: 'STICKY', name: '', parentId: 'sec', box: { x: 10, y: 10, width: 240, height: 240 }, text: 'A', data: {} },
      { id: 'b', type: 'STICKY', name: '', parentId: 'sec', box: { x: 400, y: 10, width: 240, height: 240 }, text: 'B', data: {} },
      {
        id: 'c',
        type: 'CONNECTOR',
        name: '',
        parentId: null,
        box: { x: 130, y: 130, width: 390, height: 0 },
        start: { nodeId: 'a' },
        end: { nodeId: 'b' },
        startCap: 'ARROW_LINES',
        endCap: 'NONE',
        stroke: '#3DADFF',
        text: '',
        data: {}
      }
    ]
    const reading = readBoard({ nodes })
    const text = new Map(reading.journey.items.map((i) => [i.id, i.text]))
    expect(reading.journey.links.map((l) => [text.get(l.from), text.get(l.to), l.kind])).toEqual([['B', 'A', 'handover']])
  })
})
