import { DEFAULT_EVIDENCE_LEVELS } from './default-evidence-levels'
import type { EvidenceLevel, Item, Journey } from './journey-schema'

/** A journey's evidence scale, weakest first: its own, else the default three levels. */
export function journeyEvidenceLevels(journey: Pick<Journey, 'evidenceLevels'>): readonly EvidenceLevel[] {
  return journey.evidenceLevels ?? DEFAULT_EVIDENCE_LEVELS.map((level) => ({ ...level }))
}

/** Whether an item rests on assumptions: its evidence is at the weakest level of the scale. */
export function restsOnAssumption(item: Pick<Item, 'evidence'>, journey: Pick<Journey, 'evidenceLevels'>): boolean {
  return item.evidence !== undefined && item.evidence.level === journeyEvidenceLevels(journey)[0]?.id
}
