import type { ChangeSet, Resolution, Resolutions } from './change-set'

/** The same choice for every conflict of a change set (what the CLI's `--resolve` gives). */
export function resolveAll(changeSet: ChangeSet, choice: Resolution): Resolutions {
  return Object.fromEntries(changeSet.conflicts.map((conflict) => [conflict.id, choice]))
}
