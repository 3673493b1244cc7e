import { fieldLabel, namedValue } from '../../src/sync/change-names'
import type { Change, ChangeNames, Conflict, KeptRemoval, Resolution } from '../../src/sync/change-set'
import { describeFieldChange, KEPT_REASONS, showValue } from '../../src/sync/format-change-set'

/** One change as the panel lists it. */
export interface ChangeRow {
  id: string
  /** "Added", "Changed"... */
  kind: string
  /** What it is about: `Item “Books online”`, `Journey title`, `Order of stages`. */
  title: string
  /** "Stage / Lane" for items; empty otherwise. */
  place: string
  /** The fields and their values, `text "A" → "B"`; empty for whole additions and removals. */
  detail: string
  /** Why, when it is not simply the data: a choice the user made, or a consequence. */
  note: string
}

const KIND_WORDS: Readonly<Record<Change['kind'], string>> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  moved: 'Moved',
  renamed: 'Renamed',
  reordered: 'Reordered'
}

const SUBJECT_WORDS: Readonly<Record<Change['subject'], string>> = {
  journey: 'Journey',
  phase: 'Phase',
  stage: 'Stage',
  lane: 'Lane',
  item: 'Item',
  link: 'Link'
}

/** What each conflict choice is called on its button. */
export const CHOICE_LABELS: Readonly<Record<Resolution, string>> = { board: 'Board', data: 'Data', 'keep-both': 'Keep both' }

function title(subject: Change['subject'], label: string): string {
  return subject === 'journey' ? `Journey ${fieldLabel(label)}` : `${SUBJECT_WORDS[subject]} “${label}”`
}

export function changeRow(change: Change, names?: ChangeNames): ChangeRow {
  const whole = change.kind === 'added' || change.kind === 'removed'
  return {
    id: change.id,
    kind: KIND_WORDS[change.kind],
    title: change.kind === 'reordered' ? `Order of ${change.label}` : title(change.subject, change.label),
    place: change.place,
    detail: whole ? '' : change.fields.map((field) => describeFieldChange(field, change.subject, names)).join('; '),
    note: change.source === 'resolution' ? 'your choice' : change.source === 'consequence' ? 'follows from other changes' : ''
  }
}

/** A conflict's fields with both versions in full, as the user compares them. */
export interface ConflictView {
  id: string
  title: string
  place: string
  /** What happened on each side, in a few words. */
  summary: string
  fields: { field: string; board: string; data: string }[]
  choices: Resolution[]
}

const CONFLICT_SUMMARIES: Readonly<Record<Conflict['kind'], string>> = {
  'both-changed': 'Changed on the board and in the data',
  'removed-on-board': 'Deleted on the board, changed in the data',
  'both-added': 'Added on the board and in the data, differently',
  order: 'Reordered on the board and in the data, differently'
}

export function conflictView(conflict: Conflict, names?: ChangeNames): ConflictView {
  const show = (value: Conflict['fields'][number]['data'], field: string): string => showValue(namedValue(value, field, conflict.subject, names), true)
  return {
    id: conflict.id,
    title: conflict.kind === 'order' ? `Order of ${conflict.label}` : title(conflict.subject, conflict.label),
    place: conflict.place,
    summary: CONFLICT_SUMMARIES[conflict.kind],
    fields: conflict.fields.map((field) => ({
      field: capitalise(fieldLabel(field.field)),
      board: conflict.kind === 'removed-on-board' ? '(deleted)' : show(field.board, field.field),
      data: show(field.data, field.field)
    })),
    choices: conflict.choices
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function keptRemovalRow(kept: KeptRemoval): { id: string; title: string; place: string; reasons: string } {
  const reasons = kept.reasons.map((reason) => KEPT_REASONS[reason]).join(', ')
  return { id: kept.id, title: title(kept.subject, kept.label), place: kept.place, reasons: capitalise(reasons) }
}
