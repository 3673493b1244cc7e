/** Han, kana and Hangul: scripts that run words together, so a line may break between words without a space. */
const UNSPACED = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u

/** Punctuation that must not start a line (closing marks, stops, commas) in Chinese and Japanese typesetting. */
const NO_LINE_START = new Set([...'，。、；：！？）」』》〉】〕〗〙〛’”…—‥・ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ%)]},.;:!?'])
/** Punctuation that must not end a line (opening marks). */
const NO_LINE_END = new Set([...'（「『《〈【〔〖〘〚‘“([{'])

/** Intl.Segmenter (ES2022), typed here because the sandbox build targets an older library. */
interface WordSegmenter {
  segment(text: string): Iterable<{ segment: string }>
}
type SegmenterConstructor = new (locale: string, options: { granularity: 'word' }) => WordSegmenter

const Segmenter = (Intl as unknown as { Segmenter?: SegmenterConstructor }).Segmenter
const segmenter = Segmenter === undefined ? undefined : new Segmenter('zh', { granularity: 'word' })

/**
 * The pieces a run of text without spaces may be broken into at the end of a line: the run itself
 * when it holds no Chinese, Japanese or Korean; else its words as the Unicode word segmenter finds
 * them (a dictionary for Chinese), so "租车公司" breaks between "租车" and "公司", never inside
 * a word. Closing punctuation stays with the word before it and opening punctuation with the word
 * after it, as Chinese typesetting requires. Without Intl.Segmenter every character is a piece.
 */
export function unspacedSegments(run: string): string[] {
  if (!UNSPACED.test(run)) return [run]
  const raw = segmenter === undefined ? [...run] : [...segmenter.segment(run)].map((s) => s.segment)
  const pieces: string[] = []
  let pendingOpen = ''
  for (const segment of raw) {
    if (pieces.length > 0 && pendingOpen === '' && [...segment].every((char) => NO_LINE_START.has(char))) {
      pieces[pieces.length - 1] += segment
      continue
    }
    if ([...segment].every((char) => NO_LINE_END.has(char))) {
      pendingOpen += segment
      continue
    }
    pieces.push(pendingOpen + segment)
    pendingOpen = ''
  }
  if (pendingOpen !== '') pieces.push(pendingOpen)
  return pieces
}
