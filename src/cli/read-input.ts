import { lineAndColumn } from '../formats/line-and-column'
import { jsonNestingProblem } from '../model'
import { CliError } from './cli-error'
import { type CliIo, errorCode, MAX_INPUT_BYTES, STANDARD_INPUT, STANDARD_INPUT_NAME } from './cli-io'
import { jsonErrorOffset } from './json-error-offset'

const BYTE_ORDER_MARK = /^\uFEFF/
/** How much of a file is searched for a NUL character, the mark of a binary file (as git does). */
const BINARY_SNIFF_LENGTH = 8000

const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a folder',
  EFBIG: `it is larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MB a command reads`,
  ENAMETOOLONG: 'the name is too long'
}

/** An input as messages name it: a file in quotes (`"a.csv"`), `-` as "standard input". */
export function inputName(path: string): string {
  return path === STANDARD_INPUT ? STANDARD_INPUT_NAME : `"${path}"`
}

/** An input as a warning names it, before a colon: the file as typed (`a.csv: …`), `-` as "standard input". */
export function inputLabel(path: string): string {
  return path === STANDARD_INPUT ? STANDARD_INPUT_NAME : path
}

export function describeReadError(error: unknown): string {
  return READ_ERRORS[errorCode(error) ?? ''] ?? String((error as Error).message)
}

/**
 * Reads a text file for a command. A missing, unreadable, oversized, empty or binary file becomes
 * one clear line naming it.
 */
export async function readInputAsync(io: CliIo, path: string): Promise<string> {
  let text: string
  try {
    text = await io.readFileAsync(path)
  } catch (error) {
    throw new CliError(`cannot read ${inputName(path)}: ${describeReadError(error)}`)
  }
  if (text.replace(BYTE_ORDER_MARK, '').trim() === '') throw new CliError(`${inputName(path)} is empty`)
  if (text.slice(0, BINARY_SNIFF_LENGTH).includes('\0')) throw new CliError(`${inputName(path)} is a binary file, not text`)
  return text
}

/**
 * Parses JSON text read from `path`; on failure names the line and column (JSON engines report
 * only a character position).
 */
export function parseJsonInput(text: string, path: string): unknown {
  const source = text.replace(BYTE_ORDER_MARK, '')
  let data: unknown
  try {
    data = JSON.parse(source)
  } catch (error) {
    throw new CliError(`${inputName(path)} is not valid JSON: ${describeJsonError(source, error)}`)
  }
  const tooDeep = jsonNestingProblem(data)
  if (tooDeep !== undefined) throw new CliError(`${inputName(path)}: ${tooDeep.message}`)
  return data
}

/**
 * A JSON.parse error as "line L, column C: what is wrong". Where the engine gives no position (an
 * unexpected token), the first place the text breaks JSON's grammar is found by scanning it.
 */
export function describeJsonError(source: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const what = message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '')
    // The text around an unexpected token, which may span lines: the line and column say where.
    .replace(/^(Unexpected token '.+?'), .* is not valid JSON$/s, '$1')
  if (/end of JSON input/i.test(message)) return `it ends too early (${what})`
  const position = /\bposition (\d+)/.exec(message)?.[1]
  const offset = position === undefined ? jsonErrorOffset(source) : Number(position)
  if (offset === undefined) return what
  const where = lineAndColumn(source, offset)
  return `line ${where.line}, column ${where.column}: ${what}`
}
