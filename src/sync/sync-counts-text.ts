import { type Catalogue, countText, fillText, type Language, listText } from '../i18n'
import type { BoardContents } from '../layout/board-contents'
import { boardContentsText, CONTENTS_ORDER } from '../layout/board-contents-text'

/** What an update did, as its summary counts it. */
export interface SyncCounts {
  changeSet: { changes: readonly unknown[]; boardEdits: readonly unknown[] }
  counts: { contentsAdded: BoardContents; contentsRemoved: BoardContents; moved: number; adopted: number }
}

/**
 * "3 changes from the data made and 2 edits on the board kept; 3 stickies and 1 link added; 1 stage
 * and 4 stickies removed; 2 made by hand moved with their cells": what an update did, in the changes
 * people reviewed first, then what appeared and went on the board in the terms people map in (a
 * text rewritten in place adds and removes nothing; legend swatches and score badges are no one's
 * count), then what people made that moved along or joined the map; only what there was. The panel
 * says it in its language, the command line in English.
 */
export function syncCountsText({ changeSet, counts }: SyncCounts, words: Catalogue['panel'], language: Language): string {
  const say = words.counts
  const made = changeSet.changes.length
  const done = [made === 0 ? say.nothingToChange : countText(language, say.changesMade, made)]
  if (changeSet.boardEdits.length > 0) done.push(countText(language, say.editsKept, changeSet.boardEdits.length))
  const parts = [listText(language, done, 'clauses')]
  for (const [contents, verb] of [[counts.contentsAdded, say.added], [counts.contentsRemoved, say.removed]] as const) {
    const kinds = CONTENTS_ORDER.filter((kind) => contents[kind] > 0)
    const last = kinds[kinds.length - 1]
    // A list of several kinds agrees as its last kind does in the plural (see the catalogue's `added`).
    if (last !== undefined) parts.push(countText(language, verb[last], kinds.length > 1 ? 2 : contents[last], { things: boardContentsText(contents, words.journey, language) }))
  }
  const byHand: string[] = []
  if (counts.moved > 0) byHand.push(countText(language, say.moved, counts.moved))
  if (counts.adopted > 0) byHand.push(countText(language, say.adopted, counts.adopted))
  if (byHand.length > 0) parts.push(listText(language, byHand, 'clauses'))
  return parts.reduce((before, after) => fillText(say.then, { before, after }))
}
