import {
  atLine,
  type EmotionScale,
  type Item,
  type Journey,
  type JourneyInput,
  type Problem,
  rescaleScore,
  type Stage,
  validateJourney
} from '../model'
import { uniqueSlug } from '../templates/unique-slug'
import { importProblem } from './import-problem'
import { importFailed, type ImportResult, imported } from './import-result'
import type { MermaidJourney } from './mermaid-journey'
import { parseMermaidJourney } from './parse-mermaid-journey'
import { MERMAID_LOOK_ALIKE_MARKER, mermaidOriginalText } from './mermaid-safe-text'
import { MERMAID_SCORE_RANGE, mermaidScaleFor, type ScoreRange } from './rescale-score'

export const DEFAULT_MERMAID_TITLE = 'Imported journey'
export const DEFAULT_MERMAID_PERSONA = 'Customer'
const UNSECTIONED_STAGE = 'Before the first section'
const UNSECTIONED_STAGE_ID = 'stage-0'
/**
 * Mermaid's tasks are the steps a person takes ("Make tea", "Go upstairs"): what journey mapping
 * calls actions, not touchpoints (a point of contact with the brand, on a channel).
 */
const ACTION_LANE = { id: 'actions', name: 'Actions', kind: 'actions' } as const

export interface MermaidImportOptions {
  /**
   * The emotion scale of the new journey; the diagram's scores are mapped onto it. By default the
   * scale is Mermaid's own 1–5, widened to the scores the diagram has, and scores stay as written.
   */
  emotionScale?: ScoreRange
}

/**
 * The diagram with its texts as they were before a Journeyboard export wrote them with look-alikes
 * (see `mermaidSafeText`); a diagram without the marker comment is taken as it is.
 */
function withOriginalTexts(diagram: MermaidJourney, source: string): MermaidJourney {
  // Mermaid shows a task's name trimmed.
  if (!source.includes(MERMAID_LOOK_ALIKE_MARKER)) return { ...diagram, tasks: diagram.tasks.map((task) => ({ ...task, task: task.task.trim() })) }
  const original = (text: string | null): string | null => (text === null ? null : mermaidOriginalText(text))
  return {
    ...diagram,
    // Mermaid does not trim a title statement; the export wrote one space after "title".
    title: original(diagram.title?.trim() ?? null),
    accTitle: original(diagram.accTitle),
    accDescr: original(diagram.accDescr),
    sections: diagram.sections.map(mermaidOriginalText),
    tasks: diagram.tasks.map((task) => ({ ...task, task: mermaidOriginalText(task.task.trim()), people: task.people.map(mermaidOriginalText) })),
    actors: diagram.actors.map(mermaidOriginalText)
  }
}

function stagesFor(diagram: MermaidJourney): { stages: Stage[]; stageOfTask: string[] } {
  const stages: Stage[] = diagram.sections.map((name, index) => ({
    id: `stage-${index + 1}`,
    name: name === '' ? `Section ${index + 1}` : name,
    description: ''
  }))
  const unsectioned = diagram.tasks.some((task) => task.sectionIndex < 0) || stages.length === 0
  const stageOfTask = diagram.tasks.map((task) => (task.sectionIndex < 0 ? UNSECTIONED_STAGE_ID : `stage-${task.sectionIndex + 1}`))
  return {
    stages: unsectioned ? [{ id: UNSECTIONED_STAGE_ID, name: UNSECTIONED_STAGE, description: '' }, ...stages] : stages,
    stageOfTask
  }
}

/** Every person named in the diagram becomes a persona; the map follows the one in most tasks. */
function personasFor(diagram: MermaidJourney): Pick<JourneyInput, 'personas' | 'personaId'> {
  const counts = new Map<string, number>()
  for (const task of diagram.tasks) {
    for (const person of new Set(task.people.filter((p) => p.trim() !== ''))) counts.set(person, (counts.get(person) ?? 0) + 1)
  }
  const names = counts.size === 0 ? [DEFAULT_MERMAID_PERSONA] : [...counts.keys()]
  let followed = 0
  names.forEach((name, index) => {
    if ((counts.get(name) ?? 0) > (counts.get(names[followed] ?? '') ?? 0)) followed = index
  })
  return { personas: names.map((name, index) => ({ id: `persona-${index + 1}`, name })), personaId: `persona-${followed + 1}` }
}

/** How many parse problems one import lists; past this, fixing the first ones comes first. */
const MAX_PARSE_PROBLEMS = 20

/**
 * Mermaid stops at its first error; people fixing a diagram want them all at once. Each failing
 * line is blanked (keeping every line number) and the rest parsed again, until it parses or the
 * list is long enough.
 */
