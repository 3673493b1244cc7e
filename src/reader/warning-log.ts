import type { ReadWarning, ReadWarningKind } from './board-reading'

/** Collects warnings in the order they arise, each distinct one once. */
export class WarningLog {
  private readonly entries: ReadWarning[] = []
  private readonly seen = new Set<string>()

  add(nodeId: string | null, message: string, kind?: ReadWarningKind): void {
    const key = `${nodeId ?? ''}\u0000${message}`
    if (this.seen.has(key)) return
    this.seen.add(key)
    this.entries.push(kind === undefined ? { nodeId, message } : { nodeId, message, kind })
  }

  /** A node left out of the journey, and why. */
  notRead(nodeId: string, message: string): void {
    this.add(nodeId, message, 'not-read')
  }

  /** Takes in what another log collected (a reading tried on its own log and kept), kinds and all. */
  addAll(other: WarningLog): void {
    for (const warning of other.entries) this.add(warning.nodeId, warning.message, warning.kind)
  }

  list(): ReadWarning[] {
    return this.entries.map((entry) => ({ ...entry }))
  }
}
