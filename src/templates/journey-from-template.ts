import * as z from 'zod/mini'

import {
  type BlueprintLine,
  checkWords,
  curveIdOf,
  refinementIssue,
  type EmotionCurve,
  fail,
  formatProblems,
  formatZodIssues,
  type Item,
  type Journey,
  journeyEvidenceLevels,
  type Lane,
  type Persona,
  PersonaSchema,
  problem,
  type Problem,
  type Result,
  type Stage,
  StageSchema,
  validateComposedJourney,
  validateJourney
} from '../model'
import { isCheckedTemplate, type JourneyTemplate } from './journey-template'
import { uniqueSlug } from './unique-slug'

const choiceId = z.string().check(z.minLength(1, 'must not be empty'))
const persona = PersonaSchema.shape

/**
 * Edits to the chosen persona. Only the fields given change, so the persona schema's defaults are
 * left out here: a default would silently wipe the template's value.
 */
export const PersonaEditsSchema = z.strictObject({
  name: z.optional(persona.name),
  role: z.optional(persona.role.def.innerType),
  age: persona.age,
  description: z.optional(persona.description.def.innerType),
  goals: z.optional(persona.goals.def.innerType),
  needs: z.optional(persona.needs.def.innerType),
  expectations: z.optional(persona.expectations.def.innerType),
  frustrations: z.optional(persona.frustrations.def.innerType),
  ambitions: z.optional(persona.ambitions.def.innerType),
  hobbies: z.optional(persona.hobbies.def.innerType),
  channels: z.optional(persona.channels.def.innerType),
  quote: z.optional(persona.quote.def.innerType),
  scenario: persona.scenario
})

/**
 * One stage of the new map: a template stage by `id` (optionally renamed or moved to another
 * phase), or a new, empty stage by `name` (with an `id`, or one made from the name). A new stage
 * with no `phaseId` joins the phase of the stage before it (or after it, when it comes first).
 */
export const StageChoiceSchema = z.strictObject({
  // The model's own id rule: a new stage keeps the id it is given, and the journey made is not checked field by field again.
  id: z.optional(StageSchema.shape.id),
  name: z.optional(StageSchema.shape.name),
  phaseId: z.optional(choiceId)
})

/**
 * One evidence level for every item of a stage, of a lane, or of the one cell where both meet; the
 * items' sources and participants stay as they are.
 */
export const EvidenceChoiceSchema = z.strictObject({ stageId: z.optional(choiceId), laneId: z.optional(choiceId), level: choiceId }).check(z.refine((choice) => choice.stageId !== undefined || choice.laneId !== undefined, refinementIssue([], 'evidence-needs-place')))

/** What the panel and the CLI let people choose when they start a map from a template. */
export const JourneyChoicesSchema = z.strictObject({
  templateId: choiceId,
  /** The template's first locale when absent. */
  locale: z.optional(choiceId),
  /** The template's own persona (else its first) when absent. */
  personaId: z.optional(choiceId),
  persona: z.optional(PersonaEditsSchema),
  /** The stages to include, in this order; all of the template's when absent. */
  stages: z.optional(z.array(StageChoiceSchema).check(z.minLength(1, checkWords('choose-stage')))),
  /** The lanes to keep, drawn in the template's order; all when absent. */
  laneIds: z.optional(z.array(choiceId).check(z.minLength(1, checkWords('keep-lane')))),
  /** The emotion curves to draw, in the template's order; all when absent. The others' points go. */
  curveIds: z.optional(z.array(choiceId).check(z.minLength(1, checkWords('keep-curve')))),
  /** Evidence levels set in bulk, in this order (a later one wins). */
  evidence: z.optional(z.array(EvidenceChoiceSchema))
})

export type PersonaEdits = z.infer<typeof PersonaEditsSchema>
export type StageChoice = z.infer<typeof StageChoiceSchema>
export type EvidenceChoice = z.infer<typeof EvidenceChoiceSchema>
export type JourneyChoices = z.infer<typeof JourneyChoicesSchema>

/*
 * A problem lists the ids to choose from as they are; a checked template has at least one persona,
 * stage and lane, its locales and its evidence levels, so only the chosen stages and lanes, and the
 * templates given, can leave a list empty: those have a problem of their own that says so.
 */
