import { useState } from 'preact/hooks'

import { followedPersona, type Persona } from '../../src/model'
import { Button } from '../controls/button'
import { Disclosure } from '../controls/disclosure'
import { Dropdown } from '../controls/dropdown'
import { Textbox } from '../controls/textbox'
import { TextboxMultiline } from '../controls/textbox-multiline'
import { personaFieldName } from '../state/check-create-form'
import { type CreateForm, type PersonaField, personaFieldText } from '../state/create-form'
import { invalidProps, LabelledField } from './labelled-field'
import { usePanelText } from '../i18n/panel-text'

interface PersonaSectionProps {
  personas: readonly Persona[]
  personaId: string
  /** The board's language: channels are named in it, as the persona card names them. */
  locale: string
  edits: CreateForm['personaEdits']
  onSelect: (personaId: string) => void
  onEdit: (field: PersonaField, value: string) => void
  onReset: () => void
  /** What is wrong with each field, as a sentence; the fields named are marked. */
  problems: Partial<Record<PersonaField, string>>
}

/** The multi-line fields, and how their label reads: lists say one entry per line. */
const MULTILINE_FIELDS: readonly { field: PersonaField; label: 'list' | 'plain' | 'scenario'; rows: number }[] = [
  { field: 'goals', label: 'list', rows: 3 },
  { field: 'needs', label: 'list', rows: 2 },
  { field: 'expectations', label: 'list', rows: 2 },
  { field: 'frustrations', label: 'list', rows: 2 },
  { field: 'ambitions', label: 'list', rows: 2 },
  { field: 'hobbies', label: 'list', rows: 2 },
  { field: 'channels', label: 'list', rows: 2 },
  { field: 'quote', label: 'plain', rows: 2 },
  { field: 'scenario', label: 'scenario', rows: 2 },
  { field: 'description', label: 'plain', rows: 3 }
]

const SINGLE_LINE_FIELDS: readonly PersonaField[] = ['name', 'role', 'age']

function personaOptionText(persona: Persona, separator: string): string {
  return persona.role === '' ? persona.name : `${persona.name}${separator}${persona.role}`
}

/** Picks the template persona the map follows and lets its details be edited before drawing. */
export function PersonaSection({ personas, personaId, locale, edits, onSelect, onEdit, onReset, problems }: PersonaSectionProps) {
  const panelText = usePanelText()
  const { t, fill } = panelText
  const fieldName = (field: PersonaField): string => personaFieldName(field, panelText)
  const multilineLabel = (field: PersonaField, label: 'list' | 'plain' | 'scenario'): string =>
    label === 'list' ? fill(t.persona.onePerLine, { field: fieldName(field) }) : label === 'scenario' ? fill(t.persona.scenario, { field: fieldName(field) }) : fieldName(field)
  const [openByUser, setOpen] = useState(false)
  // A field with a problem is never hidden inside a closed disclosure.
  const open = openByUser || Object.keys(problems).length > 0
  const persona = followedPersona({ personas, personaId })
  if (persona === undefined) return null
  const text = (field: PersonaField): string => personaFieldText(persona, edits, field, locale)
  const edited = Object.keys(edits).length > 0
  return (
    <section class="jb-section" aria-labelledby="jb-persona-heading">
      <div class="jb-section-head">
        <h2 class="jb-heading" id="jb-persona-heading">
          {t.persona.heading}
        </h2>
        {edited ? <span class="jb-muted">{t.persona.edited}</span> : null}
      </div>
      <Dropdown
        aria-label={t.persona.picker}
        data-testid="persona-dropdown"
        {...(personas.length > 1 ? { 'aria-describedby': 'jb-persona-note' } : {})}
        options={personas.map((p) => ({ value: p.id, text: personaOptionText(p, t.separator) }))}
        value={persona.id}
        onValueChange={onSelect}
      />
      {personas.length > 1 ? (
        <p class="jb-hint" id="jb-persona-note" style={{ marginTop: 'var(--space-4)' }}>
          {t.persona.onlyCard}
        </p>
      ) : null}
      <div style={{ marginTop: 'var(--space-4)' }}>
        <Disclosure open={open} title={t.persona.details} onToggle={() => setOpen(!openByUser)}>
          <div class="jb-field-row">
            {SINGLE_LINE_FIELDS.map((field) => (
              <LabelledField key={field} id={`jb-persona-${field}`} label={fieldName(field)} error={problems[field]}>
                <Textbox
                  id={`jb-persona-${field}`}
                  {...(field === 'age' ? { inputMode: 'numeric' } : { spellcheck: true })}
                  {...invalidProps(`jb-persona-${field}`, problems[field])}
                  value={text(field)}
                  onValueInput={(value) => onEdit(field, value)}
                />
              </LabelledField>
            ))}
          </div>
          {MULTILINE_FIELDS.map(({ field, label, rows }) => (
            <LabelledField key={field} id={`jb-persona-${field}`} label={multilineLabel(field, label)} error={problems[field]}>
              <TextboxMultiline
                id={`jb-persona-${field}`}
                rows={rows}
                value={text(field)}
                onValueInput={(value) => onEdit(field, value)}
                {...invalidProps(`jb-persona-${field}`, problems[field])}
                spellcheck
              />
            </LabelledField>
          ))}
          {edited ? (
            <Button secondary onClick={onReset}>
              {t.persona.undo}
            </Button>
          ) : null}
        </Disclosure>
      </div>
    </section>
  )
}
