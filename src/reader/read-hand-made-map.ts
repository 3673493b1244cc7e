import type { Journey } from '../model'
import { boardPart } from './board-part'
import type { SnapshotNode } from './board-snapshot'
import { type HandMadeBoard, type HandMadeFit, readHandMadeBoard } from './read-hand-made-board'
import { SnapshotIndex } from './snapshot-index'
import { transposeSnapshot } from './transpose-snapshot'
import { WarningLog } from './warning-log'

/**
 * A hand-made map read both ways, stages across and stages down, keeping the reading that places
 * more of its stickies, then the one whose lane names say what lanes they are; stages across when
 * nothing tells them apart, as most maps are drawn. A map read down is reported, and so is a tie the
 * words could not break.
 */
export function readHandMadeMap(index: SnapshotIndex, log: WarningLog, board: HandMadeBoard): Journey {
  const acrossLog = new WarningLog()
  const across = readHandMadeBoard(index, acrossLog, board)
  const turned = new SnapshotIndex(transposeSnapshot(boardPart(index, board.section, board.members)), new WarningLog())
  const turnedNode = (node: SnapshotNode): SnapshotNode => turned.get(node.id) ?? node
  const downLog = new WarningLog()
  const down = readHandMadeBoard(turned, downLog, {
    section: board.section === null ? null : turnedNode(board.section),
    members: board.members.map(turnedNode),
    turned: true
  })

  const order = compareFit(down.fit, across.fit)
  const chosen = order > 0 ? down : across
  log.addAll(order > 0 ? downLog : acrossLog)
  const boardNodeId = board.section?.id ?? null
  if (order > 0) log.add(boardNodeId, 'drawn-downwards')
  else if (order === 0 && across.fit.recognisedLanes > 0 && down.fit.placed > 0) {
    log.add(boardNodeId, 'both-read-as-lanes')
  }
  return chosen.journey
}

/** Positive when `a` fits better than `b`. */
function compareFit(a: HandMadeFit, b: HandMadeFit): number {
  return a.placed - b.placed || a.recognisedLanes - b.recognisedLanes
}
