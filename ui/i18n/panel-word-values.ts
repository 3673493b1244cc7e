/** Plural forms differ by language (Russian has four, Chinese one), so a counted text travels whole. */
const PLURAL_CATEGORIES: ReadonlySet<string> = new Set(['zero', 'one', 'two', 'few', 'many', 'other'])

function isWords(shape: unknown): shape is Readonly<Record<string, unknown>> {
  return shape !== null && typeof shape === 'object' && !Array.isArray(shape) && !Object.keys(shape).every((key) => PLURAL_CATEGORIES.has(key))
}

/**
 * A language's words without their keys: its texts (and counted texts) in the order of the
 * English words, which give the shape every language fills. The keys, the same in every language,
 * were a third of each packed language.
 */
export function panelWordValues(shape: unknown, words: unknown): unknown[] {
  if (!isWords(shape)) return [words]
  const inLanguage = words as Readonly<Record<string, unknown>>
  return Object.keys(shape).flatMap((key) => panelWordValues(shape[key], inLanguage[key]))
}

/** The words again from their values, in the shape of the English words. */
export function panelWordsFromValues(shape: unknown, values: readonly unknown[]): unknown {
  let next = 0
  const rebuild = (part: unknown): unknown => (isWords(part) ? Object.fromEntries(Object.keys(part).map((key) => [key, rebuild(part[key])])) : values[next++])
  const words = rebuild(shape)
  if (next !== values.length) throw new Error(`packed words hold ${values.length} texts, the English words ${next}`)
  return words
}
