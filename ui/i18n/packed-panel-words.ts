import { en } from '../../src/i18n/catalogues/en'
import type { Catalogue } from '../../src/i18n'
import { panelWordsFromValues } from './panel-word-values'

type PanelWords = Catalogue['panel']

interface Packed {
  /** The words' values (see panelWordValues) as JSON, compressed (raw DEFLATE) and in base64. */
  base64: string
  /** The English words, whose shape the values fill. */
  shape: unknown
  /** What the catalogue holds in their place: filled when they are unpacked. */
  words: Record<string, unknown>
  ready: boolean
}

/** The packs of each language whose words the build packed (the panel words, the problem words), by lower-case tag. */
const PACKED = new Map<string, Packed[]>()
/** Each language's unpacking, once started. */
const UNPACKING = new Map<string, Promise<void>>()

/**
 * The panel words of a language other than English, as the panel's build ships them: compressed,
 * to be unpacked when the panel first speaks the language (see scripts/pack-panel-words.mjs). The
 * catalogue holds the object returned here; reading it before `unpackPanelWordsAsync` is a bug,
 * and says so instead of reading undefined. Other words the panel shows in its language (the
 * problem words) are packed the same way, in the shape of their English words.
 */
export function packedPanelWords(language: string, base64: string): PanelWords
export function packedPanelWords<Words extends object>(language: string, base64: string, shape: Words): Words
export function packedPanelWords(language: string, base64: string, shape: object = en.panel): object {
  const packed: Packed = { base64, shape, words: {}, ready: false }
  PACKED.set(language.toLowerCase(), [...(PACKED.get(language.toLowerCase()) ?? []), packed])
  const stillPacked = (): never => {
    throw new Error(`the ${language} panel words were read before they were unpacked`)
  }
  return new Proxy(packed.words, {
    get: (words, key, receiver) => (packed.ready ? Reflect.get(words, key, receiver) : stillPacked()),
    has: (words, key) => (packed.ready ? Reflect.has(words, key) : stillPacked()),
    ownKeys: (words) => (packed.ready ? Reflect.ownKeys(words) : stillPacked())
  })
}

/** Whether the panel can speak a language now: its words were never packed, or are unpacked. */
export function panelWordsReady(language: string): boolean {
  return (PACKED.get(language.toLowerCase()) ?? []).every((packed) => packed.ready)
}

/** Unpacks a language's panel words, every pack of them (once; at once when they were never packed). */
export function unpackPanelWordsAsync(language: string): Promise<void> {
  const tag = language.toLowerCase()
  const packs = PACKED.get(tag)
  if (packs === undefined) return Promise.resolve()
  let unpacking = UNPACKING.get(tag)
  if (unpacking === undefined) {
    unpacking = Promise.all(packs.map(unpackAsync)).then(() => undefined)
    UNPACKING.set(tag, unpacking)
  }
  return unpacking
}

async function unpackAsync(packed: Packed): Promise<void> {
  const json = await inflateTextAsync(packed.base64)
  Object.assign(packed.words, panelWordsFromValues(packed.shape, JSON.parse(json) as unknown[]))
  packed.ready = true
}

/** Text from base64 raw DEFLATE, with the browser's own decompressor (no inflate code in the panel). */
async function inflateTextAsync(base64: string): Promise<string> {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))
  return new Response(stream).text()
}
