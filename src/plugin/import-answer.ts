import type { ImportFormat } from '../formats/import-formats'
import { importJourney } from '../formats/import-journey'
import type { ImportAnswer } from '../messages'

/**
 * An import as the sandbox answers the panel: the journey with its guesses and its file's envelope,
 * else every problem, each with its code for the panel to word; and the format the text was read as.
 */
export function importAnswer(text: string, format: ImportFormat | undefined): { result: ImportAnswer; format: ImportFormat } {
  const read = importJourney(text, format)
  if (!read.ok) return { result: { ok: false, problems: read.problems }, format: read.format }
  const envelope = read.envelope !== undefined && Object.keys(read.envelope).length > 0 ? { envelope: { ...read.envelope } } : {}
  return { result: { ok: true, journey: read.value, warnings: read.warnings, ...envelope }, format: read.format }
}
