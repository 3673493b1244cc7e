import type { Journey } from '../model'
import type { ChangeSet } from './change-set'
import { type MergeOptions, mergeJourneys } from './merge-journeys'

/**
 * What updating a board from new data would do, by stable ids (see change-set.ts for the three
 * journeys and what each list means).
 * @param boardJourney the board read back now, people's edits included
 * @param newJourney the new data
 * @param base the data the board was last drawn or synced from; without it there are no board edits
 *   or conflicts, only data changes
 */
export function diffJourneys(boardJourney: Journey, newJourney: Journey, base?: Journey, options: MergeOptions = {}): ChangeSet {
  return mergeJourneys(boardJourney, newJourney, base, options).changeSet
}
