import { withLeaves } from './leaf-values'
import { unpackText } from './unpack-text'

/**
 * Words of a language other than English as the sandbox's build ships them (see
 * scripts/pack-sandbox-content.mjs): one or more parts (a module's exports), their texts that differ
 * from the English parts' packed together. Each part returned stands for its words: it has the
 * English part's keys, and reading any of them unpacks the pack there and then (the sandbox can
 * unpack without waiting, so the words are never read before they are unpacked), once; a pack that
 * does not unpack throws, naming the language, at every read, never giving undefined.
 */
export function packedWords<Parts extends readonly object[]>(language: string, shapes: Parts, packed: string): Parts {
  const keys = shapes.map((shape) => Object.fromEntries(Object.keys(shape).map((key) => [key, 0 as const])))
  return lazyParts(`${language} words`, keys, () => withLeaves(shapes, JSON.parse(unpackText(packed)) as unknown[])).parts as unknown as Parts
}

/**
 * Which keys a part of the words has, as the build keeps them in code: a key's words, or (an
 * object) the keys of the object under it, which then has its keys at once too.
 */
export interface WordKeys {
  readonly [key: string]: WordKeys | 0
}

/**
 * English words as the sandbox's build ships them: one or more parts (a module's exports) packed
 * whole, as JSON. Each part, and each object under it that `keys` lists the keys of, has its keys
 * at once, so code that only lists them (a schema of the problem codes) unpacks nothing; the first
 * read of any words unpacks them all, as packedWords.
 */
export function packedEnglishWords(keys: readonly WordKeys[], packed: string): Record<string, unknown>[] {
  return lazyParts('en words', keys, () => JSON.parse(unpackText(packed))).parts
}

/**
 * Other data the sandbox's build ships packed whole, as JSON (the phrases lane labels are read by,
 * src/formats/lane-kind-phrases.ts), as packedEnglishWords ships the English words: unpacked at the
 * first read of any key.
 */
export function packedData(keys: readonly WordKeys[], packed: string): Record<string, unknown>[] {
  return lazyParts('packed data', keys, () => JSON.parse(unpackText(packed))).parts
}

/**
 * Parts with these keys whose values `unpack` gives, all parts at once, on the first read of any
 * key, or when `unpackNow` is called (the panel, which unpacks ahead, so a pack that does not fit
 * fails then, not at a later read).
 */
export function lazyParts(what: string, keys: readonly WordKeys[], unpack: () => unknown): { parts: Record<string, unknown>[]; unpackNow: () => void } {
  const lazy = (shape: WordKeys): Record<string, unknown> => {
    const target: Record<string, unknown> = {}
    for (const key of Object.keys(shape)) {
      const inner = shape[key]!
      Object.defineProperty(target, key, {
        enumerable: true,
        configurable: true,
        // An object whose keys are listed stands for its words too, without unpacking them.
        get: inner === 0 ? () => (unpackAll(), target[key]) : (() => {
          const object = lazy(inner)
          return () => object
        })()
      })
    }
    return target
  }
  const sameKeys = (shape: WordKeys, words: unknown): boolean =>
    words !== null &&
    typeof words === 'object' &&
    [...Object.keys(words)].sort().join('\u0000') === Object.keys(shape).sort().join('\u0000') &&
    Object.keys(shape).every((key) => shape[key] === 0 || sameKeys(shape[key] as WordKeys, (words as Record<string, unknown>)[key]))
  // Plain data from then on, as the words were as code; an object whose keys were listed stays the object handed out.
  const fill = (target: Record<string, unknown>, shape: WordKeys, words: Record<string, unknown>): void => {
    for (const key of Object.keys(shape)) {
      const inner = shape[key]!
      const value = inner === 0 ? words[key] : target[key]
      if (inner !== 0) fill(value as Record<string, unknown>, inner, words[key] as Record<string, unknown>)
      Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
    }
  }
  const targets = keys.map(lazy)
  const unpackAll = (): void => {
    let parts: unknown
    try {
      parts = unpack()
      // Every key has its words (else a key's read would unpack again), and no more.
      if (!Array.isArray(parts) || parts.length !== keys.length || !parts.every((words, index) => sameKeys(keys[index]!, words))) {
        throw new Error('its parts do not have the keys they stand for')
      }
    } catch (error) {
      throw new Error(`the ${what} could not be unpacked: ${error instanceof Error ? error.message : String(error)}`)
    }
    targets.forEach((target, index) => fill(target, keys[index]!, (parts as Record<string, unknown>[])[index]!))
  }
  return { parts: targets, unpackNow: unpackAll }
}
