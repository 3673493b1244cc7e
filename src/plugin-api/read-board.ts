import type { Result } from '../model'
import { type BoardReading, type ReadBoardOptions, readBoard } from '../reader'
import { type SnapshotScope, snapshotBoardAsync } from './read-live-board'

/**
 * Reads the live board into a journey: a snapshot through the Plugin API, then readBoard. Changes
 * nothing on the board.
 * @returns the journey and the warnings, or a problem when there is nothing to read.
 */
export async function readBoardAsync(api: PluginAPI, scope: SnapshotScope, options: ReadBoardOptions = {}): Promise<Result<BoardReading>> {
  const snapshot = await snapshotBoardAsync(api, scope)
  if (!snapshot.ok) return snapshot
  return { ok: true, value: readBoard(snapshot.value, options) }
}
