import type { BoardPlan, KeptLine, PlanConnectorLineType } from '../layout/board-plan'
import { type LayoutOptions, layoutWithLinkRoom, type RoutedLayout } from '../layout/layout-journey'
import { MAX_LINK_ROOM_ROUNDS } from '../layout/layout-metrics'
import { type BlockedLink, planLinkRoutes } from '../layout/route-links'
import { addLinkRooms } from '../layout/stored-link-room'
import { cellsKeepingLinksTogether, type LinkRoom, widenForLinks } from '../layout/widen-for-links'
import type { Journey } from '../model'
import type { KeptArrangements } from './keep-cell-arrangements'

/** An update's layout: the board with people's arrangements kept and links routed round them. */
export interface ArrangedLayout {
  plan: BoardPlan
  /** The room given to links beyond the layout's own, for people's arrangements: what the board stores for the next update. */
  extra: LinkRoom
  /**
   * Links still crossing a sticky or with a label on text: within a cell people arranged, where more
   * room did not help, or drawn straight or curved by people (`kept`), whose lines no room is made for.
   */
  blocked: BlockedLink[]
}

/** A link line people drew straight or curved, which the update keeps as drawn. */
export interface DrawnLine {
  lineType: Exclude<PlanConnectorLineType, 'ELBOWED'>
  kept: KeptLine
}

/**
 * Lays an update out round people's arrangements, making room only where a link would cross text
 * otherwise, and so that a second update to the same data finds nothing to do.
 *
 * The layout's own board (`generated`, with the room its own links need) gets the `extra` room the
 * board stores on top; the cells people arranged keep their arrangement (`arrange`, which decides
 * once, on that board, which cells are kept: later rounds only ever keep fewer). Then, as a new
 * board does, a link no pair of magnets routes clear widens the gap between its ends nearest its
 * label, and the board is laid out again: but nothing grows inside a kept cell, so no sticky people
 * placed moves against its neighbours; columns, rows and the cells the layout packs move instead.
 * When a round asks for nothing more, that board is the update's, and the extra room it took is
 * stored: the next update starts from the same room and the same arrangements, finds the same
 * board, and asks for nothing. When the rounds run out first, the update keeps the room it started
 * from (the next update runs the same rounds and ends the same way), unless several links between
 * two kept cells were what stayed blocked: then the rounds run again with the cell they would set
 * apart packed by the layout (see freeLinksHeldTogether), and the links' room outweighs that cell's
 * arrangement.
 *
 * Room no longer needed (its links removed, the stickies moved) goes: the same rounds run again
 * from no extra room, in the same cells; their board is the update's when they end with no more
 * links blocked and less room, and running them once more from no room, in the cells they ended
 * with, ends with the same room and cells. That is what the next update finds on the board, so it
 * runs the same rounds, ends with the same room as stored, and changes nothing. Only a board that
 * stores room pays for these rounds, or one whose rounds ended keeping fewer cells than they began
 * with: the room they took was asked for round cells no longer kept, and the next update, starting
 * from it, keeps none of them, so it would find that room no longer needed.
 *
 * Lines people drew straight or curved (`drawn`, by plan key) keep their line type and ends: they
 * are checked where they run, not routed, and widening does not grow gaps for them (no gap's growth
 * takes a straight line off a sticky between its ends); one still over text is reported as blocked.
 * Their labels stay where their ends put them, so a routed link whose label lies on one of them grows
 * a gap that moves the two apart (see widenForLinks).
 *
 * Routes once: when no cell is kept, nothing is marked, no line is kept as drawn and no extra room
 * is stored, the layout's own routes stand.
 * @param arrange puts people's arrangements back on a laid-out board, in the given cells only (all when undefined)
 */
export function layoutRoundArrangements(
  journey: Journey,
  options: LayoutOptions,
  generated: RoutedLayout,
  extra: LinkRoom,
  arrange: (plan: BoardPlan, only?: ReadonlySet<string>) => KeptArrangements,
  drawn: ReadonlyMap<string, DrawnLine> = new Map()
): ArrangedLayout {
  const isNone = totalRoom(extra) === 0
  const laidOut = isNone ? generated.laidOut : layoutWithLinkRoom(journey, options, addLinkRooms(generated.room, extra))
  const first = arrange(laidOut)
  if (first.plan === generated.laidOut && drawn.size === 0) return { plan: generated.plan, extra, blocked: generated.blocked }
  const rounds = (from: LinkRoom, arranged: KeptArrangements, candidates: ReadonlySet<string>): Rounds =>
    roundsFrom(from, arranged, (room) => arrange(layoutWithLinkRoom(journey, options, addLinkRooms(generated.room, room)), candidates), drawn)
  const kept = freeLinksHeldTogether(rounds(extra, first, first.kept), (fewer) => rounds(extra, arrange(laidOut, fewer), fewer))
  if (isNone && sameSet(kept.kept, first.kept)) return kept.layout
  const none = { columns: extra.columns.map(() => 0), rows: extra.rows.map(() => 0), cells: new Map() }
  const fresh = rounds(none, arrange(generated.laidOut, kept.kept), kept.kept)
  if (!fresh.settled || fresh.layout.blocked.length > kept.layout.blocked.length || totalRoom(fresh.layout.extra) >= totalRoom(kept.layout.extra)) return kept.layout
  const again = rounds(none, arrange(generated.laidOut, fresh.kept), fresh.kept)
  const same = again.settled && sameRoom(again.layout.extra, fresh.layout.extra) && sameSet(again.kept, fresh.kept)
  return same ? fresh.layout : kept.layout
}