function pickPersona(journey: Journey, choices: JourneyChoices, problems: Problem[]): Persona | undefined {
  const wanted = choices.personaId ?? journey.personaId
  const chosen = wanted === undefined ? journey.personas[0] : journey.personas.find((p) => p.id === wanted)
  if (chosen === undefined) {
    problems.push(problem('personaId', 'template-no-persona', { id: wanted ?? '', ids: journey.personas.map((p) => p.id) }))
    return undefined
  }
  const edits = Object.fromEntries(Object.entries(choices.persona ?? {}).filter(([, value]) => value !== undefined))
  return { ...chosen, ...edits }
}

/** A new stage with no phase joins its neighbour's, so adding a stage never splits a phase band. */
function fillNewStagePhases(stages: Stage[], isNew: readonly boolean[]): Stage[] {
  return stages.map((stage, index) => {
    if (!isNew[index] || stage.phaseId !== undefined) return stage
    const before = stages.slice(0, index).reverse().find((s) => s.phaseId !== undefined)
    const after = stages.slice(index + 1).find((s) => s.phaseId !== undefined)
    const phaseId = (before ?? after)?.phaseId
    return phaseId === undefined ? stage : { ...stage, phaseId }
  })
}

function pickStages(journey: Journey, choices: readonly StageChoice[] | undefined, problems: Problem[]): Stage[] {
  if (choices === undefined) return journey.stages
  const templateStages = new Map(journey.stages.map((stage) => [stage.id, stage]))
  const phaseIds = new Set(journey.phases.map((phase) => phase.id))
  const stageList = journey.stages.map((s) => s.id)
  // Generated ids avoid every template stage (their items must not come back under a new stage)
  // and every id the choices spell out, wherever it appears in the list.
  const reserved = new Set<string>([...templateStages.keys(), ...choices.flatMap((c) => (c.id === undefined ? [] : [c.id]))])
  const used = new Set<string>()
  const stages: Stage[] = []
  const isNew: boolean[] = []

  choices.forEach((choice, index) => {
    const path = `stages[${index}]`
    if (choice.phaseId !== undefined && !phaseIds.has(choice.phaseId)) {
      problems.push(
        phaseIds.size === 0
          ? problem(`${path}.phaseId`, 'template-no-phases', { id: choice.phaseId })
          : problem(`${path}.phaseId`, 'template-no-phase', { id: choice.phaseId, ids: [...phaseIds] })
      )
    }
    if (choice.id !== undefined && used.has(choice.id)) {
      problems.push(problem(`${path}.id`, 'stage-chosen-twice', { id: choice.id }))
      return
    }
    const fromTemplate = choice.id === undefined ? undefined : templateStages.get(choice.id)
    let stage: Stage
    if (fromTemplate !== undefined) {
      const phaseId = choice.phaseId ?? fromTemplate.phaseId
      stage = { ...fromTemplate, name: choice.name ?? fromTemplate.name, ...(phaseId === undefined ? {} : { phaseId }) }
    } else if (choice.name !== undefined) {
      const id = choice.id ?? uniqueSlug(choice.name, new Set([...reserved, ...used]), 'stage')
      stage = { id, name: choice.name, description: '', ...(choice.phaseId === undefined ? {} : { phaseId: choice.phaseId }) }
    } else {
      problems.push(
        choice.id === undefined
          ? problem(path, 'stage-id-or-name')
          : problem(`${path}.id`, 'template-no-stage', { id: choice.id, ids: stageList })
      )
      return
    }
    stages.push(stage)
    isNew.push(fromTemplate === undefined)
    used.add(stage.id)
  })
  return fillNewStagePhases(stages, isNew)
}

function pickLanes(journey: Journey, laneIds: readonly string[] | undefined, problems: Problem[]): Lane[] {
  if (laneIds === undefined) return journey.lanes
  const known = new Set(journey.lanes.map((lane) => lane.id))
  const seen = new Set<string>()
  laneIds.forEach((id, index) => {
    if (!known.has(id)) {
      problems.push(problem(`laneIds[${index}]`, 'template-no-lane', { id, ids: [...known] }))
    } else if (seen.has(id)) {
      problems.push(problem(`laneIds[${index}]`, 'lane-listed-twice', { id }))
    }
    seen.add(id)
  })
  return journey.lanes.filter((lane) => seen.has(lane.id))
}

