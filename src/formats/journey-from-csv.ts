import { BOARD_CATALOGUES, LANGUAGES } from '../i18n'
import {
  DEFAULT_EMOTION_SCALE,
  type ActivityType,
  ActorKindSchema,
  atLine,
  ChannelSchema,
  DeviceSchema,
  type EmotionScale,
  FlagSchema,
  inCell,
  type Item,
  type Journey,
  type JourneyInput,
  type Lane,
  type LaneKind,
  LaneKindSchema,
  type Link,
  type Phase,
  type ImportProblemCode,
  type Problem,
  type ProblemParams,
  type Stage,
  StickyColorSchema,
  validateJourney
} from '../model'
import { SlugAllocator } from '../templates/unique-slug'
import { fromSpreadsheetCell, readPeopleCell, readVotesCells } from './csv-cells'
import { importProblem as problem } from './import-problem'
import { importFailed, type ImportResult, imported } from './import-result'
import { csvColumnOf, JOURNEY_CSV_COLUMNS, type JourneyCsvColumn } from './journey-csv-columns'
import { parseLinksCell } from './links-cell'
import { orderCsvLanes } from './order-csv-lanes'
import { guessLaneKind } from './guess-lane-kind'
import { type CsvRecord, detectCsvDelimiter, forEachCsvRecord } from './parse-csv'
import { readResearchCells, researchScales } from './research-csv-cells'

export const DEFAULT_CSV_TITLE = 'Imported journey'
export const DEFAULT_CSV_PERSONA = 'Customer'
const DEFAULT_SCALE = { min: DEFAULT_EMOTION_SCALE.min, max: DEFAULT_EMOTION_SCALE.max }
const TRUE_WORDS = new Set(['yes', 'y', 'true', '1', 'x'])
const FALSE_WORDS = new Set(['', 'no', 'n', 'false', '0'])
/** A score as people write one in decimal: `0x2`, `0b1`, `Infinity` and blanks inside are not scores. */
const DECIMAL_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/
/** A decimal written with a comma (`-1,5`), as spreadsheets write it where `;` separates fields. */
const DECIMAL_COMMA_NUMBER = /^[-+]?\d*,\d+$/

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
  owner: 'owner',
  people: 'people',
  votes: 'votes',
  curveId: 'curve',
  evidence: 'evidence'
}
const STAGE_COLUMNS: Readonly<Record<string, JourneyCsvColumn>> = { id: 'stage_id', name: 'stage', phaseId: 'phase' }
const LANE_COLUMNS: Readonly<Record<string, JourneyCsvColumn>> = { id: 'lane_id', name: 'lane', kind: 'lane_kind', actor: 'actor' }

/**
 * Lane kinds by their names in every language ("Pain points", "Smertepunkter", "痛点"), lower case.
 * Built on first use: the panel unpacks its catalogues after its code has loaded.
 */
let kindByName: ReadonlyMap<string, LaneKind> | undefined
function kindsByName(): ReadonlyMap<string, LaneKind> {
  kindByName ??= new Map(
    LANGUAGES.flatMap((language) => Object.entries(BOARD_CATALOGUES[language].kinds.lanes).map(([kind, text]) => [text.trim().toLowerCase(), kind as LaneKind] as const))
  )
  return kindByName
}

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

/** Where each column is in the rows. */
interface CsvColumns {
  index: ReadonlyMap<JourneyCsvColumn, number>
  width: number
  headerPath: string
  headerLine: number
}

/**
 * One row's cells, by column; `problem` records what is wrong on its line. One reader serves every
 * row in turn (`at`), so a big import makes no reader, and no cell function, per row.
 */
class CsvRow {
  private record: CsvRecord = { line: 0, fields: [] }
  /** `cell` as a function of its own, for the research cells' reader. */
  readonly cellOf = (column: JourneyCsvColumn): string => this.cell(column)

  constructor(private readonly parts: CsvJourneyParts) {}

  /** This reader on another row. */
  at(record: CsvRecord): this {
    this.record = record
    return this
  }

  get line(): number {
    return this.record.line
  }

  raw(column: JourneyCsvColumn): string {
    const position = this.parts.columns.index.get(column)
    return position === undefined ? '' : fromSpreadsheetCell(this.record.fields[position] ?? '')
  }

  cell(column: JourneyCsvColumn): string {
    return this.raw(column).trim()
  }

