import { withLeaves } from './leaf-values'
import { unpackText } from './unpack-text'

/** What a template is besides its journeys: its id and locales, the default first (and its gallery text and sketch). */
interface TemplateAbout {
  id: string
  locales: readonly string[]
}

/**
 * A template as the sandbox's build packs it (see scripts/pack-sandbox-content.mjs): its journeys
 * travel as data, not as the code that builds them. The default locale's journey is packed whole (JSON, raw
 * DEFLATE, basE91); each other locale's as the texts that differ from it (an array of differing
 * leaves, see leaf-values.ts), or whole (an object) where its shape is not the default's. A
 * locale's pack is unpacked the first time that locale is asked for (the sandbox sends the default
 * and remembered locales first, the rest after), and every call gives a new journey, as the
 * template's own code does. Every template but the blank map is packed with the blank map's default
 * journey as DEFLATE's preset dictionary (`dictionary`, that journey's pack): the keys and values
 * every journey repeats are then there before its first byte.
 */
export function packedJourneys<About extends TemplateAbout>(about: About, packs: Readonly<Record<string, string>>, dictionary?: string): About & { journey(locale: string): unknown } {
  const texts = new Map<string, string>()
  // The JSON, kept as text and parsed at every call: a new journey each time.
  const unpacked = (locale: string): unknown => {
    if (!Object.prototype.hasOwnProperty.call(packs, locale)) {
      throw new Error(`template "${about.id}" is written in ${about.locales.join(', ')}, not "${locale}"`)
    }
    const text = texts.get(locale)
    if (text !== undefined) return JSON.parse(text)
    let unpackedText: string
    let first: unknown
    try {
      unpackedText = unpackText(packs[locale]!, dictionary)
      first = JSON.parse(unpackedText)
    } catch (error) {
      throw new Error(`template "${about.id}" in "${locale}" could not be unpacked: ${error instanceof Error ? error.message : String(error)}`)
    }
    texts.set(locale, unpackedText)
    // The parse that checked the text is this call's new journey: no second parse of the same text.
    return first
  }
  return {
    ...about,
    journey(locale: string) {
      const packed = unpacked(locale)
      return Array.isArray(packed) ? withLeaves(unpacked(about.locales[0]!), packed) : packed
    }
  }
}
