import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { type BoardReading, type BoardSnapshot, readBoard, readEveryBoard, type SnapshotNode, snapshotFromRestFile } from '../../src/reader'
import { findBoards } from '../../src/reader/find-boards'
import { placedSnapshot } from '../../src/reader/placed-snapshot'
import { SnapshotIndex } from '../../src/reader/snapshot-index'
import { WarningLog } from '../../src/reader/warning-log'
import { propertyRuns } from '../support/property-runs'
import { drawAsync, templateJourney } from './generated-board'

/**
 * Reading every board of a page gives what reading each board on its own gives (readBoard asked
 * for the board by its section's id, else its first node's id), in the same order and with the
 * same warnings, while indexing the page and finding its boards once for all of them.
 */

/** Every board read on its own, each reading indexing the whole page and finding its boards again (among the nodes it can place). */
function eachOnItsOwn(snapshot: BoardSnapshot): BoardReading[] {
  const boards = findBoards(new SnapshotIndex(placedSnapshot(snapshot, new WarningLog()), new WarningLog()))
  if (boards.length <= 1) return [readBoard(snapshot)]
  return boards.map((board) => readBoard(snapshot, { board: board.section?.id ?? board.members[0]?.id }))
}

const STICKY = 240
/** Further apart than any two things of one map (find-boards' MAP_GAP is 600). */
const FAR = 1300

function sticky(id: string, x: number, y: number, text: string, parentId: string | null = null, data: Record<string, string> = {}): SnapshotNode {
  return { id, type: 'STICKY', name: '', parentId, box: { x, y, width: STICKY, height: STICKY }, data, text, fill: '#FFE299', wide: false }
}

function section(id: string, name: string, x: number, y: number, parentId: string | null = null, width = 650, height = 1200): SnapshotNode {
  return { id, type: 'SECTION', name, parentId, box: { x, y, width, height }, data: {} }
}

function text(id: string, value: string, x: number, y: number, parentId: string | null = null): SnapshotNode {
  return { id, type: 'TEXT', name: '', parentId, box: { x, y, width: 120, height: 30 }, data: {}, text: value }
}

function connector(id: string, from: string, to: string | undefined, data: Record<string, string> = {}): SnapshotNode {
  return {
    id,
    type: 'CONNECTOR',
    name: '',
    parentId: null,
    box: { x: 0, y: 0, width: 10, height: 10 },
    data,
    text: '',
    start: { nodeId: from, magnet: 'AUTO' },
    end: to === undefined ? { position: { x: 0, y: 0 } } : { nodeId: to, magnet: 'AUTO' },
    startCap: 'NONE',
    endCap: 'ARROW_LINES'
  }
}

/** A generated board's snapshot, to copy onto random pages: what a page holds beside hand-made maps. */
async function generatedSnapshotAsync(templateId: string): Promise<readonly SnapshotNode[]> {
  const emulator = await drawAsync(templateJourney(templateId))
  const snapshot = snapshotFromRestFile(emulator.toRestFile())
  if (!snapshot.ok) throw new Error('fixture')
  return snapshot.value.nodes
}

const generated = [await generatedSnapshotAsync('workshop-swimlane'), await generatedSnapshotAsync('blank')]

const x = fc.integer({ min: -20_000, max: 20_000 })
const y = fc.integer({ min: -8_000, max: 8_000 })
/** What a page is made of: generated boards, separate or near stickies, stage sections (wrapped or not), hand-drawn grids, titles, tables, connectors, and what only a broken or hand-edited file holds (a node at NaN among them). */
const piece = fc.oneof(
  fc.record({ kind: fc.constant('generated' as const), which: fc.nat(generated.length - 1), x, y }),
  fc.record({ kind: fc.constant('stickies' as const), count: fc.integer({ min: 1, max: 6 }), near: fc.boolean(), x, y }),
  fc.record({ kind: fc.constant('sections' as const), count: fc.integer({ min: 1, max: 4 }), wrapped: fc.boolean(), stickies: fc.integer({ min: 0, max: 3 }), x, y }),
  fc.record({ kind: fc.constant('grid' as const), stages: fc.integer({ min: 1, max: 3 }), lanes: fc.integer({ min: 1, max: 3 }), grouped: fc.boolean(), x, y }),
  fc.record({ kind: fc.constant('title' as const), shape: fc.boolean(), x, y }),
  fc.record({ kind: fc.constant('table' as const), x, y }),
  fc.record({ kind: fc.constant('connector' as const), from: fc.nat(), to: fc.nat(), free: fc.boolean(), unreadable: fc.boolean() }),
  fc.record({ kind: fc.constant('broken' as const), what: fc.constantFrom('repeated-id', 'parent-loop', 'unreadable-tag', 'missing-parent', 'named-as-node', 'unplaceable'), a: fc.nat(), b: fc.nat() })
)
type Piece = typeof piece extends fc.Arbitrary<infer P> ? P : never

