import fc from 'fast-check'

import { solidPaint } from '../../src/plugin-api/solid-paint'
import type { FigJamEmulator } from '../../src/emulator'
import { STICKY_COLORS } from '../../src/layout'
import { type Journey, type StickyColor, StickyColorSchema } from '../../src/model'
import { itemSticky, laneLabel, liveTag, loadFontOfAsync, stageSection, taggedNodes } from '../reader/generated-board'
import { cellSlot, dropInto } from './sync-board-helpers'

/**
 * Random edits people make on a drawn board, through the Plugin API as FigJam makes them: move a
 * sticky to another cell, edit its text, add a sticky by hand, draw a connector by hand between two
 * stickies (with a label, or none), nudge a sticky within its cell, delete a sticky. Indices wrap
 * around what is on the board when the edit is made.
 */
export type BoardEdit =
  | { op: 'move'; item: number; stage: number; lane: number; dx: number; dy: number }
  | { op: 'text'; item: number; text: string }
  | { op: 'add-sticky'; stage: number; lane: number; text: string; dx: number; dy: number }
  | { op: 'connect'; from: number; step: number; label?: string; lineType?: 'ELBOWED' | 'STRAIGHT' | 'CURVED' }
  | { op: 'nudge'; item: number; dx: number; dy: number }
  | { op: 'delete'; item: number }
  | { op: 'rename-stage'; stage: number; name: string }
  | { op: 'rename-lane'; lane: number; name: string }
  | { op: 'swap-stages'; a: number; b: number }
  | { op: 'retitle'; title: string }
  | { op: 'delete-link'; link: number }
  | { op: 'recolour'; item: number; colour: StickyColor }
  | { op: 'drag-point'; point: number; dy: number }

const WORDS = ['asks', 'the', 'desk', 'again', 'later', 'cheaper', 'Ørsted', 'why?']
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((words) => words.join(' '))
const offset = fc.integer({ min: 0, max: 60 })

export const boardEditArbitrary: fc.Arbitrary<BoardEdit> = fc.oneof(
  fc.record({ op: fc.constant('move' as const), item: fc.nat(), stage: fc.nat(), lane: fc.nat(), dx: offset, dy: offset }),
  fc.record({ op: fc.constant('text' as const), item: fc.nat(), text }),
  fc.record({ op: fc.constant('add-sticky' as const), stage: fc.nat(), lane: fc.nat(), text, dx: offset, dy: offset }),
  fc.record({ op: fc.constant('connect' as const), from: fc.nat(), step: fc.nat() }),
  fc.record({ op: fc.constant('delete' as const), item: fc.nat() })
)

export function boardEditsArbitrary(maxLength = 5): fc.Arbitrary<BoardEdit[]> {
  return fc.array(boardEditArbitrary, { minLength: 1, maxLength })
}

