import { en } from '../../src/i18n/catalogues/en'
import type { Catalogue } from '../../src/i18n'
import { panelWordsFromValues } from './panel-word-values'

type PanelWords = Catalogue['panel']

interface Packed {
  /** The words' values (see panelWordValues) as JSON, compressed (raw DEFLATE) and in base64. */
  base64: string
  /** What the catalogue holds in their place: filled when they are unpacked. */
  words: Record<string, unknown>
  unpacked?: Promise<void>
  ready: boolean
}

/** Languages whose panel words the build packed, by lower-case tag. */
const PACKED = new Map<string, Packed>()

/**
 * The panel words of a language other than English, as the panel's build ships them: compressed,
 * to be unpacked when the panel first speaks the language (see scripts/pack-panel-words.mjs). The
 * catalogue holds the object returned here; reading it before `unpackPanelWordsAsync` is a bug,
 * and says so instead of reading undefined.
 */
export function packedPanelWords(language: string, base64: string): PanelWords {
  const packed: Packed = { base64, words: {}, ready: false }
  PACKED.set(language.toLowerCase(), packed)
  const stillPacked = (): never => {
    throw new Error(`the ${language} panel words were read before they were unpacked`)
  }
  return new Proxy(packed.words, {
    get: (words, key, receiver) => (packed.ready ? Reflect.get(words, key, receiver) : stillPacked()),
    has: (words, key) => (packed.ready ? Reflect.has(words, key) : stillPacked()),
    ownKeys: (words) => (packed.ready ? Reflect.ownKeys(words) : stillPacked())
  }) as unknown as PanelWords
}

/** Whether the panel can speak a language now: its words were never packed, or are unpacked. */
export function panelWordsReady(language: string): boolean {
  return PACKED.get(language.toLowerCase())?.ready ?? true
}

/** Unpacks a language's panel words (once; at once when they were never packed). */
export function unpackPanelWordsAsync(language: string): Promise<void> {
  const packed = PACKED.get(language.toLowerCase())
  if (packed === undefined) return Promise.resolve()
  packed.unpacked ??= inflateTextAsync(packed.base64).then((json) => {
    Object.assign(packed.words, panelWordsFromValues(en.panel, JSON.parse(json) as unknown[]))
    packed.ready = true
  })
  return packed.unpacked
}

/** Text from base64 raw DEFLATE, with the browser's own decompressor (no inflate code in the panel). */
async function inflateTextAsync(base64: string): Promise<string> {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))
  return new Response(stream).text()
}
