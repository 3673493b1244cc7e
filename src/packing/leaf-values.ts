import { isPlural } from '../i18n/plural'

type Tree = Readonly<Record<string, unknown>> | readonly unknown[]

/** Objects and arrays are walked, except a counted text: its plural forms differ by language, so it is one leaf. */
function isBranch(value: unknown): value is Tree {
  return value !== null && typeof value === 'object' && !isPlural(value)
}

function keysOf(tree: Tree): string[] {
  return Array.isArray(tree) ? tree.map((_, index) => String(index)) : Object.keys(tree)
}

/** The same keys, in any order: a translation may order its words its own way, and is rebuilt in base's. */
function sameKeys(base: Tree, target: Tree): boolean {
  const keys = keysOf(target)
  return keysOf(base).length === keys.length && keys.every((key) => Object.prototype.hasOwnProperty.call(base, key))
}

/**
 * What `target` holds that `base` does not, leaf by leaf in base's shape: a text where they differ,
 * any other leaf wrapped in an array, and a count for each run of equal leaves.
 * Base and target must have the same shape (the same keys, in any order, arrays of the same
 * lengths), or it throws: words in another language fill the English words' shape, a journey in another language
 * the shape its template's code builds.
 */
export function differingLeaves(base: unknown, target: unknown): unknown[] {
  const values: unknown[] = []
  let run = 0
  const visit = (base: unknown, target: unknown, path: string): void => {
    if (isBranch(base)) {
      if (!isBranch(target) || Array.isArray(base) !== Array.isArray(target) || !sameKeys(base, target)) {
        throw new Error(`${path || 'the whole'}: not the same shape as what it is packed against`)
      }
      for (const key of keysOf(base)) visit((base as Record<string, unknown>)[key], (target as Record<string, unknown>)[key], `${path}/${key}`)
      return
    }
    if (isBranch(target)) throw new Error(`${path || 'the whole'}: not the same shape as what it is packed against`)
    if (JSON.stringify(base) === JSON.stringify(target)) {
      run += 1
      return
    }
    if (run > 0) values.push(run)
    run = 0
    values.push(typeof target === 'string' ? target : [target])
  }
  visit(base, target, '')
  if (run > 0) values.push(run)
  return values
}

/** Base with the leaves that differ put in (see differingLeaves): new objects and arrays, base is left as it is. */
export function withLeaves(base: unknown, values: readonly unknown[]): unknown {
  let next = 0
  let equal = 0
  const rebuild = (base: unknown): unknown => {
    if (isBranch(base)) {
      if (Array.isArray(base)) return base.map(rebuild)
      const words = base as Readonly<Record<string, unknown>>
      const copy: Record<string, unknown> = {}
      for (const key of Object.keys(words)) copy[key] = rebuild(words[key])
      return copy
    }
    if (equal > 0) {
      equal -= 1
      return base
    }
    const value = values[next++]
    if (typeof value === 'number') {
      equal = value - 1
      return base
    }
    if (typeof value === 'string') return value
    if (Array.isArray(value) && value.length === 1) return value[0]
    throw new Error(`packed values end or break at value ${next - 1} of ${values.length}`)
  }
  const rebuilt = rebuild(base)
  if (next !== values.length) throw new Error(`packed values hold ${values.length} entries, their shape takes ${next}`)
  return rebuilt
}
