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
export function packedWords<Parts extends readonly object[]>(language: string, shapes: Parts, base64: string): Parts {
  const targets = shapes.map(() => ({}) as Record<string, unknown>)
  const unpack = (): void => {
    let parts: unknown
    try {
      parts = withLeaves(shapes, JSON.parse(unpackText(base64)) as unknown[])
    } catch (error) {
      throw new Error(`the ${language} words could not be unpacked: ${error instanceof Error ? error.message : String(error)}`)
    }
    targets.forEach((target, index) => {
      const words = (parts as Record<string, unknown>[])[index]!
      // Plain data from then on, as the words were as code.
      for (const key of Object.keys(words)) Object.defineProperty(target, key, { value: words[key], enumerable: true, writable: true, configurable: true })
    })
  }
  targets.forEach((target, index) => {
    for (const key of Object.keys(shapes[index]!)) {
      Object.defineProperty(target, key, {
        enumerable: true,
        configurable: true,
        get: () => {
          unpack()
          return target[key]
        }
      })
    }
  })
  return targets as unknown as Parts
}