const LANE_NAMES = ['Actions', 'Thoughts', 'Pain points']

function page(pieces: readonly Piece[]): BoardSnapshot {
  const nodes: SnapshotNode[] = []
  let last = 0
  const id = (): string => `9:${(last += 1)}`
  pieces.forEach((p, n) => {
    switch (p.kind) {
      case 'generated': {
        const copied = generated[p.which]!
        const ids = new Map(copied.map((node) => [node.id, `${n}-${node.id}`]))
        const moved = (end: SnapshotNode['start']): SnapshotNode['start'] => (end !== undefined && 'nodeId' in end ? { ...end, nodeId: ids.get(end.nodeId) ?? end.nodeId } : end)
        for (const node of copied) {
          const copy: SnapshotNode = { ...node, id: ids.get(node.id)!, parentId: node.parentId === null ? null : (ids.get(node.parentId) ?? node.parentId), box: { ...node.box, x: node.box.x + p.x, y: node.box.y + p.y } }
          if (node.start !== undefined) copy.start = moved(node.start)
          if (node.end !== undefined) copy.end = moved(node.end)
          nodes.push(copy)
        }
        break
      }
      case 'stickies':
        for (let i = 0; i < p.count; i += 1) nodes.push(sticky(id(), p.x + i * (p.near ? STICKY + 20 : FAR), p.y + (i % 2) * 50, `Note ${n}.${i}`))
        break
      case 'sections': {
        const wrapper = p.wrapped ? id() : null
        if (wrapper !== null) nodes.push(section(wrapper, 'Board', p.x - 50, p.y - 50, null, p.count * 700 + 100, 1300))
        for (let s = 0; s < p.count; s += 1) {
          const stage = id()
          nodes.push(section(stage, `Stage ${s + 1}`, p.x + s * 700, p.y, wrapper))
          for (let i = 0; i < p.stickies; i += 1) nodes.push(sticky(id(), p.x + s * 700 + 20, p.y + 20 + i * 300, `Item ${s}.${i}`, stage))
        }
        break
      }
      case 'grid': {
        const group = p.grouped ? id() : null
        if (group !== null) nodes.push({ id: group, type: 'GROUP', name: 'Group', parentId: null, box: { x: p.x, y: p.y - 100, width: 300 + p.stages * 600, height: 100 + p.lanes * 300 }, data: {} })
        for (let s = 0; s < p.stages; s += 1) nodes.push(text(id(), `Stage ${s + 1}`, p.x + 300 + s * 600, p.y - 100, group))
        for (let l = 0; l < p.lanes; l += 1) nodes.push(text(id(), LANE_NAMES[l]!, p.x, p.y + 60 + l * 300, group))
        for (let s = 0; s < p.stages; s += 1) for (let l = 0; l < p.lanes; l += 1) nodes.push(sticky(id(), p.x + 300 + s * 600, p.y + l * 300, `Cell ${s}.${l}`, group))
        break
      }
      case 'title':
        nodes.push(p.shape ? { id: id(), type: 'SHAPE_WITH_TEXT', name: '', parentId: null, box: { x: p.x, y: p.y, width: 200, height: 40 }, data: {}, text: 'A title', shapeType: 'SQUARE' } : text(id(), 'A title', p.x, p.y))
        break
      case 'table': {
        const table = id()
        nodes.push({ id: table, type: 'TABLE', name: 'Table', parentId: null, box: { x: p.x, y: p.y, width: 400, height: 200 }, data: {} })
        for (let r = 0; r < 2; r += 1) {
          for (let c = 0; c < 2; c += 1) {
            nodes.push({ id: `${table};${r}:${c}`, type: 'TABLE_CELL', name: '', parentId: table, box: { x: p.x + c * 200, y: p.y + r * 100, width: 200, height: 100 }, data: {}, text: r === 0 ? `Stage ${c + 1}` : `Cell ${c}` })
          }
        }
        break
      }
      case 'connector':
        if (nodes.length > 0) nodes.push(connector(id(), nodes[p.from % nodes.length]!.id, p.free ? undefined : nodes[p.to % nodes.length]!.id, p.unreadable ? { t: '{not json' } : {}))
        break
      case 'broken': {
        if (nodes.length < 2) break
        const a = nodes[p.a % nodes.length]!
        const b = nodes[p.b % nodes.length]!
        if (p.what === 'repeated-id') nodes.push({ ...a, box: { ...a.box, x: a.box.x + 5000 } })
        else if (p.what === 'parent-loop' && a !== b) {
          a.parentId = b.id
          b.parentId = a.id
        } else if (p.what === 'unreadable-tag') a.data = { t: '{not json' }
        else if (p.what === 'missing-parent') a.parentId = 'nowhere'
        else if (p.what === 'unplaceable') a.box = { ...a.box, y: NaN }
        else {
          const named = nodes.find((node) => node.type === 'SECTION')
          if (named !== undefined) named.name = b.id
        }
      }
    }
  })
  return { nodes }
}

