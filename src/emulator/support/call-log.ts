/** A call (or property write) to make fail: the `nth` (1-based) call named `name`. */
export interface FailureRule {
  name: string
  nth: number
}

/**
 * Counts every call and property write the plugin makes, by name, and throws on the one call a test
 * asked to fail. The failure counter is separate from `calls` so resetting the counters never moves
 * the armed failure.
 */
export class CallLog {
  readonly calls = new Map<string, number>()
  private failure: { rule: FailureRule; seen: number } | undefined

  constructor(rule?: FailureRule) {
    this.arm(rule)
  }

  /** Arms a failure counted from now on (or disarms with `undefined`). */
  arm(rule: FailureRule | undefined): void {
    if (rule !== undefined && (!Number.isInteger(rule.nth) || rule.nth < 1)) {
      throw new RangeError(`failOnCall.nth must be a whole number from 1, got ${rule.nth}`)
    }
    this.failure = rule === undefined ? undefined : { rule: { ...rule }, seen: 0 }
  }

  /** Counts a call; throws if it is the armed one. */
  record(name: string): void {
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1)
    const failure = this.failure
    if (failure === undefined || failure.rule.name !== name) return
    failure.seen += 1
    if (failure.seen === failure.rule.nth) {
      throw new Error(`Emulated failure: call ${failure.seen} of ${name} (failOnCall)`)
    }
  }

  total(): number {
    let sum = 0
    for (const count of this.calls.values()) sum += count
    return sum
  }

  reset(): void {
    this.calls.clear()
  }
}
