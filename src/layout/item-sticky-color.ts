import type { ActivityType, ActorKind, Item, Lane, LaneKind, StickyColor } from '../model'

/** Each row kind's sticky colour: warm for the customer's own words, red for pain, green for delight. */
export const LANE_KIND_COLORS: Readonly<Record<Exclude<LaneKind, 'actor'>, StickyColor>> = {
  actions: 'blue',
  thoughts: 'yellow',
  emotion: 'pink',
  needs: 'teal',
  pains: 'red',
  touchpoints: 'orange',
  delights: 'green',
  opportunities: 'violet',
  'action-plan': 'gray',
  quotes: 'white',
  notes: 'gray',
  'customer-actions': 'yellow',
  frontstage: 'blue',
  backstage: 'violet',
  'support-processes': 'gray',
  'physical-evidence': 'teal'
}

/** Swimlanes are coloured by whose lane it is, so the customer lane stands out in the middle. */
export const ACTOR_COLORS: Readonly<Record<ActorKind, StickyColor>> = {
  customer: 'yellow',
  person: 'blue',
  department: 'teal',
  partner: 'orange'
}

/** The colour of a lane's stickies (and of its label). */
export function laneStickyColor(lane: Lane): StickyColor {
  if (lane.kind === 'actor') return ACTOR_COLORS[lane.actor ?? 'person']
  return LANE_KIND_COLORS[lane.kind]
}

/** An item's colour: its activity type's when the journey sets one, else its lane's. */
export function itemStickyColor(item: Item, lane: Lane, activityTypes: readonly ActivityType[]): StickyColor {
  const activity = item.activityTypeId === undefined ? undefined : activityTypes.find((a) => a.id === item.activityTypeId)
  return activity?.color ?? laneStickyColor(lane)
}
