import type { Journey } from '../../src/model'

/** "1 stage", "3 stickies": a count with its noun. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

/** "7 stages, 9 lanes, 63 stickies": what a sketch shows, for captions and screen readers. */
export function describeJourney(journey: Journey): string {
  return [plural(journey.stages.length, 'stage'), plural(journey.lanes.length, 'lane'), plural(journey.items.length, 'sticky', 'stickies')].join(', ')
}
