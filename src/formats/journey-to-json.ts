import { type Journey, type JourneyEnvelope, toJourneyFile } from '../model'

const INDENT = 2

/** The versioned journey file (`{format, version, journey}`), pretty-printed, ending with a newline. */
export function journeyToJson(journey: Journey, envelope: JourneyEnvelope = {}): string {
  return `${JSON.stringify(toJourneyFile(journey, envelope), null, INDENT)}\n`
}