  /** Whether the cell was written as `""`: an empty text given on purpose, not a missing one. */
  quotedEmpty(column: JourneyCsvColumn): boolean {
    return this.record.quotedEmpty?.includes(this.parts.columns.index.get(column) ?? -1) === true
  }

  /** Records a problem on this row's line: one found here (by code), or one a cell reader gave. */
  problem(code: ImportProblemCode, params?: ProblemParams): void {
    this.found(problem('', code, params))
  }

  found(found: Problem): void {
    this.parts.problems.push(atLine(found, this.record.line))
  }
}

/** What the rows build up, step by step; every map is keyed by id and keeps first-appearance order. */
class CsvJourneyParts {
  readonly problems: Problem[] = []
  readonly warnings: Problem[] = []
  readonly stages = new Map<string, StageEntry>()
  readonly lanes = new Map<string, LaneEntry>()
  readonly items: Item[] = []
  readonly itemLines: number[] = []
  readonly itemLineById = new Map<string, number>()
  readonly links: PendingLink[] = []
  /** The lanes of each stage's rows in order, for `orderCsvLanes`. */
  readonly laneSequenceByStage = new Map<string, string[]>()
  readonly stageIdByName = new Map<string, string>()
  readonly laneIdByName = new Map<string, string>()
  readonly stageSlugs = new SlugAllocator('stage')
  readonly laneSlugs = new SlugAllocator('lane')
  readonly row = new CsvRow(this)
  warnedMissingKind = false

  constructor(
    readonly columns: CsvColumns,
    /** Whether a score may have a decimal comma: in a file whose fields are not separated by commas. */
    readonly decimalComma: boolean
  ) {}

  has(column: JourneyCsvColumn): boolean {
    return this.columns.index.has(column)
  }
}

/** "Action plan" -> action-plan, "Touchpoint" -> touchpoints, "Pain points" -> pains: a lane named after its kind. */
function kindNamed(name: string): LaneKind | undefined {
  const lower = name.trim().toLowerCase()
  const byName = kindsByName().get(lower)
  if (byName !== undefined) return byName
  const base = lower.replace(/[\s_]+/g, '-')
  const candidates = [base, `${base}s`, base.replace(/y$/, 'ies')]
  return LaneKindSchema.options.find((kind) => candidates.includes(kind))
}

/**
 * The row kind a lane label on a board would say ("Experience" and "Oplevelse" are emotion lanes,
 * "Ideas" opportunities), so a CSV's lane reads as the same lane drawn by hand. A name that says
 * only who acts ("Staff") says no kind: an actor lane needs its actor's kind, which a spreadsheet
 * gives in the actor column.
 */
function kindGuessed(name: string): LaneKind | undefined {
  const guess = guessLaneKind(name)
  return guess !== null && 'kind' in guess ? guess.kind : undefined
}

/** A lane's kind by its name or id: one named after its kind first, so a guess from words never outweighs it. */
function kindFromName(name: string, id: string): LaneKind | undefined {
  return kindNamed(name) ?? kindNamed(id) ?? kindGuessed(name) ?? kindGuessed(id)
}

/** The header row: where each known column is, or what is wrong with it. */
function readHeader(header: CsvRecord, warnings: Problem[]): { ok: true; columns: CsvColumns } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = []
  const headerPath = `line ${header.line}`
  const onHeader = (code: ImportProblemCode, params: ProblemParams = {}): number => problems.push(atLine(problem('', code, params), header.line))
  const index = new Map<JourneyCsvColumn, number>()
  header.fields.forEach((raw, position) => {
    const name = csvColumnOf(raw)
    if (name !== undefined && index.has(name)) onHeader('csv-column-twice', { column: name })
    else if (name !== undefined) index.set(name, position)
    else warnings.push(atLine(problem('', 'csv-column-ignored', { column: raw.trim() }), header.line))
  })
  if (!index.has('stage') && !index.has('stage_id')) onHeader('csv-needs-stage')
  if (!index.has('lane') && !index.has('lane_id') && !index.has('lane_kind')) onHeader('csv-needs-lane')
  if (!index.has('text')) onHeader('csv-needs-text')
  return problems.length > 0 ? { ok: false, problems } : { ok: true, columns: { index, width: header.fields.length, headerPath, headerLine: header.line } }
}

