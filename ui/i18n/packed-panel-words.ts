import { en } from '../../src/i18n/catalogues/en'
import type { Catalogue } from '../../src/i18n'
import { base91Bytes } from '../../src/packing/base91-bytes'
import { withLeaves } from '../../src/packing/leaf-values'
import { lazyParts, type WordKeys } from '../../src/packing/packed-words'

/**
 * When packed words are unpacked: the panel's own words when the panel first speaks their language;
 * the words journeys are written in (board words, CSV header) as the panel opens, before it shows
 * any journey, since the pure core reads them in any language (a CSV header in any language is read).
 */
export type UnpackedWhen = 'first-use' | 'start'

interface Packed {
  language: string
  /** The words as JSON (see src/packing/leaf-values.ts), compressed (raw DEFLATE) and in basE91. */
  packed: string
  when: UnpackedWhen
  /** Puts the unpacked JSON's words where the catalogues read them, or throws when they do not fit. */
  fill: (json: string) => void
  /** Puts words in place of words that could not be unpacked (words needed from the start). */
  standIn: () => void
  unpacked?: Promise<void>
  ready: boolean
  /** Why the words could not be unpacked, the last time they were tried. */
  failure?: string
}

const PACKED: Packed[] = []

/** Words that could not be unpacked: their language's code and why. */
export interface UnpackFailure {
  language: string
  error: string
}

const START_FAILURES: UnpackFailure[] = []

/**
 * Words of a language other than English, as the panel's build ships them: one or more parts
 * (a module's exports) compressed together, to be unpacked (see scripts/pack-panel-words.mjs).
 * The catalogues hold the objects returned here; reading one before it is unpacked is a bug, and
 * says so instead of reading undefined.
 */
export function packedWords<Parts extends readonly object[]>(language: string, shapes: Parts, packed: string, when: UnpackedWhen): Parts {
  const targets = shapes.map(() => ({}))
  const entry: Packed = {
    language: language.toLowerCase(),
    packed,
    when,
    fill: (json) => {
      const parts = withLeaves(shapes, JSON.parse(json) as unknown[]) as Record<string, unknown>[]
      targets.forEach((target, index) => Object.assign(target, parts[index]))
    },
    // The English words stand in for those of another language.
    standIn: () => targets.forEach((target, index) => Object.assign(target, shapes[index])),
    ready: false
  }
  PACKED.push(entry)
  const stillPacked = (): never => {
    throw new Error(`${language} words were read before they were unpacked`)
  }
  return targets.map(
    (target) =>
      new Proxy(target, {
        get: (words, key, receiver) => (entry.ready ? Reflect.get(words, key, receiver) : stillPacked()),
        has: (words, key) => (entry.ready ? Reflect.has(words, key) : stillPacked()),
        ownKeys: (words) => (entry.ready ? Reflect.ownKeys(words) : stillPacked())
      })
  ) as unknown as Parts
}

/**
 * English words the panel's build ships packed whole (the problem words; see
 * scripts/pack-panel-words.mjs), with the same runtime shape as the sandbox's (src/packing/packed-words.ts):
 * each part has its keys at once, and so has each object `keys` lists the keys of (the problem
 * codes' schema lists them as the panel loads), but its words only once unpacked. They are unpacked
 * before the panel first draws, with every language's panel words, whose problem words are read
 * against them. Should they fail, their keys stand in for their words (a problem then reads as its
 * code) and the panel says so.
 */
export function packedEnglishWords(keys: readonly WordKeys[], packed: string): Record<string, unknown>[] {
  let json: string | undefined
  const { parts, unpackNow } = lazyParts('en words', keys, () => {
    if (json === undefined) throw new Error('en words were read before they were unpacked')
    return JSON.parse(json) as unknown
  })
  const keysAsWords = (shape: WordKeys): Record<string, unknown> => Object.fromEntries(Object.entries(shape).map(([key, inner]) => [key, inner === 0 ? key : keysAsWords(inner)]))
  const fill = (text: string): void => {
    json = text
    unpackNow()
  }
  PACKED.push({ language: 'en', packed, when: 'start', fill, standIn: () => fill(JSON.stringify(keys.map(keysAsWords))), ready: false })
  return parts
}

