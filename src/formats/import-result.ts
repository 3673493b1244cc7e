import type { Problem } from '../model'

/**
 * What an importer gives back: the value and what it had to guess (a missing title, scores
 * outside the scale...), or every problem that stopped it. It is a `Result`, so code that only
 * wants the value can treat it as one.
 */
export type ImportResult<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] }

export function imported<T>(value: T, warnings: Problem[] = []): ImportResult<T> {
  return { ok: true, value, warnings }
}

export function importFailed<T = never>(problems: Problem[]): ImportResult<T> {
  return { ok: false, problems }
}
