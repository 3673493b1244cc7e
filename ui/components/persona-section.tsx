import { Button, Disclosure, Dropdown, Textbox, TextboxMultiline } from '@create-figma-plugin/ui'
import { useState } from 'preact/hooks'

import { followedPersona, type Persona } from '../../src/model'
import { type CreateForm, type PersonaField, personaFieldText } from '../state/create-form'
import { LabelledField } from './labelled-field'

interface PersonaSectionProps {
  personas: readonly Persona[]
  personaId: string
  edits: CreateForm['personaEdits']
  onSelect: (personaId: string) => void
  onEdit: (field: PersonaField, value: string) => void
  onReset: () => void
}

const MULTILINE_FIELDS: readonly { field: PersonaField; label: string; rows: number }[] = [
  { field: 'goals', label: 'Goals (one per line)', rows: 3 },
  { field: 'needs', label: 'Needs (one per line)', rows: 2 },
  { field: 'frustrations', label: 'Frustrations (one per line)', rows: 2 },
  { field: 'quote', label: 'Quote', rows: 2 },
  { field: 'scenario', label: 'Goal of this journey (scenario)', rows: 2 },
  { field: 'description', label: 'Description', rows: 3 }
]

function personaOptionText(persona: Persona): string {
  return persona.role === '' ? persona.name : `${persona.name} · ${persona.role}`
}

/** Picks the template persona the map follows and lets its details be edited before drawing. */
export function PersonaSection({ personas, personaId, edits, onSelect, onEdit, onReset }: PersonaSectionProps) {
  const [open, setOpen] = useState(false)
  const persona = followedPersona({ personas, personaId })
  if (persona === undefined) return null
  const text = (field: PersonaField): string => personaFieldText(persona, edits, field)
  const edited = Object.keys(edits).length > 0
  return (
    <section class="jb-section" aria-labelledby="jb-persona-heading">
      <div class="jb-section-head">
        <h2 class="jb-heading" id="jb-persona-heading">
          Persona
        </h2>
        {edited ? <span class="jb-muted">Edited</span> : null}
      </div>
      <Dropdown
        aria-label={`Persona: ${personaOptionText(persona)}`}
        aria-haspopup="listbox"
        role="button"
        data-testid="persona-dropdown"
        options={personas.map((p) => ({ value: p.id, text: personaOptionText(p) }))}
        value={persona.id}
        onValueChange={onSelect}
      />
      <div style={{ marginTop: 'var(--space-4)' }}>
        <Disclosure open={open} title="Persona details" onClick={() => setOpen(!open)}>
          <div class="jb-field-row">
            <LabelledField id="jb-persona-name" label="Name">
              <Textbox id="jb-persona-name" value={text('name')} onValueInput={(value) => onEdit('name', value)} spellCheck />
            </LabelledField>
            <LabelledField id="jb-persona-role" label="Role">
              <Textbox id="jb-persona-role" value={text('role')} onValueInput={(value) => onEdit('role', value)} spellCheck />
            </LabelledField>
            <LabelledField id="jb-persona-age" label="Age">
              <Textbox id="jb-persona-age" inputMode="numeric" value={text('age')} onValueInput={(value) => onEdit('age', value)} />
            </LabelledField>
          </div>
          {MULTILINE_FIELDS.map(({ field, label, rows }) => (
            <LabelledField key={field} id={`jb-persona-${field}`} label={label}>
              <TextboxMultiline id={`jb-persona-${field}`} rows={rows} value={text(field)} onValueInput={(value) => onEdit(field, value)} spellCheck />
            </LabelledField>
          ))}
          {edited ? (
            <Button secondary onClick={onReset}>
              Undo persona edits
            </Button>
          ) : null}
        </Disclosure>
      </div>
    </section>
  )
}
