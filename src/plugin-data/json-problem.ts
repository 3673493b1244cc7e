import { type Problem, problem } from '../model'

/** Where the JSON engine says the text stops being JSON, as it says it: `... in JSON at position 12`. */
const POSITION = /\bposition (\d+)/

/**
 * A stored text that is not valid JSON, as a problem at `path`: the position the engine reports
 * (its offset in characters from the start) kept as a value, and the engine's own English words
 * left out, so every language says what is wrong in its own.
 */
export function jsonProblem(path: string, error: unknown): Problem {
  const position = POSITION.exec(error instanceof Error ? error.message : String(error))?.[1]
  return position === undefined ? problem(path, 'not-valid-json') : problem(path, 'not-valid-json-at', { position: Number(position) })
}
