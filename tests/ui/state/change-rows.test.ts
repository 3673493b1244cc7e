import { describe, expect, it } from 'vitest'

import { CATALOGUES, LANGUAGES } from '../../../src/i18n'
import { ItemSchema, JourneyBaseSchema, LaneSchema, LinkSchema, PhaseSchema, StageSchema } from '../../../src/model'
import { type Change, diffJourneys, formatChangeSet } from '../../../src/sync'
import { changeRow, keptRemovalRow } from '../../../ui/state/change-rows'
import { panelText } from '../../../ui/i18n/panel-text'
import { changeItem, smallJourney } from '../../sync/sync-fixtures'

/** Every field a change can name: the fields of what a journey holds, an order, and an emotion scale's parts. */
const CHANGEABLE_FIELDS = [
  ...[JourneyBaseSchema, ItemSchema, StageSchema, LaneSchema, LinkSchema, PhaseSchema].flatMap((schema) => Object.keys(schema.shape)),
  'order',
  'min',
  'max',
  'per'
].filter((field, index, all) => field !== 'id' && all.indexOf(field) === index)

/** The change set of the small journey with item a2 changed by `edit`, and a2's change in it. */
function itemA2Changed(edit: Parameters<typeof changeItem>[2]): { changeSet: ReturnType<typeof diffJourneys>; change: Change } {
  const base = smallJourney()
  const changeSet = diffJourneys(base, changeItem(base, 'a2', edit), base)
  const change = changeSet.changes.find((c) => c.id === 'item:a2')
  if (change === undefined) throw new Error('the diff lost the change')
  return { changeSet, change }
}

describe('the update review in the panel’s language', () => {
  it.each(LANGUAGES)('names every field a change can be about in %s', (language) => {
    const named = CATALOGUES[language].panel.changes.fields as Readonly<Record<string, string>>
    expect(CHANGEABLE_FIELDS.filter((field) => !Object.prototype.hasOwnProperty.call(named, field) || named[field]!.trim() === '')).toEqual([])
  })

  it('tells a retyped and a moved sticky with the language’s field names, and the command line keeps English', () => {
    const { changeSet, change } = itemA2Changed((item) => ({ ...item, text: 'Books by phone', stageId: 'plan' }))

    const french = changeRow(change, changeSet.names, panelText('fr'))
    expect(french.detail).toContain('texte\u00a0: "Books online" → "Books by phone"')
    expect(french.detail).toContain('étape\u00a0: "Book" → "Plan"')
    const russian = changeRow(change, changeSet.names, panelText('ru'))
    expect(russian.detail).toContain('текст: "Books online" → "Books by phone"')
    expect(formatChangeSet(changeSet)).toContain('text "Books online" → "Books by phone"')
  })

  it('writes a changed score and moment of truth as the language writes them for people: "−1,5" and "oui" in French, "−1.5" and "yes" on the command line', () => {
    const { changeSet, change } = itemA2Changed((item) => ({ ...item, score: -1.5, momentOfTruth: true }))

    const french = changeRow(change, changeSet.names, panelText('fr'))
    expect(french.detail).toContain('−1,5')
    expect(french.detail).toContain('moment de vérité\u00a0: non → oui')
    expect(french.detail).not.toMatch(/-1|true|false/)
    const danish = changeRow(change, changeSet.names, panelText('da'))
    expect(danish.detail).toContain('nej → ja')
    expect(formatChangeSet(changeSet)).toContain('−1.5')
    expect(formatChangeSet(changeSet)).toContain('moment of truth no → yes')
  })

  it('sets the fields of one change apart as the language sets clauses apart: French with a no-break space before ";", Chinese with its full-width "；"', () => {
    const { changeSet, change } = itemA2Changed((item) => ({ ...item, text: 'Books by phone', stageId: 'plan' }))
    const detail = (language: (typeof LANGUAGES)[number]): string => changeRow(change, changeSet.names, panelText(language)).detail
    expect(detail('en')).toMatch(/^[^;]+"; [^;]+$/)
    expect(detail('fr')).toMatch(/^[^;]+"\u00a0; [^;]+$/)
    expect(detail('zh-Hans')).toMatch(/^[^;；]+"；[^;；]+$/)
  })

  it('says why a sticky the data removed stays, in the language', () => {
    const kept: Parameters<typeof keptRemovalRow>[0] = { id: 'item:a2', subject: 'item', targetId: 'a2', label: 'Books online', place: 'Book / Actions', reasons: ['edited-on-board', 'attached-on-board'], marked: true }
    const row = keptRemovalRow(kept, panelText('da'))
    expect(row.reasons).toBe('Redigeret på tavlen og har en forbindelse tegnet i hånden')
    // Chinese joins things done with a comma: its 和 joins nouns, not "edited on the board" and "has a connector".
    const chinese = keptRemovalRow(kept, panelText('zh-Hans'))
    expect(chinese.reasons).toBe('已在画板上编辑，有手绘的连接线')
  })
})
