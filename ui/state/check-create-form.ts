import { boardCatalogueFor, listText } from '../../src/i18n'
import type { Journey, Problem } from '../../src/model'
import { journeyFromTemplate } from '../../src/templates/journey-from-template'
import type { PanelText } from '../i18n/panel-text'
import { problemWords } from '../i18n/problem-words'
import { choicesFromForm, type CreateForm, isPersonaField, type PersonaField, typedAge } from './create-form'
import { typedChannels } from './typed-channels'

/** Where on the Create tab a problem belongs: a persona field, the stages or the lanes. */
export type FormPlace = { part: 'persona'; field: PersonaField } | { part: 'stages' } | { part: 'lanes' } | { part: 'curves' } | { part: 'other' }

/** A problem with the Create tab's choices, in the words of the panel, with the place to mark. */
export interface FormProblem {
  place: FormPlace
  /** A whole sentence: `Age must be a whole number, such as 34.` */
  message: string
}

export interface CheckedForm {
  /** The journey to draw; undefined while any problem is open. */
  journey: Journey | undefined
  problems: FormProblem[]
}

const STAGE_PATH = /^stages(?:\[(\d+)\])?/
const PERSONA_PATH = /^persona\.(\w+)/

function sentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`
}

/**
 * A template problem (its path is the choice's, `persona.age`, `laneIds`, `stages[2].name`) in the
 * panel's words: the path says which control it belongs to, the message what is wrong with it.
 */
function formProblem(problem: Problem, text: PanelText): FormProblem {
  const { t, fill } = text
  const said = problemWords(problem, text)
  const persona = PERSONA_PATH.exec(problem.path)
  if (persona !== null && isPersonaField(persona[1] ?? '')) {
    const field = persona[1] as PersonaField
    return { place: { part: 'persona', field }, message: sentence(fill(t.form.fieldProblem, { field: personaFieldName(field, text), problem: said })) }
  }
  if (problem.path === 'laneIds') return { place: { part: 'lanes' }, message: t.form.keepLane }
  if (problem.path === 'curveIds') return { place: { part: 'curves' }, message: t.form.keepCurve }
  const stage = STAGE_PATH.exec(problem.path)
  if (stage !== null) {
    const index = stage[1]
    if (index === undefined) return { place: { part: 'stages' }, message: t.form.includeStage }
    return { place: { part: 'stages' }, message: sentence(fill(t.form.stageProblem, { n: Number(index) + 1, problem: said })) }
  }
  return { place: { part: 'other' }, message: sentence(said.charAt(0).toUpperCase() + said.slice(1)) }
}

/**
 * A persona field's name in the panel's language. The lists only the persona card shows are named
 * with the card's own headings, so the field and the card call them the same.
 */
export function personaFieldName(field: PersonaField, { t, catalogue }: PanelText): string {
  const fields: Partial<Record<PersonaField, string>> = t.persona.fields
  return fields[field] ?? catalogue.board[field as 'expectations' | 'ambitions' | 'hobbies' | 'channels']
}

/** The lines of the channels field that name no channel, said with the channels there are (named as the field shows them). */
function channelsProblem(form: CreateForm, text: PanelText): FormProblem | undefined {
  const typed = form.personaEdits.channels === undefined ? undefined : typedChannels(form.personaEdits.channels)
  if (typed === undefined || typed.ok) return undefined
  const { t, fill, count, catalogue, language } = text
  const quoted = typed.unknown.map((entry) => fill(catalogue.typography.quoted, { text: entry }))
  const channels = Object.values(boardCatalogueFor(form.locale).kinds.channels)
  const message = count(t.form.channels, typed.unknown.length, { field: personaFieldName('channels', text), entries: listText(language, quoted), channels: listText(language, channels, 'or') })
  return { place: { part: 'persona', field: 'channels' }, message }
}

/** The Create tab's choices checked as the panel shows them: the journey, or every problem in words. */
export function checkCreateForm(form: CreateForm, text: PanelText): CheckedForm {
  const channels = channelsProblem(form, text)
  const own: FormProblem[] = [
    ...(typedAge(form.personaEdits.age).ok ? [] : [{ place: { part: 'persona', field: 'age' }, message: text.t.form.age } as const]),
    ...(channels === undefined ? [] : [channels])
  ]
  // The same function the CLI uses, so the panel and `journeyboard template` draw the same map.
  const result = journeyFromTemplate(choicesFromForm(form), form.templates)
  const problems = [...own, ...(result.ok ? [] : result.problems.map((problem) => formProblem(problem, text)))]
  return { journey: result.ok && problems.length === 0 ? result.value : undefined, problems }
}

/** The problems of one persona field, by field, for marking the controls. */
export function personaFieldProblems(problems: readonly FormProblem[]): Partial<Record<PersonaField, string>> {
  const out: Partial<Record<PersonaField, string>> = {}
  for (const { place, message } of problems) if (place.part === 'persona') out[place.field] ??= message
  return out
}

/** The first problem of a part of the form, for the message beside it. */
export function partProblem(problems: readonly FormProblem[], part: 'stages' | 'lanes' | 'curves'): string | undefined {
  return problems.find((problem) => problem.place.part === part)?.message
}
