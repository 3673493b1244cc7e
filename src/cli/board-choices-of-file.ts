import { readEveryBoard, snapshotFromRestFile } from '../reader'
import type { BoardChoice } from './board-choices-text'

/**
 * The boards in a board export that an option can pick by name: board sections, by the name FigJam
 * shows on them (people may have renamed one away from its journey's title). `drawnOnly` keeps
 * the boards Journeyboard drew, the only ones an update takes.
 */
export function boardChoicesOfFile(file: unknown, drawnOnly: boolean): BoardChoice[] {
  const whole = snapshotFromRestFile(file)
  if (!whole.ok) return []
  const names = new Map(whole.value.nodes.map((node) => [node.id, node.name]))
  return readEveryBoard(whole.value).flatMap((reading) =>
    reading.boardId === null || (drawnOnly && reading.origin !== 'generated') ? [] : [{ name: names.get(reading.boardId) ?? reading.journey.title, id: reading.boardId }]
  )
}
