/**
 * Updating a board failed part-way. Unless `restored` is false, every change made so far was
 * undone and the board is as it was. Keeps the original error as `cause`.
 */
export class BoardSyncError extends Error {
  readonly restored: boolean
  readonly cause: unknown

  constructor(message: string, options: { restored: boolean; cause: unknown }) {
    super(message)
    this.name = 'BoardSyncError'
    this.restored = options.restored
    this.cause = options.cause
  }
}
