import {
  DEFAULT_EMOTION_SCALE,
  type ActivityType,
  ActorKindSchema,
  ChannelSchema,
  DeviceSchema,
  type EmotionScale,
  FlagSchema,
  type Item,
  type Journey,
  type JourneyInput,
  type Lane,
  type LaneKind,
  LaneKindSchema,
  type Link,
  type Problem,
  type Stage,
  StickyColorSchema,
  validateJourney
} from '../model'
import { uniqueSlug } from '../templates/unique-slug'
import { importFailed, type ImportResult, imported } from './import-result'
import { csvColumnOf, JOURNEY_CSV_COLUMNS, type JourneyCsvColumn } from './journey-csv-columns'
import { parseLinksCell } from './links-cell'
import { type CsvRecord, parseCsv } from './parse-csv'

export const DEFAULT_CSV_TITLE = 'Imported journey'
export const DEFAULT_CSV_PERSONA = 'Customer'
const DEFAULT_SCALE = { min: DEFAULT_EMOTION_SCALE.min, max: DEFAULT_EMOTION_SCALE.max }
const TRUE_WORDS = new Set(['yes', 'y', 'true', '1', 'x'])
const FALSE_WORDS = new Set(['', 'no', 'n', 'false', '0'])

/** Which column each journey field comes from, to name it in problems. */
const ITEM_COLUMNS: Readonly<Record<string, JourneyCsvColumn>> = {
  id: 'item_id',
  stageId: 'stage_id',
  laneId: 'lane_id',
  text: 'text',
  score: 'score',
  flag: 'flag',
  activityTypeId: 'activity_type',
  momentOfTruth: 'moment_of_truth',
  channel: 'channel',
  device: 'device',
  owner: 'owner'
}
const STAGE_COLUMNS: Readonly<Record<string, JourneyCsvColumn>> = { id: 'stage_id', name: 'stage', phaseId: 'phase' }
const LANE_COLUMNS: Readonly<Record<string, JourneyCsvColumn>> = { id: 'lane_id', name: 'lane', kind: 'lane_kind', actor: 'actor' }

interface StageEntry {
  stage: Stage
  phaseName: string
  line: number
}

interface LaneEntry {
  lane: Lane
  line: number
}

interface PendingLink {
  from: string
  to: string
  kind: Link['kind']
  label: string
  line: number
}

function quoteList(values: readonly string[]): string {
  return values.join(', ')
}

/** "Action plan" -> action-plan, "Touchpoint" -> touchpoints: a lane named after its kind. */
function kindFromName(name: string): LaneKind | undefined {
  const base = name.trim().toLowerCase().replace(/[\s_]+/g, '-')
  const candidates = [base, `${base}s`, base.replace(/y$/, 'ies')]
  return LaneKindSchema.options.find((kind) => candidates.includes(kind))
}

/**
 * Orders lanes so that, within every stage, they keep the order they have in the rows: a stable
 * topological sort of the "comes before" pairs, ties broken by first appearance. Rows written
 * stage by stage in board order (as `journeyToCsv` writes them) give back the board's lane order
 * for every pair of lanes that share a stage.
 */
function orderLanes(laneIds: readonly string[], rowsByStage: readonly (readonly string[])[]): string[] {
  const rank = new Map(laneIds.map((id, index) => [id, index]))
  const after = new Map<string, Set<string>>(laneIds.map((id) => [id, new Set<string>()]))
  for (const sequence of rowsByStage) {
    for (let i = 1; i < sequence.length; i += 1) {
      const a = sequence[i - 1]
      const b = sequence[i]
      if (a !== undefined && b !== undefined && a !== b) after.get(a)?.add(b)
    }
  }
  const incoming = new Map(laneIds.map((id) => [id, 0]))
  for (const targets of after.values()) for (const b of targets) incoming.set(b, (incoming.get(b) ?? 0) + 1)
  const remaining = new Set(laneIds)
  const order: string[] = []
  while (remaining.size > 0) {
    const candidates = [...remaining].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
    // A cycle (rows that contradict each other) is broken at the lane that appeared first.
    const next = candidates.find((id) => (incoming.get(id) ?? 0) === 0) ?? candidates[0]
    if (next === undefined) break
    remaining.delete(next)
    order.push(next)
    for (const b of after.get(next) ?? []) incoming.set(b, (incoming.get(b) ?? 0) - 1)
  }
  return order
}

