import { fieldLabel, namedValue } from '../../src/sync/change-names'
import type { Change, ChangeNames, Conflict, KeptRemoval, Resolution } from '../../src/sync/change-set'
import { NUMBER_MARKS } from '../../src/i18n/catalogues/number-marks'
import { describeFieldChange, showValue } from '../../src/sync/format-change-set'
import { listText } from '../../src/i18n'
import type { PanelText } from '../i18n/panel-text'
import { capitalise } from './summary-format'

/** One change as the panel lists it. */
export interface ChangeRow {
  id: string
  /** What happened, for styling: "added", "changed"... */
  kindId: Change['kind']
  /** The same in the panel's words: "Added", "Ajouté"... */
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

function title(subject: Change['subject'], label: string, { t, fill }: PanelText): string {
  return subject === 'journey' ? fill(t.changes.journeyField, { field: fieldLabel(label, t.changes) }) : fill(t.changes.named, { subject: t.changes.subjects[subject], label })
}

export function changeRow(change: Change, names: ChangeNames | undefined, text: PanelText): ChangeRow {
  const { t, fill } = text
  const whole = change.kind === 'added' || change.kind === 'removed'
  return {
    id: change.id,
    kindId: change.kind,
    kind: t.changes.kinds[change.kind],
    title: change.kind === 'reordered' ? fill(t.changes.order, { label: change.label }) : title(change.subject, change.label, text),
    place: change.place,
    detail: whole ? '' : change.fields.map((field) => describeFieldChange(field, change.subject, names, t.changes, NUMBER_MARKS[text.language])).join(t.clauses),
    note: change.source === 'resolution' ? t.changes.yourChoice : change.source === 'consequence' ? t.changes.consequence : ''
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

export function conflictView(conflict: Conflict, names: ChangeNames | undefined, text: PanelText): ConflictView {
  const { t, fill } = text
  const show = (value: Conflict['fields'][number]['data'], field: string): string => showValue(namedValue(value, field, conflict.subject, names), true, t.changes, NUMBER_MARKS[text.language])
  return {
    id: conflict.id,
    title: conflict.kind === 'order' ? fill(t.changes.order, { label: conflict.label }) : title(conflict.subject, conflict.label, text),
    place: conflict.place,
    summary: t.changes.conflicts[conflict.kind],
    fields: conflict.fields.map((field) => ({
      field: capitalise(fieldLabel(field.field, t.changes)),
      board: conflict.kind === 'removed-on-board' ? t.changes.deleted : show(field.board, field.field),
      data: show(field.data, field.field)
    })),
    choices: conflict.choices
  }
}

export function keptRemovalRow(kept: KeptRemoval, text: PanelText): { id: string; title: string; place: string; reasons: string } {
  const reasons = listText(text.language, kept.reasons.map((reason) => text.t.changes.keptReasons[reason]), 'clauses')
  return { id: kept.id, title: title(kept.subject, kept.label, text), place: kept.place, reasons: capitalise(reasons) }
}
