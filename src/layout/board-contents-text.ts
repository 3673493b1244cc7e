import { type Catalogue, countText, type Language, listText } from '../i18n'
import type { BoardContents } from './board-contents'

/** The order a board's contents are said in: the map's frame first, then what is on it. */
export const CONTENTS_ORDER: readonly (keyof BoardContents)[] = ['stages', 'lanes', 'stickies', 'links', 'emotionPoints']

/**
 * "7 stages, 9 lanes, 101 stickies and 14 emotion points": what a board holds, only what there is,
 * as the language writes a list. The panel says it in its language, the command line in English.
 */
export function boardContentsText(contents: BoardContents, words: Catalogue['panel']['journey'], language: Language): string {
  return listText(
    language,
    CONTENTS_ORDER.filter((key) => contents[key] > 0).map((key) => countText(language, words[key], contents[key]))
  )
}
