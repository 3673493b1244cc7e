import { fail, type Journey, type JourneyDocument, jsonNestingProblem, ok, parseJourneyDocument, problem, problemAt, type Result } from '../model'
import { lineAndColumn } from './line-and-column'

const BYTE_ORDER_MARK = '\uFEFF'

/**
 * Reads a journey file. Bad JSON is one problem that names the line and column when the JSON
 * engine reports a position; everything else is checked by the model.
 */
export function journeyFromJson(text: string): Result<Journey> {
  const read = journeyDocumentFromJson(text)
  return read.ok ? ok(read.value.journey) : read
}

/** Like journeyFromJson, keeping the file's `$schema` and extension fields beside the journey. */
export function journeyDocumentFromJson(text: string): Result<JourneyDocument> {
  const source = text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text
  let data: unknown
  try {
    data = JSON.parse(source)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const position = /\bposition (\d+)/.exec(message)
    const where = position?.[1] === undefined ? undefined : lineAndColumn(source, Number(position[1]))
    // The JSON engine's own words say what is wrong; they stay as it gives them, in every language.
    const detail = message.replace(/ in JSON at position \d+.*$/, '')
    return fail([where === undefined ? problem('', 'not-json', { detail }) : problemAt(where.line, where.column, 'not-json', { detail })])
  }
  const tooDeep = jsonNestingProblem(data)
  if (tooDeep !== undefined) return fail([tooDeep])
  return parseJourneyDocument(data)
}
