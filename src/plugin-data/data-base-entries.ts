import { JOURNEY_PART_BYTES, MAX_JOURNEY_PARTS, type TagData } from './board-tags'
import { splitUtf8 } from './split-utf8'
import { fail, type Journey, ok, type Result, validateJourney } from '../model'

/**
 * Where a synced board keeps its base. The board section stores the journey it shows (`journey.N`,
 * which the reader starts from); after a sync that kept people's edits, that is not the data it was
 * synced from. The data goes beside it in `dataBase.N` (count in `dataBase.parts`), cut like the
 * journey, so the next sync compares the new data with what the data said last time, not with
 * what people made of it: an edit kept once stays kept, and an item kept on the board stays kept.
 * When the board shows exactly the data, the entries are left out and the journey is the base.
 */
export const DATA_BASE_PARTS_KEY = 'dataBase.parts'

export function dataBasePartKey(index: number): string {
  return `dataBase.${index}`
}

/** The entries for a data base (empty when the board shows the data itself). */
export function encodeDataBase(data: Journey | undefined): Record<string, string> {
  if (data === undefined) return {}
  const parts = splitUtf8(JSON.stringify(data), JOURNEY_PART_BYTES)
  const entries: Record<string, string> = { [DATA_BASE_PARTS_KEY]: String(parts.length) }
  parts.forEach((part, index) => {
    entries[dataBasePartKey(index)] = part
  })
  return entries
}

/** Whether a shared-plugin-data key is one of these entries (so a sync can clear stale ones). */
export function isDataBaseKey(key: string): boolean {
  return key === DATA_BASE_PARTS_KEY || /^dataBase\.(0|[1-9][0-9]*)$/.test(key)
}

/**
 * The data base stored on a board section.
 * @returns undefined when there is none, else the journey or what is wrong with the entries.
 */
export function decodeDataBase(data: TagData): Result<Journey> | undefined {
  const count = data[DATA_BASE_PARTS_KEY]
  if (count === undefined) return undefined
  const parts = /^[1-9][0-9]*$/.test(count) ? Number(count) : NaN
  if (!(parts >= 1 && parts <= MAX_JOURNEY_PARTS)) return fail([{ path: DATA_BASE_PARTS_KEY, message: `must be 1 to ${MAX_JOURNEY_PARTS}, got "${count}"` }])
  const pieces: string[] = []
  for (let index = 0; index < parts; index += 1) {
    const piece = data[dataBasePartKey(index)]
    if (piece === undefined) return fail([{ path: dataBasePartKey(index), message: `part ${index + 1} of ${parts} of the data base is missing` }])
    pieces.push(piece)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(pieces.join(''))
  } catch (error) {
    return fail([{ path: 'dataBase', message: `the stored data base is not valid JSON (${error instanceof Error ? error.message : String(error)})` }])
  }
  const journey = validateJourney(parsed)
  return journey.ok ? ok(journey.value) : fail(journey.problems.map((p) => ({ path: p.path === '' ? 'dataBase' : `dataBase.${p.path}`, message: p.message })))
}
