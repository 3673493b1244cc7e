import { followedPersona, type Journey, type Stage } from '../model'
import { escapeMarkdown, escapeMarkdownParagraphs } from './escape-markdown'
import { analyseJourney, type ItemRef, type JourneyAnalytics } from './journey-analytics'

const SPARK_LEVELS = '▁▂▃▄▅▆▇█'
const NO_VALUE = '–'
const NO_SPARK = '·'
const MAX_DECIMALS = 2

const STATE_LABELS: Record<Journey['state'], string> = {
  current: 'Current state (as is)',
  future: 'Future state (to be)'
}

type PersonaList = 'goals' | 'needs' | 'expectations' | 'frustrations' | 'ambitions' | 'hobbies'

const PERSONA_LISTS: readonly (readonly [PersonaList, string])[] = [
  ['goals', 'Goals'],
  ['needs', 'Needs'],
  ['expectations', 'Expectations'],
  ['frustrations', 'Frustrations'],
  ['ambitions', 'Ambitions'],
  ['hobbies', 'Hobbies']
]

/** A number as people read it in a report: at most two decimals, no trailing zeros. */
function formatNumber(value: number): string {
  return String(Number(value.toFixed(MAX_DECIMALS)))
}

function optionalNumber(value: number | undefined): string {
  return value === undefined ? NO_VALUE : formatNumber(value)
}

function sparkline(values: readonly (number | undefined)[], min: number, max: number): string {
  const top = SPARK_LEVELS.length - 1
  return values
    .map((value) => {
      if (value === undefined) return NO_SPARK
      const level = Math.round(((value - min) / (max - min)) * top)
      return SPARK_LEVELS.charAt(Math.min(Math.max(level, 0), top))
    })
    .join('')
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)]
}

function personaSection(journey: Journey): string[] {
  const persona = followedPersona(journey)
  if (persona === undefined) return []
  const orNone = (text: string): string => (text.trim() === '' ? NO_VALUE : escapeMarkdown(text))
  const list = (values: readonly string[]): string => (values.length === 0 ? NO_VALUE : values.map(escapeMarkdown).join('; '))
  const lines = [
    `## Persona: ${escapeMarkdown(persona.name)}`,
    '',
    `- **Role:** ${orNone(persona.role)}`,
    `- **Age:** ${persona.age === undefined ? NO_VALUE : String(persona.age)}`,
    ...PERSONA_LISTS.map(([field, label]) => `- **${label}:** ${list(persona[field])}`),
    `- **Preferred channels:** ${list(persona.channels)}`,
    `- **Quote:** ${persona.quote.trim() === '' ? NO_VALUE : `“${escapeMarkdown(persona.quote)}”`}`,
    `- **Scenario:** ${orNone(persona.scenario ?? '')}`
  ]
  if (persona.description.trim() !== '') lines.push('', escapeMarkdownParagraphs(persona.description))
  const others = journey.personas.filter((p) => p !== persona)
  if (others.length > 0) lines.push('', `Other personas: ${others.map((p) => escapeMarkdown(p.name)).join(', ')}.`)
  return lines
}

/** Stages grouped by phase; a phase split by reordering shows once per run of stages. */
function stagesSection(journey: Journey): string[] {
  const phaseNames = new Map(journey.phases.map((phase) => [phase.id, phase.name]))
  const lines = ['## Stages']
  let runPhase: string | undefined | null = null
  journey.stages.forEach((stage: Stage, index) => {
    if (stage.phaseId !== runPhase) {
      runPhase = stage.phaseId
      const heading = stage.phaseId === undefined ? 'No phase' : escapeMarkdown(phaseNames.get(stage.phaseId) ?? stage.phaseId)
      lines.push('', `### ${heading}`, '')
    }
    const description = stage.description.trim() === '' ? '' : ` — ${escapeMarkdown(stage.description)}`
    lines.push(`${index + 1}. **${escapeMarkdown(stage.name)}**${description}`)
  })
  return lines
}

function where(ref: ItemRef): string {
  return `**${escapeMarkdown(ref.stageName)}** · ${escapeMarkdown(ref.laneName)}`
}

/** One line per item, with every reason it is listed. */
function findings(groups: readonly [readonly ItemRef[], (ref: ItemRef) => string][]): string[] {
  const reasons = new Map<string, { ref: ItemRef; tags: string[] }>()
  for (const [refs, tag] of groups) {
    for (const ref of refs) {
      const entry = reasons.get(ref.itemId) ?? { ref, tags: [] }
      entry.tags.push(tag(ref))
      reasons.set(ref.itemId, entry)
    }
  }
  if (reasons.size === 0) return ['_Nothing marked yet._']
  return [...reasons.values()].map(({ ref, tags }) => `- ${where(ref)}: ${escapeMarkdown(ref.text)} _(${tags.join(', ')})_`)
}