function everyParseProblem(source: string, first: readonly Problem[]): Problem[] {
  const problems = [...first]
  const lines = source.split('\n')
  let problem = first[0]
  while (problem !== undefined && problems.length < MAX_PARSE_PROBLEMS) {
    const index = problem.line === undefined ? -1 : problem.line - 1
    if (index < 0 || index >= lines.length || lines[index] === '') break
    lines[index] = ''
    const again = parseMermaidJourney(lines.join('\n'))
    problem = again.ok ? undefined : again.problems[0]
    if (problem !== undefined && !problems.some((known) => known.line === problem?.line)) problems.push(problem)
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
}

/**
 * A journey from a Mermaid `journey` diagram (read with `parseMermaidJourney`, so exactly as
 * Mermaid reads it):
 * - the title is the `title` statement, else the front matter's title, else `accTitle`;
 *   `accDescr` becomes the scenario;
 * - each section becomes a stage (a repeated name makes a new stage, as Mermaid draws it); tasks
 *   written before any section, or a diagram with no section at all, get a first stage of their own;
 * - each task becomes an action in one Actions lane (a task is what the person does), with its
 *   score on the item;
 * - scores stay as Mermaid reads them, on Mermaid's 1–5 widened to every score the diagram has
 *   (Mermaid accepts any number: 0, 7, −1.5), unless `options.emotionScale` asks for another scale
 *   to map them onto; a task whose score is not a number has none;
 * - every person becomes a persona, and each item keeps who took part in its task (`people`,
 *   none included); the map follows the person in most tasks;
 * - `accTitle` becomes the accessible title;
 * - texts a Journeyboard export wrote with look-alikes (it says so in a comment) come back as they
 *   were (see `mermaidSafeText`).
 * @returns the journey and what had to be guessed (warnings), else the parse error with its line.
 */
export function journeyFromMermaid(source: string, options: MermaidImportOptions = {}): ImportResult<Journey> {
  const parsed = parseMermaidJourney(source)
  if (!parsed.ok) return importFailed(everyParseProblem(source, parsed.problems))
  const diagram = withOriginalTexts(parsed.value, source)
  const warnings: Problem[] = []
  const finite = diagram.tasks.map((task) => task.score).filter((score) => Number.isFinite(score))
  const from = mermaidScaleFor(finite)
  // Each task's score stays on its action; a stage's emotion is their mean (scores in the items' own lanes, not a touchpoint's).
  const scale: EmotionScale = { ...(options.emotionScale ?? from), per: 'stage' }

  if (!diagram.detectedAsJourney) {
    warnings.push(atLine(importProblem('', 'mermaid-journey-case'), 1))
  }
  const title = [diagram.title, diagram.frontmatterTitle, diagram.accTitle].find((t) => t !== null && t.trim() !== '')
  if (title === undefined) warnings.push(importProblem('title', 'mermaid-no-title', { title: DEFAULT_MERMAID_TITLE }))
  if (diagram.actors.every((actor) => actor.trim() === '')) {
    warnings.push(importProblem('personas', 'mermaid-no-people', { persona: DEFAULT_MERMAID_PERSONA }))
  }

  if (from.min < MERMAID_SCORE_RANGE.min || from.max > MERMAID_SCORE_RANGE.max) {
    warnings.push(
      options.emotionScale === undefined
        ? importProblem('tasks', 'mermaid-scale-kept', { min: from.min, max: from.max })
        : importProblem('tasks', 'mermaid-scale-mapped', { min: from.min, max: from.max, low: scale.min, high: scale.max })
    )
  }

  const { stages, stageOfTask } = stagesFor(diagram)
  const items = diagram.tasks.map((task, index): Item => {
    const item: Item = {
      id: `item-${index + 1}`,
      stageId: stageOfTask[index] ?? '',
      laneId: ACTION_LANE.id,
      text: task.task,
      momentOfTruth: false,
      people: task.people
    }
    if (Number.isFinite(task.score)) item.score = options.emotionScale === undefined ? task.score : rescaleScore(task.score, from, scale)
    else warnings.push(atLine(importProblem('', 'mermaid-task-unscored', { task: task.task }), task.line))
    return item
  })

  const input: JourneyInput = {
    id: uniqueSlug(title ?? DEFAULT_MERMAID_TITLE, new Set(), 'journey'),
    title: title ?? DEFAULT_MERMAID_TITLE,
    ...(diagram.accTitle === null ? {} : { accessibleTitle: diagram.accTitle }),
    scenario: diagram.accDescr ?? '',
    ...personasFor(diagram),
    stages,
    lanes: [ACTION_LANE],
    items,
    emotionScale: scale
  }
  const journey = validateJourney(input)
  return journey.ok ? imported(journey.value, warnings) : importFailed(journey.problems)
}