/**
 * Reads the journey CSV that `journeyToCsv` writes (RFC 4180; see `parseCsv` for what is
 * tolerated). Columns are found by their header, in any order and any case; `stage` or
 * `stage_id`, `lane`, `lane_id` or `lane_kind`, and `text` are needed, the rest is optional.
 * Stages and phases are rebuilt in the order they first appear; lanes in the order they have
 * within the stages; ids left out are made from the names. What a CSV cannot carry gets a
 * default, reported as a warning: the title and persona, and the emotion scale (−2 to 2, widened
 * to whole numbers around the scores when they fall outside it).
 * @returns the journey and its warnings, else every problem found, each naming its line.
 */
export function journeyFromCsv(text: string): ImportResult<Journey> {
  const parsed = parseCsv(text)
  if (!parsed.ok) return importFailed(parsed.problems)
  const [header, ...records] = parsed.value
  if (header === undefined) {
    return importFailed([{ path: 'line 1', message: `the CSV is empty; its first row must name the columns (${quoteList(JOURNEY_CSV_COLUMNS)})` }])
  }

  const problems: Problem[] = []
  const warnings: Problem[] = []
  const headerPath = `line ${header.line}`
  const columnIndex = new Map<string, number>()
  header.fields.forEach((raw, index) => {
    const name = csvColumnOf(raw)
    if (name !== undefined && columnIndex.has(name)) problems.push({ path: headerPath, message: `the column "${name}" appears twice` })
    else if (name !== undefined) columnIndex.set(name, index)
    else warnings.push({ path: headerPath, message: `the column "${raw.trim()}" is not a journey column; it is ignored` })
  })
  const has = (column: JourneyCsvColumn): boolean => columnIndex.has(column)
  if (!has('stage') && !has('stage_id')) problems.push({ path: headerPath, message: 'the header needs a "stage" or "stage_id" column' })
  if (!has('lane') && !has('lane_id') && !has('lane_kind')) {
    problems.push({ path: headerPath, message: 'the header needs a "lane", "lane_id" or "lane_kind" column' })
  }
  if (!has('text')) problems.push({ path: headerPath, message: 'the header needs a "text" column' })
  if (problems.length > 0) return importFailed(problems)
  if (records.length === 0) {
    return importFailed([{ path: headerPath, message: 'the CSV has no rows after the header; a journey needs at least one item' }])
  }

  const stages = new Map<string, StageEntry>()
  const stageIdByName = new Map<string, string>()
  const lanes = new Map<string, LaneEntry>()
  const laneIdByName = new Map<string, string>()
  const items: Item[] = []
  const itemLines: number[] = []
  const itemLineById = new Map<string, number>()
  const pendingLinks: PendingLink[] = []
  const laneSequenceByStage = new Map<string, string[]>()
  let warnedMissingKind = false

  const readRow = (record: CsvRecord, rowNumber: number): void => {
    const path = `line ${record.line}`
    const problem = (message: string): void => {
      problems.push({ path, message })
    }
    if (record.fields.length !== header.fields.length) {
      problem(`has ${record.fields.length} fields, but the header has ${header.fields.length}`)
      return
    }
    const raw = (column: JourneyCsvColumn): string => {
      const index = columnIndex.get(column)
      return index === undefined ? '' : (record.fields[index] ?? '')
    }
    const cell = (column: JourneyCsvColumn): string => raw(column).trim()
    const problemsBefore = problems.length

    // Stage: the first row of a stage defines it; later rows may leave its columns empty.
    const stageName = cell('stage')
    let stageId = cell('stage_id')
    if (stageId === '' && stageName === '') {
      problem('stage and stage_id are both empty; every item needs a stage')
      return
    }
    if (stageId === '') {
      stageId = stageIdByName.get(stageName) ?? uniqueSlug(stageName, new Set(stages.keys()), 'stage')
      stageIdByName.set(stageName, stageId)
    }
    const phaseName = cell('phase')
    const knownStage = stages.get(stageId)
    if (knownStage === undefined) {
      stages.set(stageId, { stage: { id: stageId, name: stageName || stageId, description: '' }, phaseName, line: record.line })
    } else {
      const { stage, line } = knownStage
      if (stageName !== '' && stageName !== stage.name) problem(`stage "${stageId}" is called "${stage.name}" on line ${line} but "${stageName}" here`)
      if (phaseName !== '' && knownStage.phaseName === '') knownStage.phaseName = phaseName
      else if (phaseName !== '' && phaseName !== knownStage.phaseName) {
        problem(`stage "${stageId}" is in phase "${knownStage.phaseName}" on line ${line} but in "${phaseName}" here`)
      }
    }

    // Lane: likewise.
    const laneName = cell('lane')
    const kindText = cell('lane_kind').toLowerCase()
    const actorText = cell('actor').toLowerCase()
    let kind: LaneKind | undefined
    if (kindText !== '') {
      const parsedKind = LaneKindSchema.safeParse(kindText)
      if (parsedKind.success) kind = parsedKind.data
      else problem(`unknown lane_kind "${cell('lane_kind')}" (expected one of ${quoteList(LaneKindSchema.options)})`)
    }
    let actor: Lane['actor']
    if (actorText !== '') {
      const parsedActor = ActorKindSchema.safeParse(actorText)
      if (parsedActor.success) actor = parsedActor.data
      else problem(`unknown actor "${cell('actor')}" (expected one of ${quoteList(ActorKindSchema.options)})`)
    }
    let laneId = cell('lane_id')
    if (laneId === '') {
      const byName = laneName || kindText
      if (byName === '') {
        problem('lane, lane_id and lane_kind are all empty; every item needs a lane')
        return
      }
      laneId = laneIdByName.get(byName) ?? uniqueSlug(byName, new Set(lanes.keys()), 'lane')
      laneIdByName.set(byName, laneId)
    }
    const knownLane = lanes.get(laneId)
    if (knownLane !== undefined) {
      const { lane: known, line } = knownLane
      const mismatch = (what: string, before: string, now: string): void =>
        problem(`lane "${laneId}" has ${what} "${before}" on line ${line} but "${now}" here`)
      if (laneName !== '' && laneName !== known.name) mismatch('the name', known.name, laneName)
      if (kind !== undefined && kind !== known.kind) mismatch('the kind', known.kind, kind)
      if (actor !== undefined && actor !== known.actor) mismatch('the actor', known.actor ?? '', actor)
    } else if (kindText === '' || kind !== undefined) {
      kind ??= kindFromName(laneName) ?? kindFromName(laneId)
      if (kind === undefined && has('lane_kind')) {
        problem(`lane_kind is empty and the lane's name is not a kind; give one of ${quoteList(LaneKindSchema.options)}`)
      } else {
        if (kind === undefined && !warnedMissingKind) {
          warnings.push({ path: headerPath, message: 'there is no lane_kind column; lanes not named after a kind are notes lanes' })
          warnedMissingKind = true
        }
        const lane: Lane = { id: laneId, name: laneName || laneId, kind: kind ?? 'notes' }
        if (actor !== undefined) lane.actor = actor
        if (lane.kind === 'actor' && actor === undefined && actorText === '') {
          problem(`an actor lane needs an actor: one of ${quoteList(ActorKindSchema.options)}`)
        }
        lanes.set(laneId, { lane, line: record.line })
      }
    }

    // Item
    const id = cell('item_id') || `item-${rowNumber}`
    const firstLine = itemLineById.get(id)
    if (firstLine !== undefined) problem(`item_id "${id}" is already used on line ${firstLine}`)
    const item: Item = { id, stageId, laneId, text: raw('text'), momentOfTruth: false }
    const scoreText = cell('score')
    if (scoreText !== '') {
      const score = Number(scoreText)
      if (Number.isFinite(score)) item.score = score
      else problem(`score "${scoreText}" is not a number`)
    }
    const flagText = cell('flag').toLowerCase()
    if (flagText !== '') {
      const flag = FlagSchema.safeParse(flagText)
      if (flag.success) item.flag = flag.data
      else problem(`unknown flag "${cell('flag')}" (expected ${quoteList(FlagSchema.options)} or nothing)`)
    }
    const activity = cell('activity_type')
    if (activity !== '') item.activityTypeId = activity
    const truth = cell('moment_of_truth').toLowerCase()
    if (TRUE_WORDS.has(truth)) item.momentOfTruth = true
    else if (!FALSE_WORDS.has(truth)) problem(`moment_of_truth "${cell('moment_of_truth')}" is not yes or no`)
    const channelText = cell('channel').toLowerCase()
    if (channelText !== '') {
      const channel = ChannelSchema.safeParse(channelText)
      if (channel.success) item.channel = channel.data
      else problem(`unknown channel "${cell('channel')}" (expected one of ${quoteList(ChannelSchema.options)})`)
    }
    const deviceText = cell('device').toLowerCase()
    if (deviceText !== '') {
      const device = DeviceSchema.safeParse(deviceText)
      if (device.success) item.device = device.data
      else problem(`unknown device "${cell('device')}" (expected one of ${quoteList(DeviceSchema.options)})`)
    }
    if (raw('owner') !== '') item.owner = raw('owner')
    const links = parseLinksCell(raw('links'))
    if (links.ok) {
      for (const link of links.value) pendingLinks.push({ from: id, ...link, line: record.line })
    } else {
      for (const p of links.problems) problem(`links: ${p.message}`)
    }

    if (problems.length > problemsBefore) return
    items.push(item)
    itemLines.push(record.line)
    itemLineById.set(id, record.line)
    const sequence = laneSequenceByStage.get(stageId) ?? []
    sequence.push(laneId)
    laneSequenceByStage.set(stageId, sequence)
  }

  records.forEach((record, index) => readRow(record, index + 1))

  for (const link of pendingLinks) {
    if (!itemLineById.has(link.to) && problems.length === 0) {
      problems.push({ path: `line ${link.line}`, message: `links: the link to "${link.to}" points to no item (no row has that item_id)` })
    }
    if (link.to === link.from) problems.push({ path: `line ${link.line}`, message: 'links: an item cannot link to itself' })
  }
  if (problems.length > 0) return importFailed(problems)

  // Phases, in the order their stages first appear.
  const stageEntries = [...stages.values()]
  const phaseIdByName = new Map<string, string>()
  const phaseLines = new Map<string, number>()
  for (const entry of stageEntries) {
    if (entry.phaseName === '') continue
    let phaseId = phaseIdByName.get(entry.phaseName)
    if (phaseId === undefined) {
      phaseId = uniqueSlug(entry.phaseName, new Set(phaseIdByName.values()), 'phase')
      phaseIdByName.set(entry.phaseName, phaseId)
      phaseLines.set(phaseId, entry.line)
    }
    entry.stage.phaseId = phaseId
  }
  const phases = [...phaseIdByName].map(([name, id]) => ({ id, name }))

  const laneOrder = orderLanes([...lanes.keys()], [...laneSequenceByStage.values()])
  const laneEntries = laneOrder.map((id) => lanes.get(id)).filter((entry): entry is LaneEntry => entry !== undefined)

  const activityIds = [...new Set(items.flatMap((item) => (item.activityTypeId === undefined ? [] : [item.activityTypeId])))]
  const activityTypes: ActivityType[] = activityIds.map((id, index) => ({
    id,
    name: id,
    color: StickyColorSchema.options[index % StickyColorSchema.options.length] ?? 'yellow'
  }))

  const emotionScale = scaleFor(items, lanes, warnings)
  warnings.push(
    { path: 'title', message: `a CSV carries no title; the journey is called "${DEFAULT_CSV_TITLE}"` },
    { path: 'personas', message: `a CSV carries no persona; the persona is "${DEFAULT_CSV_PERSONA}"` }
  )

  const input: JourneyInput = {
    id: uniqueSlug(DEFAULT_CSV_TITLE, new Set(), 'journey'),
    title: DEFAULT_CSV_TITLE,
    personas: [{ id: 'persona-1', name: DEFAULT_CSV_PERSONA }],
    phases,
    stages: stageEntries.map((entry) => entry.stage),
    lanes: laneEntries.map((entry) => entry.lane),
    activityTypes,
    items,
    links: pendingLinks.map((link, index) => ({ id: `link-${index + 1}`, from: link.from, to: link.to, kind: link.kind, label: link.label })),
    emotionScale
  }
  const validated = validateJourney(input)
  if (validated.ok) return imported(validated.value, warnings)

  // Problems the model finds are moved onto the rows they come from.
  const lineOf = (collection: string, index: number): number | undefined => {
    switch (collection) {
      case 'items':
        return itemLines[index]
      case 'stages':
        return stageEntries[index]?.line
      case 'lanes':
        return laneEntries[index]?.line
      case 'links':
        return pendingLinks[index]?.line
      case 'phases':
        return phaseLines.get(phases[index]?.id ?? '')
      case 'activityTypes':
        return itemLines[items.findIndex((item) => item.activityTypeId === activityTypes[index]?.id)]
      default:
        return undefined
    }
  }
  const columnOf = (collection: string, field: string | undefined): string | undefined => {
    if (field === undefined) return undefined
    if (collection === 'items') return ITEM_COLUMNS[field]
    if (collection === 'stages') return STAGE_COLUMNS[field]
    if (collection === 'lanes') return LANE_COLUMNS[field]
    if (collection === 'links') return 'links'
    if (collection === 'phases') return 'phase'
    if (collection === 'activityTypes') return 'activity_type'
    return undefined
  }
  return importFailed(
    validated.problems.map((p) => {
      const match = /^(\w+)\[(\d+)\](?:\.(\w+))?/.exec(p.path)
      const line = match === null ? undefined : lineOf(match[1] ?? '', Number(match[2]))
      if (match === null || line === undefined) return p
      const column = columnOf(match[1] ?? '', match[3])
      return { path: `line ${line}`, message: column === undefined ? p.message : `${column}: ${p.message}` }
    })
  )
}

/**
 * −2 to 2 unless the scores fall outside it; scored per touchpoint when only touchpoints carry
 * scores (a CSV does not say).
 */
function scaleFor(items: readonly Item[], lanes: ReadonlyMap<string, LaneEntry>, warnings: Problem[]): EmotionScale {
  const scored = items.filter((item): item is Item & { score: number } => item.score !== undefined)
  const kindOf = (item: Item): LaneKind | undefined => lanes.get(item.laneId)?.lane.kind
  const onlyTouchpoints = scored.length > 0 && scored.every((item) => kindOf(item) === 'touchpoints')
  const per = onlyTouchpoints ? 'touchpoint' : 'stage'
  const scores = scored.map((item) => item.score)
  const low = Math.min(DEFAULT_SCALE.min, ...scores.map(Math.floor))
  const high = Math.max(DEFAULT_SCALE.max, ...scores.map(Math.ceil))
  if (low < DEFAULT_SCALE.min || high > DEFAULT_SCALE.max) {
    warnings.push({
      path: 'emotionScale',
      message: `scores run from ${Math.min(...scores)} to ${Math.max(...scores)}, outside −2 to 2; the emotion scale is ${low} to ${high}`
    })
  }
  return { min: low, max: high, per }
}
