import type { ChangeSource, Conflict, KeptRemoval, Resolution, SyncSubject } from './change-set'

interface SourceEntry {
  source: ChangeSource
  conflictId?: string
}

/**
 * What a merge decides besides the merged values: the conflicts, the kept removals, and where each
 * value that differs from the board came from (the data unless recorded otherwise), so the change
 * set can say why the board changes.
 */
export class MergeLog {
  readonly conflicts: Conflict[] = []
  readonly keptRemovals: KeptRemoval[] = []
  private readonly sources = new Map<string, SourceEntry>()

  constructor(private readonly resolutions: Readonly<Record<string, Resolution>>) {}

  resolutionOf(id: string): Resolution | undefined {
    return this.resolutions[id]
  }

  /** Records where an entity (no field) or one of its fields got its merged value. */
  setSource(subject: SyncSubject, id: string, field: string | undefined, source: ChangeSource, conflictId?: string): void {
    this.sources.set(sourceKey(subject, id, field), conflictId === undefined ? { source } : { source, conflictId })
  }

  /** The field's source, else the entity's, else the data. */
  sourceOf(subject: SyncSubject, id: string, field?: string): SourceEntry {
    return (field === undefined ? undefined : this.sources.get(sourceKey(subject, id, field))) ?? this.sources.get(sourceKey(subject, id, undefined)) ?? { source: 'data' }
  }
}

/** A change, conflict or kept-removal id: `item:plan-1`, `journey:title`. */
export function changeId(subject: SyncSubject, id: string): string {
  return `${subject}:${id}`
}

function sourceKey(subject: SyncSubject, id: string, field: string | undefined): string {
  // Ids never contain spaces, so a space keeps the parts apart.
  return field === undefined ? `${subject} ${id}` : `${subject} ${id} ${field}`
}
