import type { BoardCatalogue } from './catalogues/board/en'
import { fillText } from './fill-placeholders'

/** One full stop ending a text; two or more dots are an ellipsis, which stays inside the marks. */
const FINAL_FULL_STOP = /(?<!\.)\.$/

/**
 * A text in the language's quotation marks. A sentence ending in a full stop takes the language's
 * quoted-sentence form, which puts the stop where the language does: «Текст». in Russian, “Text.”
 * in English. `escape` is applied to the text alone (a report's Markdown escaping), never to the
 * marks or the moved stop.
 */
export function quotedText(typography: Pick<BoardCatalogue['typography'], 'quoted' | 'quotedSentence'>, text: string, escape: (text: string) => string = (plain) => plain): string {
  if (FINAL_FULL_STOP.test(text)) return fillText(typography.quotedSentence, { text: escape(text.slice(0, -1)) })
  return fillText(typography.quoted, { text: escape(text) })
}
