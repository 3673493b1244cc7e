import { type BoardCatalogue, boardCatalogueFor, fillText, formatNumber as formatLocalNumber, type Language, languageOrDefault, listText, placeholderFiller, quotedText } from '../i18n'
import { followedPersona, type Journey, journeyEvidenceLevels, type Stage } from '../model'
import { escapeMarkdown, escapeMarkdownParagraphs } from './escape-markdown'
import { analyseJourney, type ItemRef, type JourneyAnalytics } from './journey-analytics'
import { textPieces } from './text-pieces'

const SPARK_LEVELS = '▁▂▃▄▅▆▇█'
const NO_VALUE = '–'
/** A stage without a score in a sparkline: a mark among its bars, not a separator between words. */
const NO_SPARK = '·'
const MAX_DECIMALS = 2

type PersonaList = 'goals' | 'needs' | 'expectations' | 'frustrations' | 'ambitions' | 'hobbies'

const PERSONA_LISTS: readonly PersonaList[] = ['goals', 'needs', 'expectations', 'frustrations', 'ambitions', 'hobbies']

/** The report's words and number style, in the journey's language. */
interface Words {
  language: Language
  t: BoardCatalogue
  /** The language's "label: value", filled once per listed item (see `labelledFiller`). */
  labelledItem: (label: string, value: string) => string
  /** Where an item sits: `**stage** · lane` (see `whereNamer`). */
  where: (ref: ItemRef) => string
}