function pickCurves(journey: Journey, curveIds: readonly string[] | undefined, problems: Problem[]): EmotionCurve[] | undefined {
  // An empty list of curves draws the one default curve, as no list does.
  if (curveIds === undefined || journey.curves === undefined || journey.curves.length === 0) {
    if (curveIds !== undefined) problems.push(problem('curveIds', 'template-one-curve'))
    return journey.curves
  }
  const known = new Set(journey.curves.map((curve) => curve.id))
  curveIds.forEach((id, index) => {
    if (!known.has(id)) problems.push(problem(`curveIds[${index}]`, 'template-no-curve', { id, ids: [...known] }))
  })
  const chosen = new Set(curveIds)
  return journey.curves.filter((curve) => chosen.has(curve.id))
}

function checkEvidence(journey: Journey, stages: readonly Stage[], lanes: readonly Lane[], choices: readonly EvidenceChoice[], problems: Problem[]): void {
  const levels = journeyEvidenceLevels(journey).map((level) => level.id)
  choices.forEach((choice, index) => {
    const path = `evidence[${index}]`
    if (choice.stageId !== undefined && !stages.some((stage) => stage.id === choice.stageId)) {
      problems.push(
        stages.length === 0
          ? problem(`${path}.stageId`, 'no-chosen-stages', { id: choice.stageId })
          : problem(`${path}.stageId`, 'stage-not-chosen', { id: choice.stageId, ids: stages.map((stage) => stage.id) })
      )
    }
    if (choice.laneId !== undefined && !lanes.some((lane) => lane.id === choice.laneId)) {
      problems.push(
        lanes.length === 0
          ? problem(`${path}.laneId`, 'no-chosen-lanes', { id: choice.laneId })
          : problem(`${path}.laneId`, 'lane-not-chosen', { id: choice.laneId, ids: lanes.map((lane) => lane.id) })
      )
    }
    if (!levels.includes(choice.level)) problems.push(problem(`${path}.level`, 'no-level', { id: choice.level, levels }))
  })
}

/** The item with the level of the last evidence choice that covers it. */
function withEvidence(item: Item, choices: readonly EvidenceChoice[]): Item {
  // Searched from the end in place: copying and reversing the choices for every item would allocate per item.
  for (let i = choices.length - 1; i >= 0; i -= 1) {
    const choice = choices[i] as EvidenceChoice
    if ((choice.stageId ?? item.stageId) === item.stageId && (choice.laneId ?? item.laneId) === item.laneId) {
      return { ...item, evidence: { participants: [], sources: [], itemIds: [], ...item.evidence, level: choice.level } }
    }
  }
  return item
}

/**
 * A blueprint line sits between the lane it follows and the next one. When that lane is dropped,
 * the line moves up to the nearest kept lane above, so it still separates the same rows; it is
 * dropped when no kept lane is left on one side of it, or when a line already sits there.
 */
function keepBlueprintLines(lines: readonly BlueprintLine[], templateLanes: readonly Lane[], kept: ReadonlySet<string>): BlueprintLine[] {
  const order = templateLanes.map((lane) => lane.id)
  const target = (afterLaneId: string): string | undefined => {
    const index = order.indexOf(afterLaneId)
    const below = order.slice(index + 1).some((id) => kept.has(id))
    const above = order.slice(0, index + 1).reverse().find((id) => kept.has(id))
    return index >= 0 && below ? above : undefined
  }
  const placed = lines.map((line) => ({ line, after: target(line.afterLaneId) }))
  const taken = new Set<string>()
  const keep = new Set<BlueprintLine>()
  // Lines that did not move claim their place first.
  const unmovedFirst = [...placed].sort((a, b) => Number(a.after !== a.line.afterLaneId) - Number(b.after !== b.line.afterLaneId))
  for (const { line, after } of unmovedFirst) {
    if (after === undefined || taken.has(after)) continue
    taken.add(after)
    keep.add(line)
  }
  return placed.filter(({ line }) => keep.has(line)).map(({ line, after }) => ({ ...line, afterLaneId: after ?? line.afterLaneId }))
}

