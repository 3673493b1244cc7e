import { type Journey, type JourneyInput, validateJourney } from '../src/model'

const LANES: { kind: JourneyInput['lanes'][number]['kind']; name: string }[] = [
  { kind: 'actions', name: 'Actions' },
  { kind: 'thoughts', name: 'Thoughts' },
  { kind: 'emotion', name: 'Experience' },
  { kind: 'needs', name: 'Needs' },
  { kind: 'pains', name: 'Pain points' },
  { kind: 'touchpoints', name: 'Touchpoints' },
  { kind: 'opportunities', name: 'Opportunities' }
]

const PHRASES = [
  'Compares prices on two sites',
  'Is this the final price?',
  'Waits in the queue at the counter for forty minutes',
  'Needs to know what happens if the car breaks down',
  'Insurance options are confusing',
  'Confirmation e-mail with the pick-up address',
  'Offer a fast lane for members'
]

/**
 * A journey with about `itemCount` items spread evenly over stages and lanes, one emotion point per
 * stage and a link for every tenth item, every item with a text of its own: the shape of a real
 * board, scaled up.
 */
export function sizedJourney(itemCount: number): Journey {
  const stageCount = Math.max(3, Math.round(Math.sqrt(itemCount / 2)))
  const stages = Array.from({ length: stageCount }, (_, i) => ({ id: `s${i}`, name: `Stage ${i + 1}`, phaseId: `p${Math.floor((i * 3) / stageCount)}` }))
  const lanes = LANES.map((lane, i) => ({ id: `l${i}`, ...lane }))
  const items: NonNullable<JourneyInput['items']> = []
  for (let i = 0; i < itemCount; i++) {
    const stage = stages[i % stageCount]!
    const lane = lanes[Math.floor(i / stageCount) % lanes.length]!
    items.push({
      id: `i${i}`,
      stageId: stage.id,
      laneId: lane.id,
      // Each sticky has a text of its own, as on a real board, so each one is measured in FigJam.
      text: `${PHRASES[i % PHRASES.length]!} (${i + 1})`,
      score: lane.kind === 'emotion' ? ((i % 5) - 2) : undefined,
      flag: i % 17 === 0 ? 'red' : i % 19 === 0 ? 'green' : undefined,
      momentOfTruth: i % 23 === 0
    })
  }
  const links = items
    .filter((_, i) => i % 10 === 0 && i + 1 < items.length)
    .map((item, i) => ({ id: `k${i}`, from: item.id, to: `i${Number(item.id.slice(1)) + 1}`, label: i % 2 ? 'hand-over' : '' }))
  const input: JourneyInput = {
    id: `bench-${itemCount}`,
    title: `Benchmark journey (${itemCount} items)`,
    scenario: 'A journey scaled up to measure how cost grows with the board',
    personas: [{ id: 'p', name: 'Alex', role: 'Traveller' }],
    phases: [
      { id: 'p0', name: 'Before' },
      { id: 'p1', name: 'During' },
      { id: 'p2', name: 'After' }
    ],
    stages,
    lanes,
    items,
    links
  }
  const result = validateJourney(input)
  if (!result.ok) throw new Error(`benchmark journey is invalid: ${result.problems[0]?.path} ${result.problems[0]?.message}`)
  return result.value
}
