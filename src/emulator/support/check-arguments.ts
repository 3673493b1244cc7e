import { invalidArgumentError } from './plugin-errors'

/**
 * Argument checks for values plugin code hands the emulated API. Figma validates every write; these
 * throw a TypeError naming the property, so a wrong value fails where it is written.
 */

export function checkNumber(where: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidArgumentError(where, 'a finite number', value)
  return value
}

export function checkNumberAtLeast(where: string, value: unknown, min: number): number {
  const n = checkNumber(where, value)
  if (n < min) throw invalidArgumentError(where, `a number >= ${min}`, value)
  return n
}

export function checkBoolean(where: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw invalidArgumentError(where, 'true or false', value)
  return value
}

export function checkString(where: string, value: unknown): string {
  if (typeof value !== 'string') throw invalidArgumentError(where, 'a string', value)
  return value
}

export function checkOneOf<T extends string>(where: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw invalidArgumentError(where, `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`, value)
  }
  return value as T
}

export function checkObject(where: string, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalidArgumentError(where, 'an object', value)
  return value as Record<string, unknown>
}

/** Rejects keys the Plugin API does not accept, as Figma does ("Unrecognized key(s) in object": [G] figma-use gotchas.md, a paint colour's `a`). */
export function checkKnownKeys(where: string, value: Record<string, unknown>, known: readonly string[]): void {
  const unknown = Object.keys(value).filter((key) => !known.includes(key))
  if (unknown.length > 0) {
    throw new TypeError(`${where}: Unrecognized key(s) in object: ${unknown.map((k) => `'${k}'`).join(', ')}`)
  }
}
