import type { ActorKind, LaneKind } from '../model'
import { guessLaneKind } from '../formats/guess-lane-kind'

export interface LaneKindChoice {
  kind: LaneKind
  actor?: ActorKind
}

export interface LaneGuesses {
  lanes: LaneKindChoice[]
  /** One lane per actor, as workshop swimlane boards have: their sticky colours mean activity types. */
  swimlane: boolean
}

/**
 * Lane kinds for a board's labels, top to bottom. A board is a swimlane board when a label names
 * the customer, or at least two name other actors; then every label that names no row kind is an
 * actor lane (a person, when its words do not say which kind). Only the first customer label gets
 * the customer lane (a journey has one); on other boards, labels that say nothing are notes.
 */
export function guessLanes(labels: readonly string[]): LaneGuesses {
  const guesses = labels.map(guessLaneKind)
  const actors = guesses.filter((g) => g !== null && 'actor' in g)
  const swimlane = actors.some((g) => g !== null && 'actor' in g && g.actor === 'customer') || actors.length >= 2
  let customerTaken = false
  const lanes = guesses.map((guess): LaneKindChoice => {
    if (guess !== null && 'kind' in guess) return { kind: guess.kind }
    if (!swimlane) return { kind: 'notes' }
    let actor: ActorKind = guess?.actor ?? 'person'
    if (actor === 'customer') {
      if (customerTaken) actor = 'person'
      customerTaken = true
    }
    return { kind: 'actor', actor }
  })
  return { lanes, swimlane }
}
