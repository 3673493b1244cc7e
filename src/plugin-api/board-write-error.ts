/**
 * Drawing a board failed part-way and everything drawn so far was removed again. Names the plan
 * node that was being written and keeps the original error as `cause`.
 */
export class BoardWriteError extends Error {
  readonly planKey: string | undefined
  readonly cause: unknown

  constructor(message: string, options: { planKey?: string; cause: unknown }) {
    super(message)
    this.name = 'BoardWriteError'
    this.planKey = options.planKey
    this.cause = options.cause
  }
}