/** A "label: value" text as one run of words before the label, one between and one after the value. */
const LABEL_THEN_VALUE = /^([^{]*)\{label\}([^{]*)\{value\}([^{]*)$/

/**
 * A "label: value" text as a function of the two, for a text filled once per listed item: where the
 * label comes first, as in every language now, the text is cut at its placeholders once and each
 * fill adds up the pieces; filling it as any text (`placeholderFiller`) made a list of the pieces and
 * joined it for every line, a fifth of what a big report allocated.
 */
function labelledFiller(text: string): (label: string, value: string) => string {
  const pieces = LABEL_THEN_VALUE.exec(text)
  if (pieces === null) {
    const fill = placeholderFiller(text)
    return (label, value) => fill({ label, value })
  }
  const [, before = '', between = '', after = ''] = pieces
  return (label, value) => before + label + between + value + after
}

/** A number as people read it in a report: at most two decimals, no trailing zeros, the language's decimal mark. */
function formatNumber(words: Words, value: number): string {
  return formatLocalNumber(words.language, value, MAX_DECIMALS)
}

function optionalNumber(words: Words, value: number | undefined): string {
  return value === undefined ? NO_VALUE : formatNumber(words, value)
}

/** "**Label:** value", with the language's own colon (inside the bold, as reports write it). */
function labelled(words: Words, label: string, value: string): string {
  const [before = '', after = ''] = words.t.typography.labelled.split('{value}')
  const head = fillText(before, { label })
  const gap = head.endsWith(' ') ? ' ' : ''
  return `**${head.trimEnd()}**${gap}${value}${after}`
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

function personaSection(journey: Journey, words: Words): string[] {
  const { t } = words
  const persona = followedPersona(journey)
  if (persona === undefined) return []
  const orNone = (text: string): string => (text.trim() === '' ? NO_VALUE : escapeMarkdown(text))
  const list = (values: readonly string[]): string => (values.length === 0 ? NO_VALUE : values.map(escapeMarkdown).join(t.typography.clauses))
  const item = (label: string, value: string): string => `- ${labelled(words, label, value)}`
  const lines = [
    `## ${fillText(t.report.persona, { name: escapeMarkdown(persona.name) })}`,
    '',
    item(t.report.role, orNone(persona.role)),
    item(t.report.age, persona.age === undefined ? NO_VALUE : String(persona.age)),
    ...PERSONA_LISTS.map((field) => item(t.board[field], list(persona[field]))),
    item(t.report.preferredChannels, list(persona.channels.map((channel) => t.kinds.channels[channel]))),
    item(t.report.quote, persona.quote.trim() === '' ? NO_VALUE : quotedText(t.typography, persona.quote.trim(), escapeMarkdown)),
    item(t.report.scenario, orNone(persona.scenario ?? ''))
  ]
  if (persona.description.trim() !== '') lines.push('', escapeMarkdownParagraphs(persona.description))
  const others = journey.personas.filter((p) => p !== persona)
  if (others.length > 0) lines.push('', fillText(t.report.otherPersonas, { names: listText(words.language, others.map((p) => escapeMarkdown(p.name))) }))
  return lines
}

/** Stages grouped by phase; a phase split by reordering shows once per run of stages. */
function stagesSection(journey: Journey, { t }: Words): string[] {
  const phaseNames = new Map(journey.phases.map((phase) => [phase.id, phase.name]))
  const lines = [`## ${t.report.stages}`]
  let runPhase: string | undefined | null = null
  journey.stages.forEach((stage: Stage, index) => {
    if (stage.phaseId !== runPhase) {
      runPhase = stage.phaseId
      const heading = stage.phaseId === undefined ? t.report.noPhase : escapeMarkdown(phaseNames.get(stage.phaseId) ?? stage.phaseId)
      lines.push('', `### ${heading}`, '')
    }
    const description = stage.description.trim() === '' ? '' : ` — ${escapeMarkdown(stage.description)}`
    lines.push(`${index + 1}. **${escapeMarkdown(stage.name)}**${description}`)
  })
  return lines
}

/**
 * Where an item sits, as its line names it: the lists run in board order, so an item mostly sits
 * where the one listed before it does, whose text serves again instead of being made anew (a tenth
 * of what a big report allocated).
 */
function whereNamer(t: BoardCatalogue): (ref: ItemRef) => string {
  let stageName: string | undefined
  let laneName: string | undefined
  let named = ''
  return (ref) => {
    if (ref.stageName !== stageName || ref.laneName !== laneName) {
      stageName = ref.stageName
      laneName = ref.laneName
      named = `**${escapeMarkdown(stageName)}**${t.typography.separator}${escapeMarkdown(laneName)}`
    }
    return named
  }
}

/** An item as a list line: where it sits, then its text. */
function itemLine(words: Words, ref: ItemRef): string {
  return `- ${words.labelledItem(words.where(ref), escapeMarkdown(ref.text))}`
}

/** One line per item, with every reason it is listed. */
function findings(words: Words, groups: readonly [readonly ItemRef[], (ref: ItemRef) => string][]): string[] {
  const reasons = new Map<string, { ref: ItemRef; tags: string[] }>()
  for (const [refs, tag] of groups) {
    // Counted, not iterated: an iterator makes a result object per step until the loop is optimised.
    for (let i = 0; i < refs.length; i += 1) {
      const ref = refs[i]!
      const entry = reasons.get(ref.itemId)
      if (entry === undefined) reasons.set(ref.itemId, { ref, tags: [tag(ref)] })
      else entry.tags.push(tag(ref))
    }
  }
  if (reasons.size === 0) return [`_${words.t.report.nothingMarked}_`]
  const lines: string[] = []
  // Most items are listed for one reason, which needs no list joined to name it.
  reasons.forEach(({ ref, tags }) => lines.push(`${itemLine(words, ref)} _(${tags.length === 1 ? tags[0]! : listText(words.language, tags)})_`))
  return lines
}

function refList(words: Words, refs: readonly ItemRef[], empty: string): string[] {
  return refs.length === 0 ? [`_${empty}_`] : refs.map((ref) => itemLine(words, ref))
}

function emotionSection(journey: Journey, analytics: JourneyAnalytics, words: Words): string[] {
  const { t } = words
  const { min, max, per } = analytics.emotionScale
  const curves = analytics.stages[0]?.emotionByLane ?? []
  const perLane = curves.length > 1
  const byCurve = analytics.stages[0]?.emotionByCurve ?? []
  const perCurve = byCurve.length > 1
  const header = [
    t.report.stage,
    perCurve ? escapeMarkdown(byCurve[0]?.curveName ?? t.report.emotion) : t.report.emotion,
    ...(perCurve ? byCurve.slice(1).map((curve) => escapeMarkdown(curve.curveName)) : []),
    ...(perLane ? curves.map((curve) => escapeMarkdown(curve.laneName)) : []),
    t.report.items,
    t.report.pains,
    t.report.delights,
    t.report.momentsOfTruth
  ]
  const rows = analytics.stages.map((stage, index) => [
    `${index + 1}. ${escapeMarkdown(stage.stageName)}`,
    optionalNumber(words, stage.emotion),
    ...(perCurve ? stage.emotionByCurve.slice(1).map((curve) => optionalNumber(words, curve.emotion)) : []),
    ...(perLane ? stage.emotionByLane.map((curve) => optionalNumber(words, curve.emotion)) : []),
    String(stage.items),
    String(stage.pains),
    String(stage.delights),
    String(stage.momentsOfTruth)
  ])
  const lines = [
    `## ${t.report.emotionCurve}`,
    '',
    fillText(t.report.scale, { min: formatNumber(words, min), max: formatNumber(words, max), per: t.report.per[per] }),
    '',
    ...(perCurve
      ? byCurve.map((curve, c) => {
          const spark = `\`${sparkline(analytics.stages.map((stage) => stage.emotionByCurve[c]?.emotion), min, max)}\``
          return `- ${words.labelledItem(escapeMarkdown(curve.curveName), spark)}`
        })
      : [`\`${sparkline(analytics.stages.map((stage) => stage.emotion), min, max)}\``]),
    '',
    ...table(header, rows)
  ]
  const name = (stageId: string): string => escapeMarkdown(journey.stages.find((s) => s.id === stageId)?.name ?? stageId)
  if (analytics.peak !== undefined && analytics.valley !== undefined) {
    lines.push(
      '',
      fillText(t.report.highestLowest, {
        high: name(analytics.peak.stageId),
        highScore: formatNumber(words, analytics.peak.emotion),
        low: name(analytics.valley.stageId),
        lowScore: formatNumber(words, analytics.valley.emotion)
      })
    )
  }
  return lines
}

function countsSection(analytics: JourneyAnalytics, { t }: Words): string[] {
  const { totals } = analytics
  const r = t.report
  return [
    `## ${r.counts}`,
    '',
    ...table(
      [r.what, r.count],
      [
        [r.stages, String(totals.stages)],
        [r.lanes, String(totals.lanes)],
        [r.items, String(totals.items)],
        [r.pains, String(totals.pains)],
        [r.delights, String(totals.delights)],
        [r.momentsOfTruth, String(totals.momentsOfTruth)],
        [r.redFlags, String(totals.redFlags)],
        [r.greenFlags, String(totals.greenFlags)],
        [r.opportunities, String(totals.opportunities)],
        [r.actions, String(totals.actions)]
      ]
    ),
    '',
    ...table(
      [r.lane, r.kind, r.items],
      analytics.lanes.map((lane) => [escapeMarkdown(lane.laneName), t.kinds.lanes[lane.kind], String(lane.items)])
    )
  ]
}

/** The items at the weakest evidence level, with what little backs them, and how the rest is backed. */
function assumptionsSection(journey: Journey, analytics: JourneyAnalytics, words: Words): string[] {
  const { t } = words
  const lines = [`## ${t.report.restsOnAssumptions}`, '']
  const rated = journey.items.filter((item) => item.evidence !== undefined)
  if (rated.length === 0) return [...lines, `_${t.report.noEvidence}_`]
  const levels = journeyEvidenceLevels(journey)
  const counts = levels.map((level) => words.labelledItem(escapeMarkdown(level.name), String(rated.filter((item) => item.evidence?.level === level.id).length)))
  lines.push([...counts, fillText(t.report.notRated, { count: String(journey.items.length - rated.length) })].join(t.typography.separator), '')
  if (analytics.assumptions.length === 0) return [...lines, `_${t.report.nothingAssumed}_`]
  return [
    ...lines,
    ...analytics.assumptions.map((ref) => {
      const sources = [...(ref.evidence?.participants ?? []), ...(ref.evidence?.sources ?? [])]
      return `${itemLine(words, ref)}${sources.length === 0 ? '' : ` _(${sources.map(escapeMarkdown).join(t.typography.clauses)})_`}`
    })
  ]
}

/** The report's lines as joined by line feeds, each but the last with its line feed. */
function* linesWithEnds(lines: readonly string[]): Generator<string> {
  const last = lines.length - 1
  for (let i = 0; i < last; i += 1) yield `${lines[i]!}\n`
  if (last >= 0) yield lines[last]!
}

/**
 * A workshop report: title, scenario and state, the persona, the stages by phase, what works well
 * and what does not, moments of truth, opportunities, the action plan with owners, what rests on
 * assumptions, the emotion curves per stage and the counts. All user text is escaped, so it reads exactly as typed.
 * In pieces for writing (`textPieces`): whole lines gathered up to a piece's size, so no text the
 * size of the report is ever made.
 */
export function journeyToMarkdownPieces(journey: Journey): string[] {
  return [...textPieces(linesWithEnds(markdownLines(journey)))]
}

/** The workshop report (`journeyToMarkdownPieces`) as one text, for callers that want one string. */
export function journeyToMarkdown(journey: Journey): string {
  return journeyToMarkdownPieces(journey).join('')
}

/** The report's lines, without their line feeds. */
function markdownLines(journey: Journey): string[] {
  const t = boardCatalogueFor(journey.locale)
  const words: Words = { language: languageOrDefault(journey.locale), t, labelledItem: labelledFiller(t.typography.labelled), where: whereNamer(t) }
  const r = words.t.report
  const analytics = analyseJourney(journey)
  const tagEmotion = placeholderFiller(r.tagEmotion)
  const score = (ref: ItemRef): string => tagEmotion({ score: formatNumber(words, ref.score ?? 0) })
  const lines = [`# ${escapeMarkdown(journey.title)}`, '']
  if (journey.scenario.trim() !== '') lines.push(labelled(words, r.scenario, escapeMarkdown(journey.scenario)), '')
  lines.push(labelled(words, r.state, r.stateNames[journey.state]), '')
  if (journey.context.trim() !== '') lines.push(labelled(words, r.context, escapeMarkdown(journey.context)), '')
  lines.push(
    ...personaSection(journey, words),
    '',
    ...stagesSection(journey, words),
    '',
    `## ${r.worksWell}`,
    '',
    ...findings(words, [
      [analytics.delights, () => r.tagDelight],
      [analytics.greenFlags, () => r.tagGreenFlag],
      [analytics.highs, score]
    ]),
    '',
    `## ${r.worksBadly}`,
    '',
    ...findings(words, [
      [analytics.pains, () => r.tagPain],
      [analytics.redFlags, () => r.tagRedFlag],
      [analytics.lows, score]
    ]),
    '',
    `## ${r.momentsOfTruth}`,
    '',
    ...refList(words, analytics.momentsOfTruth, r.noneMarked),
    '',
    `## ${r.opportunities}`,
    '',
    ...refList(words, analytics.opportunities, r.noneYet),
    '',
    `## ${r.actionPlan}`,
    '',
    ...(analytics.actionPlan.length === 0
      ? [`_${r.noActions}_`]
      : table(
          [r.action, r.stage, r.owner],
          analytics.actionPlan.map((ref) => [
            escapeMarkdown(ref.text),
            escapeMarkdown(ref.stageName),
            ref.owner === undefined || ref.owner.trim() === '' ? `_${r.unassigned}_` : escapeMarkdown(ref.owner)
          ])
        )),
    '',
    ...assumptionsSection(journey, analytics, words),
    '',
    ...emotionSection(journey, analytics, words),
    '',
    ...countsSection(analytics, words),
    ''
  )
  return lines
}
