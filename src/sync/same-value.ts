import type { JsonValue } from './change-set'

/**
 * Whether two journey values are the same: deep, for plain JSON-like data (what the journey model
 * holds). An absent value and `undefined` are the same, so an item without a score equals one whose
 * score is undefined; object key order does not matter, array order does.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // NaN never occurs in a valid journey; -0 and 0 are the same score.
    return false
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((value, index) => sameValue(value, b[index]))
  }
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = new Set([...Object.keys(left), ...Object.keys(right)])
  for (const key of keys) {
    if (!sameValue(left[key], right[key])) return false
  }
  return true
}

/** A journey value as JSON: absent becomes null, so it can travel in a change set. */
export function jsonValue(value: unknown): JsonValue {
  if (value === undefined) return null
  return JSON.parse(JSON.stringify(value)) as JsonValue
}
