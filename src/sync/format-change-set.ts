import { fillText, inNumberMarks, type NumberMarks } from '../i18n'
import { NUMBER_MARKS } from '../i18n/catalogues/number-marks'
import { shorten } from './change-labels'
import { type ChangeWords, englishChangeWords, fieldLabel, namedValue } from './change-names'
import type { Change, ChangeNames, ChangeSet, Conflict, FieldChange, JsonValue, KeptRemoval, SyncSubject } from './change-set'

const SIGNS: Readonly<Record<Change['kind'], string>> = {
  added: '+',
  removed: '-',
  changed: '~',
  moved: '>',
  renamed: '~',
  reordered: '^'
}

/**
 * A change set as the CLI prints it: one line per change, grouped into what the sync changes, the
 * edits it keeps, what it keeps though the data removed it, and the conflicts with both versions.
 */
export function formatChangeSet(changeSet: ChangeSet): string {
  const lines: string[] = []
  const section = (title: string, entries: readonly string[]): void => {
    if (entries.length === 0) return
    if (lines.length > 0) lines.push('')
    lines.push(`${title} (${entries.length}):`, ...entries.map((entry) => `  ${entry}`))
  }
  const { names } = changeSet
  section('Changes from the data', changeSet.changes.map((change) => describeChange(change, names)))
  section('Edits on the board, kept', changeSet.boardEdits.map((change) => describeChange(change, names)))
  section('Removed from the data but kept on the board', changeSet.keptRemovals.map(describeKeptRemoval))
  const open = changeSet.conflicts.some((conflict) => conflict.resolution === undefined)
  section(open ? 'Conflicts: choose board, data or keep-both' : 'Conflicts, resolved', changeSet.conflicts.map((conflict) => describeConflict(conflict, names)))
  if (lines.length === 0) lines.push('Nothing to change: the board already shows the data.')
  return `${lines.join('\n')}\n`
}

/** One change on one line: `~ item "Books online" (Book / Actions): text "Books online" → "Books by phone"`; `~ stage "Booking" renamed from "Book"`. */
export function describeChange(change: Change, names?: ChangeNames): string {
  const what = `${SIGNS[change.kind]} ${subjectName(change)}`
  const why = change.source === 'resolution' ? ` [resolved ${change.conflictId ?? ''}]` : change.source === 'consequence' ? ' [follows from other changes]' : ''
  if (change.kind === 'added' || change.kind === 'removed') return `${what} ${change.kind}${why}`
  // The subject already goes by its new name, so a rename alone says only what it was called.
  const [only] = change.fields
  if (change.kind === 'renamed' && change.fields.length === 1 && only?.field === 'name') return `${what} renamed from ${showValue(only.before)}${why}`
  return `${what} ${change.kind}: ${change.fields.map((field) => describeFieldChange(field, change.subject, names)).join('; ')}${why}`
}

/** A conflict on one line, with the board's and the data's versions of each field. */
export function describeConflict(conflict: Conflict, names?: ChangeNames): string {
  const name = `${conflict.subject === 'journey' ? 'journey' : conflict.subject} "${conflict.label}"${conflict.place === '' ? '' : ` (${conflict.place})`}`
  const show = (value: JsonValue, field: string): string => showValue(namedValue(value, field, conflict.subject, names), true)
  const how =
    conflict.kind === 'removed-on-board'
      ? 'deleted on the board, changed in the data: ' + conflict.fields.map((f) => `${fieldLabel(f.field)} ${show(f.data, f.field)}`).join('; ')
      : conflict.fields.map((f) => `${fieldLabel(f.field)}: board ${show(f.board, f.field)} vs data ${show(f.data, f.field)}`).join('; ')
  const resolved = conflict.resolution === undefined ? '' : ` [resolved: ${conflict.resolution}]`
  return `${conflict.id}: ${name}: ${how}${resolved}`
}

export function describeKeptRemoval(kept: KeptRemoval): string {
  const what = `${kept.subject} "${kept.label}"${kept.place === '' ? '' : ` (${kept.place})`}`
  const action = kept.resolution === 'data' ? 'removed after all' : kept.marked ? 'kept, labelled "Removed from data"' : 'kept'
  return `! ${what} ${kept.reasons.map((r) => englishChangeWords().keptReasons[r]).join(', ')}: ${action}`
}

function subjectName(change: Change): string {
  if (change.subject === 'journey') return `journey ${change.label}`
  if (change.kind === 'reordered') return change.label
  return `${change.subject} "${change.label}"${change.place === '' ? '' : ` (${change.place})`}`
}

/** `text "Books online" → "Books by phone"`; `stage "Book" → "Drive"` with the names known; in the words given. */
export function describeFieldChange(field: FieldChange, subject: SyncSubject, names?: ChangeNames, words: ChangeWords = englishChangeWords(), marks: NumberMarks = NUMBER_MARKS.en): string {
  const show = (value: JsonValue): string => showValue(namedValue(value, field.field, subject, names), false, words, marks)
  const [before, after] = [show(field.before), show(field.after)]
  const label = fieldLabel(field.field, words)
  // Personas or phases whose names stay but whose details changed read the same either side.
  if (before === after) return after === words.details ? fillText(words.fieldChanged, { field: label }) : fillText(words.detailsChanged, { field: label, value: after })
  return fillText(words.fieldChange, { field: label, before, after })
}

/** What a record is called, where it has a name (a persona, a phase, a blueprint line). */
function nameOf(value: JsonValue): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  const name = value.name ?? value.label
  return typeof name === 'string' ? name : undefined
}

/** A number or yes-or-no as people read it: a score "−0,5" in French, a moment of truth "oui". */
function plainValue(value: number | boolean, words: ChangeWords, marks: NumberMarks): string {
  if (typeof value === 'boolean') return value ? words.yes : words.no
  return inNumberMarks(String(value), marks)
}

/**
 * A value for reading, in the words and number marks given; `whole` keeps texts uncut (a conflict
 * shows both texts in full).
 */
export function showValue(value: JsonValue, whole = false, words: ChangeWords = englishChangeWords(), marks: NumberMarks = NUMBER_MARKS.en): string {
  if (value === null) return words.none
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ')
  if (typeof value === 'string') return JSON.stringify(whole ? value : shorten(value))
  if (typeof value !== 'object') return plainValue(value, words, marks)
  // Records read by their names (`Tom Becker, Mette`), never as JSON.
  const named = Array.isArray(value) ? value.map(nameOf) : [nameOf(value)]
  if (named.length > 0 && named.every((name) => name !== undefined)) return shorten(named.join(', '))
  if (Array.isArray(value)) return value.length === 0 ? words.none : fillText(words.entries, { n: value.length })
  const entries = Object.entries(value)
  // A small record of plain values (an emotion scale) reads as `min −2, max 2, per stage`.
  if (entries.every(([, v]) => v === null || typeof v !== 'object')) return shorten(entries.map(([k, v]) => `${fieldLabel(k, words)} ${typeof v === 'number' || typeof v === 'boolean' ? plainValue(v, words, marks) : String(v)}`).join(', '))
  return words.details
}