/**
 * A template's whole journey in a locale, validated: checked here unless it was already (the
 * panel's templates were parsed at the door, and checking them again would double the work of
 * every change to the Create form).
 */
function templateJourneyChecked(template: JourneyTemplate, locale: string): Journey {
  if (isCheckedTemplate(template)) return template.journey(locale)
  const base = validateJourney(template.journey(locale))
  if (!base.ok) throw new Error(`template "${template.id}" (${locale}) is not a valid journey:\n${formatProblems(base.problems)}`)
  return base.value
}

/**
 * Makes a new journey from one of `templates` and the choices made in the panel or on the command
 * line: one persona (with edits), the chosen stages in the chosen order, the chosen lanes. Stickies
 * of dropped stages and lanes go, and so do the links and blueprint lines that would point at
 * nothing. The templates are passed in, so the panel (which receives them from the sandbox) never
 * bundles their content.
 * @returns the journey, validated; else every problem with the choice it comes from.
 */
export function journeyFromTemplate(choices: JourneyChoices, templates: readonly JourneyTemplate[]): Result<Journey> {
  const parsed = JourneyChoicesSchema.safeParse(choices)
  if (!parsed.success) return fail(formatZodIssues(parsed.error.issues, choices))
  const chosen = parsed.data

  const template = templates.find((candidate) => candidate.id === chosen.templateId)
  if (template === undefined) {
    const ids = templates.map((t) => t.id)
    return fail([ids.length === 0 ? problem('templateId', 'no-templates', { id: chosen.templateId }) : problem('templateId', 'no-template', { id: chosen.templateId, ids })])
  }
  const locale = chosen.locale ?? template.locales[0]
  if (locale === undefined) throw new Error(`template "${template.id}" lists no locales`)
  if (!template.locales.includes(locale)) {
    return fail([problem('locale', 'template-locale', { template: template.id, locales: [...template.locales], locale })])
  }
  const journey = templateJourneyChecked(template, locale)

  const problems: Problem[] = []
  const persona = pickPersona(journey, chosen, problems)
  const stages = pickStages(journey, chosen.stages, problems)
  const lanes = pickLanes(journey, chosen.laneIds, problems)
  const curves = pickCurves(journey, chosen.curveIds, problems)
  checkEvidence(journey, stages, lanes, chosen.evidence ?? [], problems)
  if (persona === undefined || problems.length > 0) return fail(problems)

  const stageIds = new Set(stages.map((stage) => stage.id))
  const laneIds = new Set(lanes.map((lane) => lane.id))
  // A score on a curve left out is a point of that curve: the item goes with it.
  const curveIds = new Set((curves ?? []).map((curve) => curve.id))
  const onKeptCurve = (item: Item): boolean => curves === undefined || item.score === undefined || curveIds.has(curveIdOf(item, journey))
  const kept = journey.items.filter((item) => stageIds.has(item.stageId) && laneIds.has(item.laneId) && onKeptCurve(item))
  const itemIds = new Set(kept.map((item) => item.id))
  // Evidence may cite an item of a dropped lane (a quote); the citation goes with it.
  const items = kept.map((item) =>
    withEvidence(item.evidence === undefined ? item : { ...item, evidence: { ...item.evidence, itemIds: item.evidence.itemIds.filter((id) => itemIds.has(id)) } }, chosen.evidence ?? [])
  )
  const scenario = persona.scenario !== undefined && persona.scenario.trim() !== '' ? persona.scenario : journey.scenario

  // Made of the checked template journey's parts and the parsed choices: only the rules across
  // fields (ids, references) can fail now, so the fields are not checked a second time.
  return validateComposedJourney({
    ...journey,
    scenario,
    personas: [persona],
    personaId: persona.id,
    stages,
    lanes,
    items,
    ...(curves === undefined ? {} : { curves }),
    links: journey.links.filter((link) => itemIds.has(link.from) && itemIds.has(link.to)),
    blueprintLines: keepBlueprintLines(journey.blueprintLines, journey.lanes, laneIds)
  })
}