/** Where a run of rounds ends: the update's layout, the cells kept on it, and whether it settled (else the rounds ran out). */
interface Rounds {
  layout: ArrangedLayout
  kept: ReadonlySet<string>
  settled: boolean
}

/**
 * Routes the links on `first` (laid out with room `extra`), widening and laying out again
 * (`relayout`) until a round asks for nothing more; when the rounds run out, the first round's
 * board and room stand.
 */
function roundsFrom(extra: LinkRoom, first: KeptArrangements, relayout: (room: LinkRoom) => KeptArrangements, drawn: ReadonlyMap<string, DrawnLine>): Rounds {
  let arranged = first
  let start: Rounds | undefined
  for (let round = 0; ; round++) {
    const withDrawn = keepDrawnLines(arranged.plan, drawn)
    const routed = planLinkRoutes(withDrawn)
    const ended = { layout: { plan: routed.plan, extra, blocked: routed.blocked }, kept: arranged.kept, settled: true }
    start ??= { ...ended, settled: false }
    const widen = routed.blocked.filter((link) => link.kept === undefined)
    if (widen.length === 0) return ended
    // With the lines people drew as drawn: a label on one of theirs asks for the gap that parts the two.
    const next = widenForLinks(withDrawn, widen, extra, arranged.kept)
    if (next === extra) return ended
    if (round >= MAX_LINK_ROOM_ROUNDS) return start
    extra = next
    arranged = relayout(extra)
  }
}

/**
 * Rounds that ran out with several links between two kept cells still blocked: no room parts their
 * labels while both cells keep their arrangement (see cellsKeepingLinksTogether), so the rounds run
 * again with the cell the links would stagger packed by the layout; their board stands when they settle.
 */
function freeLinksHeldTogether(ended: Rounds, again: (fewer: ReadonlySet<string>) => Rounds): Rounds {
  if (ended.settled) return ended
  const held = cellsKeepingLinksTogether(ended.layout.plan, ended.layout.blocked.filter((link) => link.kept === undefined), ended.kept)
  if (held.size === 0) return ended
  const freed = again(new Set([...ended.kept].filter((cell) => !held.has(cell))))
  return freed.settled ? freed : ended
}

/** All the room added, over every gap. */
function totalRoom(room: LinkRoom): number {
  let total = 0
  for (const size of [...room.columns, ...room.rows]) total += size ?? 0
  for (const cell of room.cells.values()) for (const size of [...cell.columns, ...cell.rows, ...cell.drops]) total += size ?? 0
  return total
}

function sameRoom(a: LinkRoom, b: LinkRoom): boolean {
  const same = (x: readonly number[], y: readonly number[]): boolean => Array.from({ length: Math.max(x.length, y.length) }, (_, i) => (x[i] ?? 0) === (y[i] ?? 0)).every(Boolean)
  if (!same(a.columns, b.columns) || !same(a.rows, b.rows)) return false
  const keys = new Set([...a.cells.keys(), ...b.cells.keys()])
  const empty = { columns: [], rows: [], drops: [] }
  return [...keys].every((key) => {
    const [x, y] = [a.cells.get(key) ?? empty, b.cells.get(key) ?? empty]
    return same(x.columns, y.columns) && same(x.rows, y.rows) && same(x.drops, y.drops)
  })
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((key) => b.has(key))
}

/** The plan with the link lines people drew straight or curved as they drew them: their line type, no magnets chosen. */
function keepDrawnLines(plan: BoardPlan, drawn: ReadonlyMap<string, DrawnLine>): BoardPlan {
  if (drawn.size === 0) return plan
  return {
    ...plan,
    nodes: plan.nodes.map((node) => {
      const line = node.kind === 'connector' ? drawn.get(node.key) : undefined
      if (line === undefined || node.kind !== 'connector') return node
      const { startMagnet: _start, endMagnet: _end, ...rest } = node
      return { ...rest, lineType: line.lineType, keptLine: line.kept }
    })
  }
}
