import { followedPersona, type Journey, type Persona } from '../../src/model'
import type { EvidenceChoice, JourneyChoices, PersonaEdits } from '../../src/templates/journey-from-template'
import type { JourneyTemplate } from '../../src/templates/journey-template'
import { chosenStages, type StageListAction, stageListReducer, type StageRow } from './stage-list-reducer'
import { templateJourney, templateOrDefault } from './template-journey'
import { channelLines, entryLines, typedChannels } from './typed-channels'

/**
 * The persona fields the panel lets people edit: every field of the model's persona but its id.
 * Lists, channels among them, are edited one entry per line.
 */
export const PERSONA_TEXT_FIELDS = ['name', 'role', 'description', 'quote', 'scenario'] as const
export const PERSONA_LIST_FIELDS = ['goals', 'needs', 'expectations', 'frustrations', 'ambitions', 'hobbies'] as const
export type PersonaField = (typeof PERSONA_TEXT_FIELDS)[number] | (typeof PERSONA_LIST_FIELDS)[number] | 'age' | 'channels'

const PERSONA_FIELDS: ReadonlySet<string> = new Set<PersonaField>([...PERSONA_TEXT_FIELDS, ...PERSONA_LIST_FIELDS, 'age', 'channels'])

export function isPersonaField(field: string): field is PersonaField {
  return PERSONA_FIELDS.has(field)
}

/** An age as typed: empty keeps the template's, a whole number is the age, anything else is a mistake. */
export function typedAge(text: string | undefined): { ok: true; age: number | undefined } | { ok: false } {
  const trimmed = text?.trim() ?? ''
  if (trimmed === '') return { ok: true, age: undefined }
  return /^\d+$/.test(trimmed) ? { ok: true, age: Number(trimmed) } : { ok: false }
}

/** Everything the Create tab holds, before it becomes `JourneyChoices`. */
export interface CreateForm {
  /** The templates the sandbox sent; the form's choices are made among them. */
  templates: readonly JourneyTemplate[]
  templateId: string
  locale: string
  personaId: string
  /** Edited persona fields as typed; fields not here keep the template's value. */
  personaEdits: Partial<Record<PersonaField, string>>
  stages: StageRow[]
  /** Lanes switched on, as lane ids. */
  laneIds: string[]
  /** Emotion curves drawn, as curve ids; empty when the template has one curve (nothing to choose). */
  curveIds: string[]
  /** Evidence levels set in bulk, one per stage or lane, latest last (it wins where they meet). */
  evidence: EvidenceChoice[]
}

export type CreateFormAction =
  | { type: 'select-template'; templateId: string }
  | { type: 'set-locale'; locale: string }
  | { type: 'set-persona'; personaId: string }
  | { type: 'edit-persona'; field: PersonaField; value: string }
  | { type: 'reset-persona' }
  | { type: 'set-lane'; laneId: string; on: boolean }
  | { type: 'set-curve'; curveId: string; on: boolean }
  | { type: 'set-evidence'; choice: EvidenceChoice }
  | { type: 'remove-evidence'; choice: EvidenceChoice }
  | { type: 'stages'; action: StageListAction }
  | { type: 'restore'; templateId?: string; locale?: string; personaId?: string }

/** The persona a journey follows: its `personaId`, else its first. */
export function defaultPersona(journey: Journey): Persona {
  const persona = followedPersona(journey)
  if (persona === undefined) throw new Error(`journey "${journey.id}" has no persona`)
  return persona
}

/** A fresh form for a template, honouring a remembered locale and persona where they still exist. */
export function initialCreateForm(templates: readonly JourneyTemplate[], templateId?: string, locale?: string, personaId?: string): CreateForm {
  const template = templateOrDefault(templateId, templates)
  const chosenLocale = locale !== undefined && template.locales.includes(locale) ? locale : (template.locales[0] ?? 'en')
  const journey = templateJourney(template, chosenLocale)
  const persona = journey.personas.find((p) => p.id === personaId) ?? defaultPersona(journey)
  return {
    templates,
    templateId: template.id,
    locale: chosenLocale,
    personaId: persona.id,
    personaEdits: {},
    stages: stageListReducer([], { type: 'reset', stages: journey.stages }),
    laneIds: journey.lanes.map((lane) => lane.id),
    curveIds: (journey.curves ?? []).map((curve) => curve.id),
    evidence: []
  }
}

function sameTarget(a: EvidenceChoice, b: EvidenceChoice): boolean {
  return a.stageId === b.stageId && a.laneId === b.laneId
}

/**
 * The evidence choices that apply to the form as it is: those on a stage or lane switched off wait
 * (switched back on, they apply again) rather than block the board.
 */
export function activeEvidence(form: CreateForm): EvidenceChoice[] {
  const stageIds = new Set(chosenStages(form.stages).map((stage) => stage.id))
  const laneIds = new Set(form.laneIds)
  return form.evidence.filter((c) => (c.stageId === undefined || stageIds.has(c.stageId)) && (c.laneId === undefined || laneIds.has(c.laneId)))
}