/** The row's stage: the first row of a stage defines it; later rows may leave its columns empty. */
function readStage(row: CsvRow, parts: CsvJourneyParts): string | undefined {
  const stageName = row.cell('stage')
  let stageId = row.cell('stage_id')
  if (stageId === '' && stageName === '') {
    row.problem('csv-no-stage')
    return undefined
  }
  if (stageId === '') {
    stageId = parts.stageIdByName.get(stageName) ?? parts.stageSlugs.take(stageName)
    parts.stageIdByName.set(stageName, stageId)
  }
  parts.stageSlugs.reserve(stageId)
  const phaseName = row.cell('phase')
  const known = parts.stages.get(stageId)
  if (known === undefined) {
    parts.stages.set(stageId, { stage: { id: stageId, name: stageName || stageId, description: '' }, phaseName, line: row.line })
    return stageId
  }
  const { stage, line } = known
  if (stageName !== '' && stageName !== stage.name) row.problem('csv-stage-name-differs', { id: stageId, before: stage.name, line, now: stageName })
  if (phaseName !== '' && known.phaseName === '') known.phaseName = phaseName
  else if (phaseName !== '' && phaseName !== known.phaseName) row.problem('csv-stage-phase-differs', { id: stageId, before: known.phaseName, line, now: phaseName })
  // The stage's own id, the same text as this row's: every item of the stage then shares one string, not one of its own.
  return stage.id
}

function parseEnum<T extends string>(row: CsvRow, column: JourneyCsvColumn, options: readonly T[], code: ImportProblemCode = 'csv-unknown-value'): T | undefined {
  const text = row.cell(column).toLowerCase()
  if (text === '') return undefined
  // includes, not find: no closure per cell of every row.
  if ((options as readonly string[]).includes(text)) return text as T
  row.problem(code, { column, value: row.cell(column), options: [...options] })
  return undefined
}

/** The row's lane, made on its first row (its kind from lane_kind, else from its name). */
function readLane(row: CsvRow, parts: CsvJourneyParts): string | undefined {
  const laneName = row.cell('lane')
  const kindText = row.cell('lane_kind').toLowerCase()
  const kind = parseEnum(row, 'lane_kind', LaneKindSchema.options)
  const actorText = row.cell('actor')
  const actor = parseEnum(row, 'actor', ActorKindSchema.options)
  let laneId = row.cell('lane_id')
  if (laneId === '') {
    const byName = laneName || kindText
    if (byName === '') {
      row.problem('csv-no-lane')
      return undefined
    }
    laneId = parts.laneIdByName.get(byName) ?? parts.laneSlugs.take(byName)
    parts.laneIdByName.set(byName, laneId)
  }
  parts.laneSlugs.reserve(laneId)
  const known = parts.lanes.get(laneId)
  if (known !== undefined) {
    const { lane, line } = known
    const mismatch = (code: ImportProblemCode, before: string, now: string): void => row.problem(code, { id: laneId, before, line, now })
    if (laneName !== '' && laneName !== lane.name) mismatch('csv-lane-name-differs', lane.name, laneName)
    if (kind !== undefined && kind !== lane.kind) mismatch('csv-lane-kind-differs', lane.kind, kind)
    if (actor !== undefined && actor !== lane.actor) mismatch('csv-lane-actor-differs', lane.actor ?? '', actor)
    return lane.id
  }
  if (kindText !== '' && kind === undefined) return laneId
  const chosen = kind ?? kindFromName(laneName, laneId)
  if (chosen === undefined && parts.has('lane_kind')) {
    row.problem('csv-lane-kind-unknown', { options: [...LaneKindSchema.options] })
    return laneId
  }
  if (chosen === undefined && !parts.warnedMissingKind) {
    parts.warnings.push(atLine(problem('', 'csv-no-lane-kind'), parts.columns.headerLine))
    parts.warnedMissingKind = true
  }
  const lane: Lane = { id: laneId, name: laneName || laneId, kind: chosen ?? 'notes' }
  if (actor !== undefined) lane.actor = actor
  if (lane.kind === 'actor' && actor === undefined && actorText === '') row.problem('csv-actor-missing', { options: [...ActorKindSchema.options] })
  parts.lanes.set(laneId, { lane, line: row.line })
  return laneId
}

