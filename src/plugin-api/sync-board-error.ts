import type { Problem } from '../model'

/**
 * Updating a board failed part-way. Unless `restored` is false, every change made so far was
 * undone and the board is as it was. Keeps the original error as `cause`, and what went wrong as
 * a problem with a code, which the panel words in its language (the message is its English).
 */
export class BoardSyncError extends Error {
  readonly restored: boolean
  readonly cause: unknown
  readonly problem: Problem

  constructor(problem: Problem, options: { restored: boolean; cause: unknown }) {
    super(problem.message.charAt(0).toUpperCase() + problem.message.slice(1))
    this.name = 'BoardSyncError'
    this.problem = problem
    this.restored = options.restored
    this.cause = options.cause
  }
}