describe('readEveryBoard', () => {
  it('reads every board of a random page as readBoard reads each on its own, in the same order, warnings included', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const snapshot = page(pieces)
        expect(readEveryBoard(snapshot)).toEqual(eachOnItsOwn(snapshot))
      }),
      propertyRuns(60)
    )
  })

  it('reads pages of 1 to 30 separate stickies as one board each, as readBoard does', () => {
    for (let count = 1; count <= 30; count += 1) {
      const snapshot = { nodes: Array.from({ length: count }, (_, i) => sticky(`1:${i + 2}`, (i % 7) * FAR, Math.floor(i / 7) * FAR, `Note ${i + 1}`)) }
      const readings = readEveryBoard(snapshot)
      expect(readings).toHaveLength(count)
      expect(readings).toEqual(eachOnItsOwn(snapshot))
    }
  })

  it('reads, for a map whose first node a section is named after, the board readBoard picks by that name', () => {
    // A wrapping section named after a sticky's id, and a map of a stage section beside that sticky.
    const snapshot = {
      nodes: [
        section('2:1', '3:1', 0, 0, null, 800, 1300),
        section('2:2', 'Inner', 50, 50, '2:1'),
        sticky('2:3', 100, 100, 'Inside', '2:2'),
        sticky('3:1', 5000, 0, 'The named one'),
        section('3:2', 'Stage', 5300, 0)
      ]
    }
    const readings = readEveryBoard(snapshot)
    expect(readings.map((reading) => reading.boardId)).toEqual(['2:1', '2:1'])
    expect(readings).toEqual(eachOnItsOwn(snapshot))
  })

  it('reports a connector whose tag does not decode in the reading of each board it joins', () => {
    const snapshot = { nodes: [sticky('1:2', 0, 0, 'One'), sticky('1:3', 5000, 0, 'Two'), connector('1:4', '1:2', '1:3', { t: '{not json' })] }
    const readings = readEveryBoard(snapshot)
    expect(readings).toHaveLength(2)
    for (const reading of readings) expect(reading.warnings.filter((warning) => warning.code === 'tag-unreadable').map((warning) => warning.nodeId)).toEqual(['1:4'])
    expect(readings).toEqual(eachOnItsOwn(snapshot))
  })

  it('reads a page of 2,000 separate stickies indexing it once, not once per board', () => {
    const count = 2000
    const stickies = Array.from({ length: count }, (_, i) => sticky(`1:${i + 2}`, (i % 50) * FAR, Math.floor(i / 50) * FAR, `Note ${i + 1}`))
    let looks = 0
    // Counts every look at an entry of the page's list of nodes (an index made of the page goes over all of them).
    const nodes = new Proxy(stickies, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) looks += 1
        return Reflect.get(target, key, receiver) as unknown
      }
    })
    const readings = readEveryBoard({ nodes })
    expect(readings).toHaveLength(count)
    // One board a sticky, from left to right.
    const leftToRight = [...stickies].sort((a, b) => a.box.x - b.box.x || a.box.y - b.box.y)
    expect(readings.map((reading) => reading.journey.items.map((item) => item.text))).toEqual(leftToRight.map((node) => [node.text]))
    // A look at each node to see it has a place, one index of the page, and each board's own part
    // taken in page order (a look per node in it); reading each board on its own would index the
    // page 2,000 times.
    expect(looks).toBe(3 * count)
  })
})