/** The item a row stands for, with the links that start at it. */
function readItem(row: CsvRow, parts: CsvJourneyParts, rowNumber: number, stageId: string, laneId: string): Item {
  const id = row.cell('item_id') || `item-${rowNumber}`
  const firstLine = parts.itemLineById.get(id)
  if (firstLine !== undefined) row.problem('csv-item-id-taken', { id, line: firstLine })
  const item: Item = { id, stageId, laneId, text: row.raw('text'), momentOfTruth: false }
  const scoreText = row.cell('score')
  if (scoreText !== '') {
    const decimal = parts.decimalComma && DECIMAL_COMMA_NUMBER.test(scoreText) ? scoreText.replace(',', '.') : scoreText
    const score = DECIMAL_NUMBER.test(decimal) ? Number(decimal) : Number.NaN
    if (Number.isFinite(score)) item.score = score + 0
    else row.problem('csv-score-not-number', { value: scoreText })
  }
  const flag = parseEnum(row, 'flag', FlagSchema.options, 'csv-unknown-flag')
  if (flag !== undefined) item.flag = flag
  const activity = row.cell('activity_type')
  if (activity !== '') item.activityTypeId = activity
  const truth = row.cell('moment_of_truth').toLowerCase()
  if (TRUE_WORDS.has(truth)) item.momentOfTruth = true
  else if (!FALSE_WORDS.has(truth)) row.problem('csv-not-yes-no', { value: row.cell('moment_of_truth') })
  const channel = parseEnum(row, 'channel', ChannelSchema.options)
  if (channel !== undefined) item.channel = channel
  const device = parseEnum(row, 'device', DeviceSchema.options)
  if (device !== undefined) item.device = device
  const owner = row.raw('owner')
  if (owner !== '' || row.quotedEmpty('owner')) item.owner = owner
  const people = readPeopleCell(row.raw('people'))
  if (!people.ok) for (const p of people.problems.slice(0, 1)) row.found(inCell(p, 'people'))
  else if (people.value !== undefined) item.people = people.value
  const votes = readVotesCells(row.raw('votes'), row.raw('vote_kinds'))
  if (!votes.ok) for (const p of votes.problems.slice(0, 1)) row.found(inCell(p, 'votes'))
  else if (votes.value !== undefined) item.votes = votes.value
  const research = readResearchCells(row.cellOf)
  for (const p of research.problems) row.found(p)
  Object.assign(item, research.fields)
  const links = parseLinksCell(row.raw('links'))
  if (links.ok) for (const link of links.value) parts.links.push({ from: id, ...link, line: row.line })
  else for (const p of links.problems) row.found(inCell(p, 'links'))
  return item
}

function readRow(record: CsvRecord, rowNumber: number, parts: CsvJourneyParts): void {
  const row = parts.row.at(record)
  if (record.fields.length !== parts.columns.width) {
    row.problem('csv-field-count', { fields: record.fields.length, width: parts.columns.width })
    return
  }
  const problemsBefore = parts.problems.length
  const stageId = readStage(row, parts)
  if (stageId === undefined) return
  const laneId = readLane(row, parts)
  if (laneId === undefined) return
  const item = readItem(row, parts, rowNumber, stageId, laneId)
  if (parts.problems.length > problemsBefore) return
  parts.items.push(item)
  parts.itemLines.push(record.line)
  parts.itemLineById.set(item.id, record.line)
  const sequence = parts.laneSequenceByStage.get(stageId)
  if (sequence === undefined) parts.laneSequenceByStage.set(stageId, [laneId])
  else sequence.push(laneId)
}

function checkLinks(parts: CsvJourneyParts): void {
  for (const link of parts.links) {
    if (!parts.itemLineById.has(link.to) && parts.problems.length === 0) {
      parts.problems.push(atLine(inCell(problem('', 'csv-link-to-nothing', { id: link.to }), 'links'), link.line))
    }
    if (link.to === link.from) parts.problems.push(atLine(inCell(problem('', 'csv-link-to-itself'), 'links'), link.line))
  }
}

