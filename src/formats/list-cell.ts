import { fail, ok, type Result } from '../model'
import { importProblem as problem } from './import-problem'

const SEPARATOR = '; '
const JSON_STRING = /^"(?:[^"\\]|\\.)*"/

/** What an entry cannot hold unquoted: the separator, a quote, a backslash or a line break (made once, not per entry). */
const QUOTED_CHARACTERS = /[;"\\\r\n\u2028\u2029]/

/** Whether an entry must be quoted to survive: it holds one of `QUOTED_CHARACTERS`, or spaces at an end. */
function needsQuotes(entry: string): boolean {
  return entry === '' || QUOTED_CHARACTERS.test(entry) || entry.trim() !== entry
}

/**
 * A list of texts in one CSV cell: `P1; P4; "Interview 3; 12:30"`. Entries are separated by "; ";
 * one that holds a semicolon, a quote, a line break or spaces at its ends is written as a JSON string.
 */
export function formatListCell(entries: readonly string[]): string {
  if (entries.length === 0) return ''
  return entries.map((entry) => (needsQuotes(entry) ? JSON.stringify(entry) : entry)).join(SEPARATOR)
}

/**
 * Reads a list cell written by `formatListCell` or by hand (`P1;P2`).
 * @returns the entries, else one message saying what is wrong (the caller adds the line and column).
 */
export function parseListCell(cell: string): Result<string[]> {
  const entries: string[] = []
  let rest = cell.trim()
  while (rest !== '') {
    if (rest.startsWith('"')) {
      const quoted = JSON_STRING.exec(rest)
      if (quoted === null) return fail([problem('', 'csv-list-unclosed', { text: rest })])
      try {
        entries.push(JSON.parse(quoted[0]) as string)
      } catch {
        return fail([problem('', 'csv-list-bad-quoted', { text: quoted[0] })])
      }
      rest = rest.slice(quoted[0].length).trimStart()
      if (rest === '') break
      if (!rest.startsWith(';')) return fail([problem('', 'csv-list-separator', { rest, text: quoted[0] })])
      rest = rest.slice(1).trimStart()
      continue
    }
    const end = rest.indexOf(';')
    const entry = (end === -1 ? rest : rest.slice(0, end)).trim()
    if (entry !== '') entries.push(entry)
    rest = end === -1 ? '' : rest.slice(end + 1).trimStart()
  }
  return ok(entries)
}
