import type { Problem } from '../model'

/**
 * Drawing a board failed part-way and everything drawn so far was removed again. Names the plan
 * node that was being written and keeps the original error as `cause`. The message is in the
 * language the user read when it failed (FigJam's notification); `problem` says the same by a code,
 * for the panel to word in whatever language it speaks when it shows it.
 */
export class BoardWriteError extends Error {
  readonly planKey: string | undefined
  readonly cause: unknown
  readonly problem: Problem | undefined

  constructor(message: string, options: { planKey?: string; cause: unknown; problem?: Problem }) {
    super(message)
    this.name = 'BoardWriteError'
    this.planKey = options.planKey
    this.cause = options.cause
    this.problem = options.problem
  }
}
