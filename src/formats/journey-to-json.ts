import { type Journey, toJourneyFile } from '../model'

const INDENT = 2

/** The versioned journey file (`{format, version, journey}`), pretty-printed, ending with a newline. */
export function journeyToJson(journey: Journey): string {
  return `${JSON.stringify(toJourneyFile(journey), null, INDENT)}\n`
}
