/** Han ideographs and kana: scripts written without spaces between words. */
const UNSPACED = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u

/**
 * Labels as words, for matching keywords in any of the board's languages: lower case, "ё" read as
 * "е" (Russian writes both), split on anything that is not a letter or digit, so
 * "Pains / barriers" gives ["pains", "barriers"] and "Болевые точки" ["болевые", "точки"]. Chinese
 * has no spaces, so "客户痛点" stays one word and its stems are found inside it (see `hasPhrase`).
 */
export function labelWords(label: string): string[] {
  return label
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
}

/**
 * Whether the words contain a phrase written as stems: "customer action" matches "Customer actions"
 * (each word starts with its stem, in a row); a stem ending in "$" must be the whole word ("it$").
 * A stem in Chinese script matches anywhere inside a word, since Chinese does not separate words.
 */
export function hasPhrase(words: readonly string[], phrase: string): boolean {
  const stems = phrase.split(' ')
  for (let i = 0; i + stems.length <= words.length; i += 1) {
    if (stems.every((stem, k) => matchesStem(words[i + k] ?? '', stem))) return true
  }
  return false
}

function matchesStem(word: string, stem: string): boolean {
  if (stem.endsWith('$')) return word === stem.slice(0, -1)
  return UNSPACED.test(stem) ? word.includes(stem) : word.startsWith(stem)
}
