import { ChannelSchema, DeviceSchema, FlagSchema, inCell, type Item, type Link, type Problem } from '../model'
import { readPeopleCell, readVotesCells } from './csv-cells'
import type { CsvRow } from './csv-row'
import { parseLinksCell } from './links-cell'
import { readCsvChoice } from './read-csv-choice'
import { readResearchCells } from './research-csv-cells'

const TRUE_WORDS = new Set(['yes', 'y', 'true', '1', 'x'])
const FALSE_WORDS = new Set(['', 'no', 'n', 'false', '0'])
/** A score as people write one in decimal: `0x2`, `0b1`, `Infinity` and blanks inside are not scores. */
const DECIMAL_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/
/** A decimal written with a comma (`-1,5`), as spreadsheets write it where `;` separates fields. */
const DECIMAL_COMMA_NUMBER = /^[-+]?\d*,\d+$/

/** A link as a row's `links` cell gives it, from the row's item, with the row's line. */
export interface CsvLink {
  from: string
  to: string
  kind: Link['kind']
  label: string
  line: number
}

/** What the rows before an item's row made: the lines of the items read so far, and where problems and links go. */
export interface CsvItemsSoFar {
  /** Whether a score may have a decimal comma: in a file whose fields are not separated by commas. */
  decimalComma: boolean
  items: { lineById: ReadonlyMap<string, number> }
  problems: Problem[]
  links: CsvLink[]
}

/**
 * The item a row stands for, in the stage and lane the row names; without an id, one made from
 * the row's number in the file (empty rows counted). What is wrong is added to `problems`, and the
 * links its `links` cell gives to `links` (even from a row with problems: a link to itself is
 * reported all the same).
 */
export function readCsvItem(row: CsvRow, rowNumber: number, stageId: string, laneId: string, soFar: CsvItemsSoFar): Item {
  const { problems, links } = soFar
  const id = row.cell('item_id') || `item-${rowNumber}`
  const firstLine = soFar.items.lineById.get(id)
  if (firstLine !== undefined) problems.push(row.problem('csv-item-id-taken', { id, line: firstLine }))
  const item: Item = { id, stageId, laneId, text: row.raw('text'), momentOfTruth: false }
  const scoreText = row.cell('score')
  if (scoreText !== '') {
    const decimal = soFar.decimalComma && DECIMAL_COMMA_NUMBER.test(scoreText) ? scoreText.replace(',', '.') : scoreText
    const score = DECIMAL_NUMBER.test(decimal) ? Number(decimal) : Number.NaN
    if (Number.isFinite(score)) item.score = score + 0
    else problems.push(row.problem('csv-score-not-number', { value: scoreText }))
  }
  const flag = readCsvChoice(row, 'flag', FlagSchema.options, problems, 'csv-unknown-flag')
  if (flag !== undefined) item.flag = flag
  const activity = row.cell('activity_type')
  if (activity !== '') item.activityTypeId = activity
  const truth = row.cell('moment_of_truth').toLowerCase()
  if (TRUE_WORDS.has(truth)) item.momentOfTruth = true
  else if (!FALSE_WORDS.has(truth)) problems.push(row.problem('csv-not-yes-no', { value: row.cell('moment_of_truth') }))
  const channel = readCsvChoice(row, 'channel', ChannelSchema.options, problems)
  if (channel !== undefined) item.channel = channel
  const device = readCsvChoice(row, 'device', DeviceSchema.options, problems)
  if (device !== undefined) item.device = device
  const owner = row.raw('owner')
  if (owner !== '' || row.quotedEmpty('owner')) item.owner = owner
  const people = readPeopleCell(row.raw('people'))
  if (!people.ok) for (const p of people.problems.slice(0, 1)) problems.push(row.onLine(inCell(p, 'people')))
  else if (people.value !== undefined) item.people = people.value
  const votes = readVotesCells(row.raw('votes'), row.raw('vote_kinds'))
  if (!votes.ok) for (const p of votes.problems.slice(0, 1)) problems.push(row.onLine(inCell(p, 'votes')))
  else if (votes.value !== undefined) item.votes = votes.value
  const research = readResearchCells(row.cellOf)
  // Most rows have none: no iterator made to find that out.
  if (research.problems.length > 0) for (const p of research.problems) problems.push(row.onLine(p))
  Object.assign(item, research.fields)
  const linked = parseLinksCell(row.raw('links'))
  // Spelled out rather than spread: a spread's object takes hidden classes that a full collection
  // drops, and with them the code optimised for links (see keepShape).
  if (linked.ok) for (const link of linked.value) links.push({ from: id, kind: link.kind, to: link.to, label: link.label, line: row.line })
  else for (const p of linked.problems) problems.push(row.onLine(inCell(p, 'links')))
  return item
}
