import { en } from '../../src/i18n/catalogues/en'
import type { Catalogue } from '../../src/i18n'
import { withLeaves } from '../../src/packing/leaf-values'

/**
 * When packed words are unpacked: the panel's own words when the panel first speaks their language;
 * the words journeys are written in (board words, CSV header) as the panel opens, before it shows
 * any journey, since the pure core reads them in any language (a CSV header in any language is read).
 */
export type UnpackedWhen = 'first-use' | 'start'

interface Packed {
  language: string
  /** The English words of the same parts: the shape every language fills. */
  shapes: readonly unknown[]
  /** The texts that differ from the English words (see src/packing/leaf-values.ts) as JSON, compressed (raw DEFLATE) and in base64. */
  base64: string
  when: UnpackedWhen
  /** What the catalogues hold in their place, one per part: filled when they are unpacked. */
  targets: Record<string, unknown>[]
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
export function packedWords<Parts extends readonly object[]>(language: string, shapes: Parts, base64: string, when: UnpackedWhen): Parts {
  const packed: Packed = { language: language.toLowerCase(), shapes, base64, when, targets: shapes.map(() => ({})), ready: false }
  PACKED.push(packed)
  const stillPacked = (): never => {
    throw new Error(`${language} words were read before they were unpacked`)
  }
  return packed.targets.map(
    (target) =>
      new Proxy(target, {
        get: (words, key, receiver) => (packed.ready ? Reflect.get(words, key, receiver) : stillPacked()),
        has: (words, key) => (packed.ready ? Reflect.has(words, key) : stillPacked()),
        ownKeys: (words) => (packed.ready ? Reflect.ownKeys(words) : stillPacked())
      })
  ) as unknown as Parts
}

/**
 * The panel words of a language other than English, unpacked when the panel first speaks it; other
 * words the panel shows in its language (the problem words) are packed the same way, in the shape
 * of their English words.
 */
export function packedPanelWords(language: string, base64: string): Catalogue['panel']
export function packedPanelWords<Words extends object>(language: string, base64: string, shape: Words): Words
export function packedPanelWords(language: string, base64: string, shape: object = en.panel): object {
  return packedWords(language, [shape] as const, base64, 'first-use')[0]
}

/** Whether the panel can speak a language now: its words were never packed, or are unpacked. */
export function panelWordsReady(language: string): boolean {
  return PACKED.every((packed) => packed.language !== language.toLowerCase() || packed.ready)
}

/** Unpacks a language's words (once each; at once when none were packed). */
export async function unpackPanelWordsAsync(language: string): Promise<void> {
  await Promise.all(PACKED.filter((packed) => packed.language === language.toLowerCase()).map(unpackAsync))
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
 * cannot be unpacked are not waited for again: the English words stand in for them, so journeys in
 * their language still show, and the failure is kept for the panel to tell (startWordsFailures).
 */
export async function unpackStartWordsAsync(): Promise<void> {
  await Promise.all(
    PACKED.filter((packed) => packed.when === 'start').map((packed) =>
      unpackAsync(packed).catch(() => {
        if (packed.ready) return
        packed.targets.forEach((target, index) => Object.assign(target, packed.shapes[index]))
        packed.ready = true
        START_FAILURES.push({ language: packed.language, error: packed.failure ?? '' })
      })
    )
  )
}

/** The languages whose start words could not be unpacked (English words stand in for them), and why. */
export function startWordsFailures(): readonly UnpackFailure[] {
  return START_FAILURES
}

function unpackAsync(packed: Packed): Promise<void> {
  packed.unpacked ??= inflateTextAsync(packed.base64)
    .then((json) => {
      const parts = withLeaves(packed.shapes, JSON.parse(json) as unknown[]) as Record<string, unknown>[]
      packed.targets.forEach((target, index) => Object.assign(target, parts[index]))
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

/** Text from base64 raw DEFLATE, with the browser's own decompressor (no inflate code in the panel). */
async function inflateTextAsync(base64: string): Promise<string> {
  const binary = atob(base64)
  // A plain loop: Uint8Array.from with a function per character took milliseconds as the panel opened.
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))
  return new Response(stream).text()
}
