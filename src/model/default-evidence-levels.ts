/**
 * The evidence scale a journey has unless it brings its own: the red/yellow/green steps research
 * teams use for how far a card is backed by data, weakest first.
 */
export const DEFAULT_EVIDENCE_LEVELS = [
  { id: 'assumption', name: 'Assumption', color: 'red', short: 'A' },
  { id: 'some-evidence', name: 'Some evidence', color: 'yellow', short: 'E' },
  { id: 'validated', name: 'Validated', color: 'green', short: 'V' }
] as const
