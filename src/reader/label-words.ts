/**
 * Labels as words, for matching keywords in English and Danish: lower case, split on anything that
 * is not a letter or digit, so "Pains / barriers" gives ["pains", "barriers"].
 */
export function labelWords(label: string): string[] {
  return label
    .toLowerCase()
    .split(/[^a-z0-9\u00c0-\u024f]+/)
    .filter((word) => word !== '')
}

/**
 * Whether the words contain a phrase written as stems: "customer action" matches "Customer actions"
 * (each word starts with its stem, in a row); a stem ending in "$" must be the whole word ("it$").
 */
export function hasPhrase(words: readonly string[], phrase: string): boolean {
  const stems = phrase.split(' ')
  for (let i = 0; i + stems.length <= words.length; i += 1) {
    if (stems.every((stem, k) => matchesStem(words[i + k] ?? '', stem))) return true
  }
  return false
}

function matchesStem(word: string, stem: string): boolean {
  return stem.endsWith('$') ? word === stem.slice(0, -1) : word.startsWith(stem)
}
