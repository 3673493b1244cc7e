/**
 * The columns of the journey CSV, in the order they are written. One row is one item (sticky);
 * stages, phases, lanes and links travel in the columns of the items that use them.
 */
export const JOURNEY_CSV_COLUMNS = [
  'item_id',
  'stage_id',
  'stage',
  'phase',
  'lane_id',
  'lane',
  'lane_kind',
  'actor',
  'text',
  'score',
  'flag',
  'activity_type',
  'moment_of_truth',
  'channel',
  'device',
  'owner',
  'links'
] as const

export type JourneyCsvColumn = (typeof JOURNEY_CSV_COLUMNS)[number]
