import type { ReadWarning } from './board-reading'

/** Collects warnings in the order they arise, each distinct one once. */
export class WarningLog {
  private readonly entries: ReadWarning[] = []
  private readonly seen = new Set<string>()

  add(nodeId: string | null, message: string): void {
    const key = `${nodeId ?? ''}\u0000${message}`
    if (this.seen.has(key)) return
    this.seen.add(key)
    this.entries.push({ nodeId, message })
  }

  list(): ReadWarning[] {
    return this.entries.map((entry) => ({ ...entry }))
  }
}
