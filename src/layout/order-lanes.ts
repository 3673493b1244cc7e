import type { Lane } from '../model'

/**
 * The lanes in the order the board draws them as rows. A workshop swimlane map keeps the customer
 * lane in the middle of the actor lanes, stakeholders above and below; when the journey lists it
 * elsewhere, the actor lanes are rearranged among the places actor lanes already hold: the other
 * actors keep their order, and the customer goes to the middle (with an even number of others, one
 * more of them below than above). Lanes of every other kind keep their places, so the result is the
 * same for the same journey.
 */
export function orderLanes(lanes: readonly Lane[]): Lane[] {
  const actorSlots: number[] = []
  lanes.forEach((lane, index) => {
    if (lane.kind === 'actor') actorSlots.push(index)
  })
  const customer = lanes.find((lane) => lane.kind === 'actor' && lane.actor === 'customer')
  if (customer === undefined) return [...lanes]

  const others = lanes.filter((lane) => lane.kind === 'actor' && lane !== customer)
  const middle = Math.floor(others.length / 2)
  const actors = [...others.slice(0, middle), customer, ...others.slice(middle)]
  const ordered = [...lanes]
  actorSlots.forEach((slot, index) => {
    const actor = actors[index]
    if (actor !== undefined) ordered[slot] = actor
  })
  return ordered
}
