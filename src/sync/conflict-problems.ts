import { type ModelProblemCode, type Problem, problem } from '../model'
import { shorten } from './change-labels'
import { namedValue } from './change-names'
import type { ChangeNames, Conflict, JsonValue } from './change-set'

/** The codes of the problems a conflict without a resolution is refused with (see conflictProblems). */
export const CONFLICT_PROBLEM_CODES: ReadonlySet<string> = new Set<ModelProblemCode>(['needs-resolution', 'needs-resolution-deleted', 'deleted-but-changed'])

/**
 * A value of a conflict as data every language shows alike: a number as a number (each language
 * writes it in its marks), anything else as the journey file writes it, a text in full and in JSON's
 * quotes, a list or a record cut short. Ids are given as the names people know them by.
 */
function conflictValue(value: JsonValue): string | number {
  if (typeof value === 'number') return value
  const written = JSON.stringify(value)
  return typeof value === 'string' ? written : shorten(written)
}

/**
 * What stops an update while a conflict has no resolution, as data: one problem per field both
 * sides changed, at the conflict's id, naming the field and the board's and the data's values; for
 * something deleted on the board, the data's values. Worded in each language from their codes.
 */
export function conflictProblems(conflict: Conflict, names?: ChangeNames): Problem[] {
  const value = (given: JsonValue, field: string): string | number => conflictValue(namedValue(given, field, conflict.subject, names))
  if (conflict.kind !== 'removed-on-board') {
    return conflict.fields.map(({ field, board, data }) => problem(conflict.id, 'needs-resolution', { field, board: value(board, field), data: value(data, field) }))
  }
  if (conflict.fields.length === 0) return [problem(conflict.id, 'deleted-but-changed')]
  return conflict.fields.map(({ field, data }) => problem(conflict.id, 'needs-resolution-deleted', { field, data: value(data, field) }))
}