/** Phases, in the order their stages first appear; sets each stage's phaseId. */
function buildPhases(stageEntries: readonly StageEntry[]): { phases: Phase[]; phaseLines: Map<string, number> } {
  const phaseIdByName = new Map<string, string>()
  const phaseLines = new Map<string, number>()
  const slugs = new SlugAllocator('phase')
  for (const entry of stageEntries) {
    if (entry.phaseName === '') continue
    let phaseId = phaseIdByName.get(entry.phaseName)
    if (phaseId === undefined) {
      phaseId = slugs.take(entry.phaseName)
      phaseIdByName.set(entry.phaseName, phaseId)
      phaseLines.set(phaseId, entry.line)
    }
    entry.stage.phaseId = phaseId
  }
  return { phases: [...phaseIdByName].map(([name, id]) => ({ id, name })), phaseLines }
}

function activityTypesOf(items: readonly Item[]): ActivityType[] {
  // One set filled in a loop, not a list of one- or no-element lists per item to flatten.
  const ids = new Set<string>()
  for (const item of items) if (item.activityTypeId !== undefined) ids.add(item.activityTypeId)
  return [...ids].map((id, index) => ({ id, name: id, color: StickyColorSchema.options[index % StickyColorSchema.options.length] ?? 'yellow' }))
}

/**
 * −2 to 2 unless the scores fall outside it; scored per touchpoint when only touchpoints carry
 * scores (a CSV does not say).
 */
function scaleFor(items: readonly Item[], lanes: ReadonlyMap<string, LaneEntry>, warnings: Problem[]): EmotionScale {
  let onlyTouchpoints = true
  let scored = 0
  let lowest = Number.POSITIVE_INFINITY
  let highest = Number.NEGATIVE_INFINITY
  // A loop, not Math.min(...scores): spreading 130,000 scores overflows the call stack.
  for (const item of items) {
    if (item.score === undefined) continue
    scored += 1
    lowest = Math.min(lowest, item.score)
    highest = Math.max(highest, item.score)
    if (lanes.get(item.laneId)?.lane.kind !== 'touchpoints') onlyTouchpoints = false
  }
  const per = scored > 0 && onlyTouchpoints ? 'touchpoint' : 'stage'
  const low = Math.min(DEFAULT_SCALE.min, Math.floor(lowest))
  const high = Math.max(DEFAULT_SCALE.max, Math.ceil(highest))
  if (low < DEFAULT_SCALE.min || high > DEFAULT_SCALE.max) {
    warnings.push(problem('emotionScale', 'csv-scale-widened', { lowest, highest, low, high }))
  }
  return { min: low, max: high, per }
}

/** Moves problems the model finds onto the rows they come from, naming the column. */
function placeModelProblems(
  problems: readonly Problem[],
  where: { parts: CsvJourneyParts; stageEntries: StageEntry[]; laneEntries: LaneEntry[]; phases: Phase[]; phaseLines: Map<string, number>; activityTypes: ActivityType[] }
): Problem[] {
  const { parts, stageEntries, laneEntries, phases, phaseLines, activityTypes } = where
  const lines: Readonly<Record<string, (index: number) => number | undefined>> = {
    items: (index) => parts.itemLines[index],
    stages: (index) => stageEntries[index]?.line,
    lanes: (index) => laneEntries[index]?.line,
    links: (index) => parts.links[index]?.line,
    phases: (index) => phaseLines.get(phases[index]?.id ?? ''),
    activityTypes: (index) => parts.itemLines[parts.items.findIndex((item) => item.activityTypeId === activityTypes[index]?.id)]
  }
  const columns: Readonly<Record<string, (field: string) => string | undefined>> = {
    items: (field) => ITEM_COLUMNS[field],
    stages: (field) => STAGE_COLUMNS[field],
    lanes: (field) => LANE_COLUMNS[field],
    links: () => 'links',
    phases: () => 'phase',
    activityTypes: () => 'activity_type'
  }
  return problems.map((p) => {
    const match = /^(\w+)\[(\d+)\](?:\.(\w+))?/.exec(p.path)
    const collection = match?.[1] ?? ''
    const line = match === null ? undefined : lines[collection]?.(Number(match[2]))
    if (line === undefined) return p
    const column = match?.[3] === undefined ? undefined : columns[collection]?.(match[3])
    return atLine(column === undefined ? p : inCell(p, column), line)
  })
}

/**
 * A row with nothing in any cell and no cell quoted (`,,,`): what a spreadsheet writes for an empty
 * row it was saved with, between the items or after them. It is left out, as a blank line is.
 */
