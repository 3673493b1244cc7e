import { type Journey, type JourneyInput, validateJourney } from '../../src/model'

/** A small hand-built journey whose numbers the analytics and Markdown tests check by hand. */
export const RENTAL_INPUT: JourneyInput = {
  id: 'rental',
  title: 'Rent a *car* | USA',
  scenario: 'We rent a car_for [holiday](x)',
  state: 'future',
  personas: [
    {
      id: 'ana',
      name: 'Ana <b>',
      role: 'Nurse',
      age: 34,
      goals: ['Cheap', 'Safe'],
      channels: ['web', 'app'],
      quote: 'It just works',
      description: 'First paragraph.\n\nSecond paragraph.'
    },
    { id: 'bo', name: 'Bo' }
  ],
  personaId: 'ana',
  phases: [
    { id: 'before', name: 'BEFORE' },
    { id: 'during', name: 'DURING' }
  ],
  stages: [
    { id: 'plan', name: 'Plan', phaseId: 'before' },
    { id: 'book', name: 'Book', phaseId: 'before', description: 'Pick & pay' },
    { id: 'drive', name: 'Drive', phaseId: 'during' },
    { id: 'home', name: 'Home' }
  ],
  lanes: [
    { id: 'tp', name: 'Touchpoints', kind: 'touchpoints' },
    { id: 'feel', name: 'Feeling', kind: 'emotion' },
    { id: 'pain', name: 'Pains', kind: 'pains' },
    { id: 'joy', name: 'Delights', kind: 'delights' },
    { id: 'opp', name: 'Ideas', kind: 'opportunities' },
    { id: 'todo', name: 'Action plan', kind: 'action-plan' }
  ],
  items: [
    { id: 'p-tp', stageId: 'plan', laneId: 'tp', text: 'Search site', channel: 'web', score: -1 },
    { id: 'p-feel', stageId: 'plan', laneId: 'feel', text: 'Curious', score: 1 },
    { id: 'p-pain', stageId: 'plan', laneId: 'pain', text: 'Prices # hidden', flag: 'red' },
    { id: 'p-joy', stageId: 'plan', laneId: 'joy', text: 'Nice photos', flag: 'green' },
    { id: 'b-feel', stageId: 'book', laneId: 'feel', text: 'Anxious', score: -2, momentOfTruth: true },
    { id: 'b-pain', stageId: 'book', laneId: 'pain', text: 'Insurance?' },
    { id: 'b-opp', stageId: 'book', laneId: 'opp', text: '1. Show the final price' },
    { id: 'b-todo', stageId: 'book', laneId: 'todo', text: 'Fix checkout', owner: 'Web team' },
    { id: 'd-todo', stageId: 'drive', laneId: 'todo', text: 'Train staff' },
    { id: 'd-feel', stageId: 'drive', laneId: 'feel', text: 'Free', score: 2 },
    { id: 'd-joy', stageId: 'drive', laneId: 'joy', text: 'Smooth pickup', momentOfTruth: true },
    { id: 'd-opp', stageId: 'drive', laneId: 'opp', text: 'Loyalty lane', owner: 'CRM' }
  ]
}

export function rentalJourney(changes: Partial<JourneyInput> = {}): Journey {
  const result = validateJourney({ ...RENTAL_INPUT, ...changes })
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.value
}
