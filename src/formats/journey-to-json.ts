import { type Journey, type JourneyEnvelope, toJourneyFile } from '../model'
import { textPieces } from './text-pieces'

const INDENT = 2
/**
 * How many levels of the file are written here, object by object and list by list; what lies
 * deeper (an item, a stage, a link) is one `JSON.stringify`, which is fast, and small.
 */
const WRITTEN_LEVELS = 3

/** The versioned journey file (`{format, version, journey}`), pretty-printed, ending with a newline. */
export function journeyToJson(journey: Journey, envelope: JourneyEnvelope = {}): string {
  return journeyToJsonPieces(journey, envelope).join('')
}

/**
 * The journey file in pieces for writing (`textPieces`): the text `JSON.stringify(file, null, 2)`
 * and a newline give, made value by value below the top levels, so no text the size of the file is
 * ever made (one `JSON.stringify` of a 5,000-item journey made a string of 1 MB, which V8 keeps as a
 * large object).
 */
export function journeyToJsonPieces(journey: Journey, envelope: JourneyEnvelope = {}): string[] {
  const chunks: string[] = []
  writeJson(toJourneyFile(journey, envelope), 0, chunks)
  return [...textPieces(chunks, '\n')]
}

/** What JSON.stringify leaves out of an object, and writes as `null` in a list. */
function isUnwritten(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

/**
 * A plain object or list, which the top levels write themselves; anything else JSON.stringify writes.
 * No plain object here has a toJSON method: the model holds plain JSON alone (an extension value
 * that is not is refused, and a `toJSON` field is one it does not know).
 */
function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return true
  if (value === null || typeof value !== 'object') return false
  const prototype = Object.getPrototypeOf(value) as unknown
  return prototype === Object.prototype || prototype === null
}

/** A line feed and the indent of each written level, made once. */
const LINE_STARTS = Array.from({ length: WRITTEN_LEVELS + 1 }, (_, level) => `\n${' '.repeat(level * INDENT)}`)

/**
 * `value` at `level` as JSON.stringify writes it there. Below the written levels it is stringified
 * inside as many lists as its level, which indents it as it sits in the file; the lists' brackets
 * and indents around it are cut off again (a slice, not a copy).
 */
function stringifyAt(value: unknown, level: number): string {
  let wrapped = value
  for (let i = 0; i < level; i += 1) wrapped = [wrapped]
  const text = JSON.stringify(wrapped, null, INDENT)
  // Each list adds "[", a line feed and the next level's indent before, and a line feed, its own indent and "]" after.
  return level === 0 ? text : text.slice(level * level + 3 * level, text.length - (level * level + level))
}

/** The text of `value` at `level`, as `JSON.stringify(…, null, 2)` writes it there, added to `chunks`. */
function writeJson(value: unknown, level: number, chunks: string[]): void {
  if (level >= WRITTEN_LEVELS || !isPlainContainer(value)) {
    chunks.push(stringifyAt(value, level))
    return
  }
  const inner = LINE_STARTS[level + 1]!
  if (Array.isArray(value)) {
    if (value.length === 0) {
      chunks.push('[]')
      return
    }
    for (let i = 0; i < value.length; i += 1) {
      chunks.push(i === 0 ? `[${inner}` : `,${inner}`)
      if (isUnwritten(value[i])) chunks.push('null')
      else writeJson(value[i], level + 1, chunks)
    }
    chunks.push(`${LINE_STARTS[level]!}]`)
    return
  }
  let first = true
  for (const key of Object.keys(value)) {
    const field = value[key]
    if (isUnwritten(field)) continue
    chunks.push(`${first ? '{' : ','}${inner}${JSON.stringify(key)}: `)
    first = false
    writeJson(field, level + 1, chunks)
  }
  chunks.push(first ? '{}' : `${LINE_STARTS[level]!}}`)
}