function isEmptyRow(record: CsvRecord): boolean {
  return record.quotedEmpty === undefined && record.fields.every((field) => field === '')
}

/**
 * The header, then every row, each read as soon as the CSV reader hands it over: a big file's
 * records are not all held at once, only what the rows build. A syntax error anywhere in the
 * file, a header without the columns needed, or no row at all is the whole answer.
 */
function readRows(text: string): ImportResult<CsvJourneyParts> {
  const delimiter = detectCsvDelimiter(text)
  let head: ReturnType<typeof readHeader> | undefined
  let parts: CsvJourneyParts | undefined
  let rowNumber = 0
  const warnings: Problem[] = []
  const parsed = forEachCsvRecord(text, { delimiter }, (record) => {
    if (head === undefined) {
      head = readHeader(record, warnings)
      return
    }
    // Counted before the empty rows are left out, so an item's made-up id names its row in the file.
    rowNumber += 1
    if (!head.ok || isEmptyRow(record)) return
    if (parts === undefined) {
      parts = new CsvJourneyParts(head.columns, delimiter !== ',')
      parts.warnings.push(...warnings)
    }
    readRow(record, rowNumber, parts)
  })
  if (!parsed.ok) return importFailed(parsed.problems)
  if (head === undefined) return importFailed([atLine(problem('', 'csv-empty', { columns: [...JOURNEY_CSV_COLUMNS] }), 1)])
  if (!head.ok) return importFailed(head.problems)
  if (parts === undefined) return importFailed([atLine(problem('', 'csv-no-rows'), head.columns.headerLine)])
  return imported(parts)
}

/**
 * Reads the journey CSV that `journeyToCsv` writes (RFC 4180, with `,`, `;` or tab between fields
 * and an optional byte order mark; see `parseCsv`; where fields are not separated by commas, a score
 * may have a decimal comma). Columns are found by their header, in any
 * order and any case, by id or by name in any language; `stage` or `stage_id`, `lane`, `lane_id`
 * or `lane_kind`, and `text` are needed, the rest is optional. Stages and phases are rebuilt in
 * the order they first appear; lanes in the order they have within the stages, their kind from
 * `lane_kind` or else their name in any language ("Pain points" is a pains lane); ids left out are
 * made from the names. Cells a spreadsheet guard marked with a leading `'` are read without it.
 * What a CSV cannot carry gets a default, reported as a warning: the title and persona, and the
 * emotion scale (−2 to 2, widened to whole numbers around the scores when they fall outside it).
 * @returns the journey and its warnings, else every problem found, each naming its line.
 */
export function journeyFromCsv(text: string): ImportResult<Journey> {
  const read = readRows(text)
  if (!read.ok) return read
  const parts = read.value
  checkLinks(parts)
  if (parts.problems.length > 0) return importFailed(parts.problems)

  const stageEntries = [...parts.stages.values()]
  const { phases, phaseLines } = buildPhases(stageEntries)
  const laneEntries = orderCsvLanes([...parts.lanes.keys()], [...parts.laneSequenceByStage.values()]).flatMap((id) => parts.lanes.get(id) ?? [])
  const activityTypes = activityTypesOf(parts.items)
  const emotionScale = scaleFor(parts.items, parts.lanes, parts.warnings)
  parts.warnings.push(
    problem('title', 'csv-no-title', { title: DEFAULT_CSV_TITLE }),
    problem('personas', 'csv-no-persona', { persona: DEFAULT_CSV_PERSONA })
  )

  const input: JourneyInput = {
    id: new SlugAllocator('journey').take(DEFAULT_CSV_TITLE),
    title: DEFAULT_CSV_TITLE,
    personas: [{ id: 'persona-1', name: DEFAULT_CSV_PERSONA }],
    phases,
    stages: stageEntries.map((entry) => entry.stage),
    lanes: laneEntries.map((entry) => entry.lane),
    activityTypes,
    items: parts.items,
    links: parts.links.map((link, index) => ({ id: `link-${index + 1}`, from: link.from, to: link.to, kind: link.kind, label: link.label })),
    emotionScale,
    ...researchScales(parts.items, parts.warnings)
  }
  const validated = validateJourney(input)
  if (validated.ok) return imported(validated.value, parts.warnings)
  return importFailed(placeModelProblems(validated.problems, { parts, stageEntries, laneEntries, phases, phaseLines, activityTypes }))
}