/** The template journey behind the form, in the form's locale. */
export function formJourney(form: CreateForm): Journey {
  return templateJourney(templateOrDefault(form.templateId, form.templates), form.locale)
}

/** Stage names follow the new locale, except where the user typed their own. */
function relocaliseStages(rows: readonly StageRow[], journey: Journey): StageRow[] {
  const names = new Map(journey.stages.map((stage) => [stage.id, stage.name]))
  return rows.map((row) => {
    const name = names.get(row.id)
    if (row.added || name === undefined) return row
    return { ...row, templateName: name, name: row.name === row.templateName ? name : row.name }
  })
}

export function createFormReducer(form: CreateForm, action: CreateFormAction): CreateForm {
  switch (action.type) {
    case 'select-template':
      return action.templateId === form.templateId ? form : initialCreateForm(form.templates, action.templateId)
    case 'restore':
      return initialCreateForm(form.templates, action.templateId, action.locale, action.personaId)
    case 'set-locale': {
      if (action.locale === form.locale) return form
      const template = templateOrDefault(form.templateId, form.templates)
      if (!template.locales.includes(action.locale)) return form
      const journey = templateJourney(template, action.locale)
      return { ...form, locale: action.locale, stages: relocaliseStages(form.stages, journey) }
    }
    case 'set-persona':
      return action.personaId === form.personaId ? form : { ...form, personaId: action.personaId, personaEdits: {} }
    case 'edit-persona': {
      // A value typed back to the template's is no edit: the persona reads as the template's again.
      const persona = followedPersona({ personas: formJourney(form).personas, personaId: form.personaId })
      const personaEdits = { ...form.personaEdits, [action.field]: action.value }
      if (persona !== undefined && personaFieldText(persona, {}, action.field, form.locale) === action.value) delete personaEdits[action.field]
      return { ...form, personaEdits }
    }
    case 'reset-persona':
      return { ...form, personaEdits: {} }
    case 'set-lane': {
      const on = new Set(form.laneIds)
      if (action.on) on.add(action.laneId)
      else on.delete(action.laneId)
      // Kept in the template's order, which is the order the board draws them in.
      const laneIds = formJourney(form).lanes.map((lane) => lane.id).filter((id) => on.has(id))
      return { ...form, laneIds }
    }
    case 'set-curve': {
      const on = new Set(form.curveIds)
      if (action.on) on.add(action.curveId)
      else on.delete(action.curveId)
      return { ...form, curveIds: (formJourney(form).curves ?? []).map((curve) => curve.id).filter((id) => on.has(id)) }
    }
    case 'set-evidence':
      return { ...form, evidence: [...form.evidence.filter((c) => !sameTarget(c, action.choice)), action.choice] }
    case 'remove-evidence':
      return { ...form, evidence: form.evidence.filter((c) => !sameTarget(c, action.choice)) }
    case 'stages':
      return { ...form, stages: stageListReducer(form.stages, action.action) }
  }
}

/** The value a persona field shows: the edit if there is one, else the template's (channels named in the board's language). */
export function personaFieldText(persona: Persona, edits: CreateForm['personaEdits'], field: PersonaField, locale: string): string {
  const edited = edits[field]
  if (edited !== undefined) return edited
  if (field === 'age') return persona.age === undefined ? '' : String(persona.age)
  if (field === 'channels') return channelLines(persona.channels, locale)
  const value = persona[field]
  return Array.isArray(value) ? value.join('\n') : (value ?? '')
}

function personaEdits(edits: CreateForm['personaEdits']): PersonaEdits | undefined {
  const out: PersonaEdits = {}
  for (const field of PERSONA_TEXT_FIELDS) {
    const value = edits[field]
    if (value !== undefined) out[field] = value
  }
  for (const field of PERSONA_LIST_FIELDS) {
    const value = edits[field]
    if (value !== undefined) out[field] = entryLines(value)
  }
  // A cleared age keeps the template's: the model has no way to say "no age" in an edit. An age
  // that is no number is left out here; the form reports it on the field instead.
  const age = typedAge(edits.age)
  if (age.ok && age.age !== undefined) out.age = age.age
  // Channels that name no channel are left out the same way, and reported on the field.
  const channels = edits.channels === undefined ? undefined : typedChannels(edits.channels)
  if (channels?.ok === true) out.channels = channels.channels
  return Object.keys(out).length === 0 ? undefined : out
}

/** The form as `createJourneyFromTemplate` takes it: the same choices the CLI passes. */
export function choicesFromForm(form: CreateForm): JourneyChoices {
  const persona = personaEdits(form.personaEdits)
  return {
    templateId: form.templateId,
    locale: form.locale,
    personaId: form.personaId,
    ...(persona === undefined ? {} : { persona }),
    stages: chosenStages(form.stages).map((stage) => (stage.added ? { name: stage.name } : { id: stage.id, name: stage.name })),
    laneIds: form.laneIds,
    ...(formJourney(form).curves === undefined ? {} : { curveIds: form.curveIds }),
    ...(form.evidence.length === 0 ? {} : { evidence: activeEvidence(form) })
  }
}
