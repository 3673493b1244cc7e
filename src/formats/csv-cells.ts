import { fail, ok, type Result, type Votes } from '../model'
import { importProblem as problem } from './import-problem'

/**
 * What a spreadsheet would run as a formula when a cell starts with it (OWASP's list for CSV
 * injection): `=`, `+`, `-`, `@`, a tab or a carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/
/** A guarded cell: one `'` (or more, when the text itself began with guards) before a formula start. */
const GUARDED = /^'+[=+\-@\t\r]/
/** Numbers stay numbers: a spreadsheet reads `-1.5` as minus one and a half, not as a formula to fear. */
const PLAIN_NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/
const GUARD = "'"
const GUARD_CODE = GUARD.charCodeAt(0)
/** The first characters of every cell the expressions above may guard: a formula start or a guard. */
const GUARD_NEEDS_LOOK = new Set([...'=+-@\t\r', GUARD].map((ch) => ch.charCodeAt(0)))

/**
 * A cell made safe to open in a spreadsheet, as OWASP recommends: a leading `'` before a formula
 * start, which spreadsheets show as text and hide. A text that already starts with guards before a
 * formula start gets one more, so `fromSpreadsheetCell` gives back exactly the text.
 */
export function toSpreadsheetCell(value: string): string {
  // Most cells start with none of these, and need no expression tried at all.
  if (!GUARD_NEEDS_LOOK.has(value.charCodeAt(0))) return value
  if (PLAIN_NUMBER.test(value)) return value
  return FORMULA_START.test(value) || GUARDED.test(value) ? GUARD + value : value
}

/** Undoes `toSpreadsheetCell`: one leading `'` before a formula start is dropped. */
export function fromSpreadsheetCell(cell: string): string {
  // Read for every cell of every row: most do not start with a guard, and need no expression tried.
  return cell.charCodeAt(0) === GUARD_CODE && GUARDED.test(cell) ? cell.slice(GUARD.length) : cell
}

/** What an empty cell says, one answer shared by every row of a big import that leaves the cell empty. */
const NOTHING: Result<undefined> = Object.freeze(ok(undefined))

/** Who took part, as a JSON list of names: `["Me","Partner"]`; empty when the item does not say. */
export function formatPeopleCell(people: readonly string[] | undefined): string {
  return people === undefined ? '' : JSON.stringify(people)
}

/**
 * Reads a `people` cell: a JSON list of names as `formatPeopleCell` writes it, or names separated
 * by commas as people type them (`Me, Partner`); an empty cell says nothing.
 */
export function readPeopleCell(cell: string): Result<string[] | undefined> {
  const text = cell.trim()
  if (text === '') return NOTHING
  if (!text.startsWith('[')) return ok(text.split(',').map((name) => name.trim()))
  let list: unknown
  try {
    list = JSON.parse(text)
  } catch {
    return fail([problem('', 'csv-people-form')])
  }
  if (!Array.isArray(list) || !list.every((name): name is string => typeof name === 'string')) {
    return fail([problem('', 'csv-people-names')])
  }
  return ok(list)
}

/** Votes by kind as `thumbs-up:2; heart:1`, most first; empty without votes. */
export function formatVoteKindsCell(votes: Votes | undefined): string {
  return votes === undefined ? '' : votes.kinds.map((k) => `${k.kind}:${k.count}`).join('; ')
}

/**
 * Votes from the `votes` and `vote_kinds` cells: the kinds as `formatVoteKindsCell` writes them
 * (the total is their sum), else a bare count as that many votes of kind "vote".
 */
export function readVotesCells(countCell: string, kindsCell: string): Result<Votes | undefined> {
  const kindsText = kindsCell.trim()
  const countText = countCell.trim()
  if (kindsText === '') {
    if (countText === '') return NOTHING
    const count = Number(countText)
    if (!Number.isInteger(count) || count < 0) return fail([problem('', 'csv-votes-not-whole', { value: countText })])
    return ok(count === 0 ? undefined : { count, kinds: [{ kind: 'vote', count }] })
  }
  const kinds: Votes['kinds'] = []
  for (const part of kindsText.split(';')) {
    const entry = part.trim()
    if (entry === '') continue
    const colon = entry.lastIndexOf(':')
    const count = colon < 0 ? Number.NaN : Number(entry.slice(colon + 1).trim())
    const kind = colon < 0 ? '' : entry.slice(0, colon).trim()
    if (kind === '' || !Number.isInteger(count) || count < 1) return fail([problem('', 'csv-vote-kinds-form', { value: entry })])
    kinds.push({ kind, count })
  }
  if (kinds.length === 0) return ok(undefined)
  const count = kinds.reduce((sum, k) => sum + k.count, 0)
  if (countText !== '' && Number(countText) !== count) return fail([problem('', 'csv-votes-sum', { count: countText, sum: count })])
  return ok({ count, kinds })
}
