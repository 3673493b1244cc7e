/** A call (or property write) to make fail: the `nth` (1-based) call named `name`. */
export interface FailureRule {
  name: string
  nth: number
}

/** How plugin code crossed into FigJam: a method call, a property write or a property read. */
export type CrossingKind = 'call' | 'write' | 'read'

/** Crossings by kind, each by name ('createSticky', 'x', 'text.characters', 'getSharedPluginData', ...). */
export interface ApiTraffic {
  calls: Map<string, number>
  writes: Map<string, number>
  reads: Map<string, number>
}

/**
 * Counts every call, property write and property read the plugin makes, by name, and throws on the
 * one call or write a test asked to fail. `calls` holds calls and writes together (what changes or
 * asks FigJam to act); `traffic` keeps the three kinds apart. The failure counter is separate from
 * the counts so resetting them never moves the armed failure.
 */
export class CallLog {
  readonly calls = new Map<string, number>()
  readonly traffic: ApiTraffic = { calls: new Map(), writes: new Map(), reads: new Map() }
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

  /** Counts a call or a write; throws if it is the armed one. */
  record(name: string, kind: Exclude<CrossingKind, 'read'> = 'call'): void {
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1)
    bump(kind === 'call' ? this.traffic.calls : this.traffic.writes, name)
    const failure = this.failure
    if (failure === undefined || failure.rule.name !== name) return
    failure.seen += 1
    if (failure.seen === failure.rule.nth) {
      throw new Error(`Emulated failure: call ${failure.seen} of ${name} (failOnCall)`)
    }
  }

  /** Counts a property read. Reads never fail on purpose: a rollback test arms calls and writes. */
  recordRead(name: string): void {
    bump(this.traffic.reads, name)
  }

  total(): number {
    let sum = 0
    for (const count of this.calls.values()) sum += count
    return sum
  }

  reset(): void {
    this.calls.clear()
    this.traffic.calls.clear()
    this.traffic.writes.clear()
    this.traffic.reads.clear()
  }
}

function bump(counts: Map<string, number>, name: string): void {
  counts.set(name, (counts.get(name) ?? 0) + 1)
}