/** Everything else people do to a board: rename stages and lanes, reorder stages, retitle, delete links, recolour, drag emotion points. */
export const moreBoardEditArbitrary: fc.Arbitrary<BoardEdit> = fc.oneof(
  boardEditArbitrary,
  fc.record({ op: fc.constant('rename-stage' as const), stage: fc.nat(), name: text }),
  fc.record({ op: fc.constant('rename-lane' as const), lane: fc.nat(), name: text }),
  fc.record({ op: fc.constant('swap-stages' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('retitle' as const), title: text }),
  fc.record({ op: fc.constant('delete-link' as const), link: fc.nat() }),
  fc.record({ op: fc.constant('recolour' as const), item: fc.nat(), colour: fc.constantFrom(...StickyColorSchema.options) }),
  fc.record({ op: fc.constant('drag-point' as const), point: fc.nat(), dy: fc.integer({ min: -200, max: 200 }) })
)

/** What the edits left on the board that people made by hand. */
export interface HandWork {
  stickies: string[]
  connectors: string[]
}

/** Makes the edits on the board of `journey`, in order. */
export async function applyBoardEditsAsync(emulator: FigJamEmulator, journey: Journey, edits: readonly BoardEdit[]): Promise<HandWork> {
  const { api } = emulator
  const font = { family: 'Inter', style: 'Medium' }
  await api.loadFontAsync(font)
  const live = journey.items.map((item) => ({ itemId: item.id as string | undefined, node: itemSticky(api, item.id) }))
  const hand: HandWork = { stickies: [], connectors: [] }
  const pick = <T>(list: readonly T[], index: number): T | undefined => (list.length === 0 ? undefined : list[index % list.length])
  const generated = (): typeof live => live.filter((entry) => entry.itemId !== undefined)

  for (const edit of edits) {
    switch (edit.op) {
      case 'move': {
        const entry = pick(generated(), edit.item)
        const stage = pick(journey.stages, edit.stage)
        const lane = pick(journey.lanes, edit.lane)
        if (entry === undefined || stage === undefined || lane === undefined) break
        const slot = cellSlot(api, stage.id, lane.id)
        dropInto(stageSection(api, stage.id), entry.node, { x: slot.x + edit.dx, y: slot.y + edit.dy })
        break
      }
      case 'text': {
        const entry = pick(live, edit.item)
        if (entry === undefined) break
        await loadFontOfAsync(api, entry.node.text)
        entry.node.text.characters = edit.text
        break
      }
      case 'add-sticky': {
        const stage = pick(journey.stages, edit.stage)
        const lane = pick(journey.lanes, edit.lane)
        if (stage === undefined || lane === undefined) break
        const sticky = api.createSticky()
        const slot = cellSlot(api, stage.id, lane.id)
        dropInto(stageSection(api, stage.id), sticky, { x: slot.x + edit.dx, y: slot.y + edit.dy })
        sticky.text.characters = edit.text
        live.push({ itemId: undefined, node: sticky })
        hand.stickies.push(sticky.id)
        break
      }
      case 'connect': {
        if (live.length < 2) break
        const from = edit.from % live.length
        const to = (from + 1 + (edit.step % (live.length - 1))) % live.length
        const connector = api.createConnector()
        // The magnet FigJam lets each line type use (a curve's is undocumented but for NONE).
        const lineType = edit.lineType ?? 'ELBOWED'
        const magnet = lineType === 'ELBOWED' ? 'AUTO' : lineType === 'STRAIGHT' ? 'CENTER' : 'NONE'
        if (lineType !== 'ELBOWED') connector.connectorLineType = lineType
        connector.connectorStart = { endpointNodeId: live[from]!.node.id, magnet }
        connector.connectorEnd = { endpointNodeId: live[to]!.node.id, magnet }
        if (edit.label !== undefined) {
          connector.text.fontName = font
          connector.text.characters = edit.label
        }
        hand.connectors.push(connector.id)
        break
      }
      case 'nudge': {
        const entry = pick(generated(), edit.item)
        if (entry === undefined) break
        entry.node.x += edit.dx
        entry.node.y += edit.dy
        break
      }
      case 'delete': {
        const entry = pick(generated(), edit.item)
        if (entry === undefined) break
        entry.node.remove()
        live.splice(live.indexOf(entry), 1)
        break
      }
      case 'rename-stage': {
        const stage = pick(journey.stages, edit.stage)
        if (stage !== undefined) stageSection(api, stage.id).name = edit.name
        break
      }
      case 'rename-lane': {
        const lane = pick(journey.lanes, edit.lane)
        if (lane === undefined) break
        const label = laneLabel(api, lane.id)
        await loadFontOfAsync(api, label.text)
        label.text.characters = edit.name
        break
      }
      case 'swap-stages': {
        const a = pick(journey.stages, edit.a)
        const b = pick(journey.stages, edit.b)
        if (a === undefined || b === undefined || a.id === b.id) break
        const [first, second] = [stageSection(api, a.id), stageSection(api, b.id)]
        const x = first.x
        first.x = second.x
        second.x = x
        break
      }
      case 'retitle': {
        const title = tagged(api, 'header', 'title')[0] as TextNode | undefined
        if (title === undefined) break
        await loadFontOfAsync(api, title)
        title.characters = edit.title
        break
      }
      case 'delete-link': {
        pick(tagged(api, 'link'), edit.link)?.remove()
        break
      }
      case 'recolour': {
        const entry = pick(live, edit.item)
        if (entry !== undefined) entry.node.fills = [solidPaint(STICKY_COLORS[edit.colour])]
        break
      }
      case 'drag-point': {
        const point = pick(tagged(api, 'emotion-point'), edit.point)
        if (point !== undefined) point.y += edit.dy
        break
      }
    }
  }
  return hand
}

/** The live nodes tagged with a role (and part), in page order. */
function tagged(api: PluginAPI, role: string, part?: string): SceneNode[] {
  return taggedNodes(api).filter((node) => liveTag(node)?.role === role && (part === undefined || liveTag(node)?.part === part))
}
