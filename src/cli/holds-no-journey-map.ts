import type { BoardReading } from '../reader'

/** Whether the readings of a board export found nothing a journey can be read from: no board, drawn or made by hand. */
export function holdsNoJourneyMap(readings: readonly BoardReading[]): boolean {
  return readings.every((reading) => reading.warnings.some((warning) => warning.code === 'no-board'))
}