/**
 * The panel words of a language other than English, unpacked when the panel first speaks it; other
 * words the panel shows in its language (the problem words) are packed the same way, in the shape
 * of their English words.
 */
export function packedPanelWords(language: string, packed: string): Catalogue['panel']
export function packedPanelWords<Words extends object>(language: string, packed: string, shape: Words): Words
export function packedPanelWords(language: string, packed: string, shape: object = en.panel): object {
  return packedWords(language, [shape] as const, packed, 'first-use')[0]
}

/** Whether the panel can speak a language now: its words were never packed, or are unpacked (the English words packed too). */
export function panelWordsReady(language: string): boolean {
  return PACKED.every((packed) => (packed.language !== language.toLowerCase() && packed.language !== 'en') || packed.ready)
}

/** Unpacks a language's words (once each; at once when none were packed), after the English words packed (their shape). */
export async function unpackPanelWordsAsync(language: string): Promise<void> {
  await unpackEnglishAsync()
  const wanted = language.toLowerCase()
  if (wanted !== 'en') await Promise.all(PACKED.filter((packed) => packed.language === wanted).map(unpackAsync))
}

/** Why a language's words could not be unpacked the last time they were tried; undefined when they could. */
export function unpackFailureOf(language: string): string | undefined {
  return PACKED.find((packed) => packed.language === language.toLowerCase() && !packed.ready && packed.failure !== undefined)?.failure
}

/** Whether the words every language needs from the start are unpacked (or were never packed). */
export function startWordsReady(): boolean {
  return PACKED.every((packed) => packed.when !== 'start' || packed.ready)
}

/**
 * Unpacks the words every language needs from the start (the build's `start` words). Words that
 * cannot be unpacked are not waited for again: other words stand in for them (for another
 * language's, the English words, so journeys in their language still show), and the failure is
 * kept for the panel to tell (startWordsFailures).
 */
export async function unpackStartWordsAsync(): Promise<void> {
  // All at once, the English words packed among them: the other languages' start words are packed
  // against English words the bundle holds as code (their board words' twins), not against the
  // English words packed, so their decompressions overlap rather than wait on one another.
  await Promise.all(PACKED.filter((packed) => packed.when === 'start').map(unpackOrStandInAsync))
}

/** The languages whose start words could not be unpacked (other words stand in for them), and why. */
export function startWordsFailures(): readonly UnpackFailure[] {
  return START_FAILURES
}

/** The English words packed: the shape of every other language's, so unpacked before them. */
async function unpackEnglishAsync(): Promise<void> {
  await Promise.all(PACKED.filter((packed) => packed.language === 'en').map(unpackOrStandInAsync))
}

async function unpackOrStandInAsync(packed: Packed): Promise<void> {
  if (packed.ready) return
  await unpackAsync(packed).catch(() => {
    if (packed.ready) return
    packed.standIn()
    packed.ready = true
    START_FAILURES.push({ language: packed.language, error: packed.failure ?? '' })
  })
}

function unpackAsync(packed: Packed): Promise<void> {
  packed.unpacked ??= inflateTextAsync(packed.packed)
    .then((json) => {
      packed.fill(json)
      packed.ready = true
    })
    .catch((error: unknown) => {
      // A failure anywhere (decompressing, JSON, the words' shape) is not kept: the next time the
      // language is chosen, unpacking is tried again.
      packed.unpacked = undefined
      packed.failure = error instanceof Error ? error.message : String(error)
      throw new Error(`the ${packed.language} words could not be unpacked: ${packed.failure}`)
    })
  return packed.unpacked
}

/** Text from basE91 raw DEFLATE, with the browser's own decompressor (no inflate code in the panel). */
async function inflateTextAsync(packed: string): Promise<string> {
  const stream = new Blob([base91Bytes(packed)]).stream().pipeThrough(new DecompressionStream('deflate-raw'))
  return new Response(stream).text()
}