function refList(refs: readonly ItemRef[], empty: string): string[] {
  return refs.length === 0 ? [empty] : refs.map((ref) => `- ${where(ref)}: ${escapeMarkdown(ref.text)}`)
}

function emotionSection(journey: Journey, analytics: JourneyAnalytics): string[] {
  const { min, max, per } = analytics.emotionScale
  const curves = analytics.stages[0]?.emotionByLane ?? []
  const perLane = curves.length > 1
  const header = [
    'Stage',
    'Emotion',
    ...(perLane ? curves.map((curve) => escapeMarkdown(curve.laneName)) : []),
    'Items',
    'Pains',
    'Delights',
    'Moments of truth'
  ]
  const rows = analytics.stages.map((stage, index) => [
    `${index + 1}. ${escapeMarkdown(stage.stageName)}`,
    optionalNumber(stage.emotion),
    ...(perLane ? stage.emotionByLane.map((curve) => optionalNumber(curve.emotion)) : []),
    String(stage.items),
    String(stage.pains),
    String(stage.delights),
    String(stage.momentsOfTruth)
  ])
  const lines = [
    '## Emotion curve',
    '',
    `Scale ${formatNumber(min)} to ${formatNumber(max)}, scored per ${per}.`,
    '',
    `\`${sparkline(
      analytics.stages.map((stage) => stage.emotion),
      min,
      max
    )}\``,
    '',
    ...table(header, rows)
  ]
  const name = (stageId: string): string => escapeMarkdown(journey.stages.find((s) => s.id === stageId)?.name ?? stageId)
  if (analytics.peak !== undefined && analytics.valley !== undefined) {
    lines.push(
      '',
      `Highest: ${name(analytics.peak.stageId)} (${formatNumber(analytics.peak.emotion)}). Lowest: ${name(analytics.valley.stageId)} (${formatNumber(analytics.valley.emotion)}).`
    )
  }
  return lines
}

function countsSection(analytics: JourneyAnalytics): string[] {
  const { totals } = analytics
  return [
    '## Counts',
    '',
    ...table(
      ['What', 'Count'],
      [
        ['Stages', String(totals.stages)],
        ['Lanes', String(totals.lanes)],
        ['Items', String(totals.items)],
        ['Pains', String(totals.pains)],
        ['Delights', String(totals.delights)],
        ['Moments of truth', String(totals.momentsOfTruth)],
        ['Red flags', String(totals.redFlags)],
        ['Green flags', String(totals.greenFlags)],
        ['Opportunities', String(totals.opportunities)],
        ['Actions', String(totals.actions)]
      ]
    ),
    '',
    ...table(
      ['Lane', 'Kind', 'Items'],
      analytics.lanes.map((lane) => [escapeMarkdown(lane.laneName), lane.kind, String(lane.items)])
    )
  ]
}

/**
 * A workshop report: title, scenario and state, the persona, the stages by phase, what works well
 * and what does not, moments of truth, opportunities, the action plan with owners, the emotion
 * curve per stage and the counts. All user text is escaped, so it reads exactly as typed.
 */
export function journeyToMarkdown(journey: Journey): string {
  const analytics = analyseJourney(journey)
  const score = (ref: ItemRef): string => `emotion ${formatNumber(ref.score ?? 0)}`
  const lines = [`# ${escapeMarkdown(journey.title)}`, '']
  if (journey.scenario.trim() !== '') lines.push(`**Scenario:** ${escapeMarkdown(journey.scenario)}`, '')
  lines.push(`**State:** ${STATE_LABELS[journey.state]}`, '')
  if (journey.context.trim() !== '') lines.push(`**Context:** ${escapeMarkdown(journey.context)}`, '')
  lines.push(
    ...personaSection(journey),
    '',
    ...stagesSection(journey),
    '',
    '## What works well',
    '',
    ...findings([
      [analytics.delights, () => 'delight'],
      [analytics.greenFlags, () => 'green flag'],
      [analytics.highs, score]
    ]),
    '',
    '## What does not work well',
    '',
    ...findings([
      [analytics.pains, () => 'pain'],
      [analytics.redFlags, () => 'red flag'],
      [analytics.lows, score]
    ]),
    '',
    '## Moments of truth',
    '',
    ...refList(analytics.momentsOfTruth, '_None marked yet._'),
    '',
    '## Opportunities',
    '',
    ...refList(analytics.opportunities, '_None yet._'),
    '',
    '## Action plan',
    '',
    ...(analytics.actionPlan.length === 0
      ? ['_No actions yet._']
      : table(
          ['Action', 'Stage', 'Owner'],
          analytics.actionPlan.map((ref) => [
            escapeMarkdown(ref.text),
            escapeMarkdown(ref.stageName),
            ref.owner === undefined || ref.owner.trim() === '' ? '_unassigned_' : escapeMarkdown(ref.owner)
          ])
        )),
    '',
    ...emotionSection(journey, analytics),
    '',
    ...countsSection(analytics),
    ''
  )
  return lines.join('\n')
}
