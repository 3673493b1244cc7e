import type { ActorKind, LaneKind } from '../model'
import { LANE_KIND_PHRASES } from './lane-kind-phrases'
import { hasPhrase, labelWords } from './label-words'

/** What a lane label says about its lane: a journey-map row kind, an actor, or nothing known. */
export type LaneGuess = { kind: Exclude<LaneKind, 'actor'> } | { actor: ActorKind } | null

/** The row kind or actor a lane label names, or null when its words say neither. */
export function guessLaneKind(label: string): LaneGuess {
  const words = labelWords(label)
  for (const [kind, phrases] of LANE_KIND_PHRASES.rowKinds) {
    if (phrases.some((phrase) => hasPhrase(words, phrase))) return { kind }
  }
  for (const [actor, phrases] of LANE_KIND_PHRASES.actors) {
    if (phrases.some((phrase) => hasPhrase(words, phrase))) return { actor }
  }
  return null
}
