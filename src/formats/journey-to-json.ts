import { type Journey, type JourneyEnvelope, toJourneyFile } from '../model'
import { textPieces } from './text-pieces'

const INDENT = 2

/** The versioned journey file (`{format, version, journey}`), pretty-printed, ending with a newline. */
export function journeyToJson(journey: Journey, envelope: JourneyEnvelope = {}): string {
  return `${JSON.stringify(toJourneyFile(journey, envelope), null, INDENT)}\n`
}

/**
 * The journey file in pieces for writing (`textPieces`): one `JSON.stringify` makes the text, cut
 * into slices of it, which V8 makes without copying. The text itself is one string (1 MB for 5,000
 * items, a large object in V8), but the engine's one pass is the fastest way to make it.
 */
export function journeyToJsonPieces(journey: Journey, envelope: JourneyEnvelope = {}): string[] {
  return [...textPieces([journeyToJson(journey, envelope)])]
}
