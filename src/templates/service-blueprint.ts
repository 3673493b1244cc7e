import type { JourneyInput } from '../model'
import type { JourneyTemplate } from './journey-template'
import { requireLocale } from './require-locale'
import { type Cell, stageItems, type TemplateItem } from './stage-items'

/*
 * A service blueprint of a two-night hotel stay: the five blueprint rows separated by the lines of
 * interaction, visibility and internal interaction. Red flags mark fail points, green flags the
 * moments guests remember; the guest's feeling is scored on their own actions. Improvements sit
 * below the support processes, outside the blueprint proper.
 */

const LOCALES = ['en'] as const

const LANES = [
  { id: 'physical-evidence', kind: 'physical-evidence', stem: 'evidence', name: 'Physical evidence' },
  { id: 'customer-actions', kind: 'customer-actions', stem: 'guest', name: 'Guest actions' },
  { id: 'frontstage', kind: 'frontstage', stem: 'frontstage', name: 'Frontstage' },
  { id: 'backstage', kind: 'backstage', stem: 'backstage', name: 'Backstage' },
  { id: 'support-processes', kind: 'support-processes', stem: 'support', name: 'Support processes' },
  { id: 'opportunities', kind: 'opportunities', stem: 'opportunity', name: 'Opportunities' }
] as const

type LaneId = (typeof LANES)[number]['id']

const STEMS = Object.fromEntries(LANES.map((lane) => [lane.id, lane.stem])) as Record<LaneId, string>

function stage(stageId: string, cells: Partial<Record<LaneId, readonly Cell<string>[]>>): TemplateItem<string>[] {
  return stageItems(stageId, STEMS, cells)
}

const ITEMS: readonly TemplateItem<string>[] = [
  ...stage('book', {
    'physical-evidence': ['Hotel website and booking confirmation email'],
    'customer-actions': [{ text: 'Compares hotels and books two nights online', score: 1 }],
    frontstage: ['Booking engine and instant confirmation email'],
    backstage: [{ text: 'Rates sync to booking sites only every four hours, so prices differ', flag: 'red' }],
    'support-processes': ['Property management system and channel manager'],
    opportunities: ['Let guests choose their room and arrival time when they book']
  }),
  ...stage('arrive', {
    'physical-evidence': ['Street signs, car park barrier, entrance and lobby'],
    'customer-actions': [{ text: 'Arrives by car after a long drive and looks for parking', score: 0 }],
    frontstage: [{ text: 'Doorman greets the guest and takes the bags', flag: 'green' }],
    backstage: ['Concierge checks the day’s arrival list'],
    'support-processes': [{ text: 'The parking barrier does not know the guest; they must call reception', flag: 'red' }],
    opportunities: ['Send parking instructions and the entrance code the day before']
  }),
  ...stage('check-in', {
    'physical-evidence': ['Reception desk, registration card and key card'],
    'customer-actions': [{ text: 'Queues at reception and shows ID', score: -1, momentOfTruth: true }],
    frontstage: [{ text: 'Receptionist checks the booking and issues the key card', momentOfTruth: true }],
    backstage: [{ text: 'The room is still marked “dirty”: housekeeping has not updated it', flag: 'red' }],
    'support-processes': ['Property management system, key card encoder, housekeeping app'],
    opportunities: ['Mobile check-in with a digital key, and a text when the room is ready']
  }),
  ...stage('room', {
    'physical-evidence': ['Corridor signs, the room, the bed, a welcome note'],
    'customer-actions': [{ text: 'Finds the room, unpacks and connects to the wi-fi', score: 1 }],
    frontstage: [{ text: 'Welcome note with the guest’s name and the wi-fi code', flag: 'green' }],
    backstage: ['Housekeeping prepares the room to the checklist'],
    'support-processes': [{ text: 'The wi-fi portal asks for room number and surname every day', flag: 'red' }],
    opportunities: ['Log guests into the wi-fi automatically from their booking']
  }),
  ...stage('stay', {
    'physical-evidence': ['Room-service menu, tray and bill folder'],
    'customer-actions': [{ text: 'Orders dinner to the room', score: 1 }],
    frontstage: ['Room-service waiter delivers the order'],
    backstage: [{ text: 'The kitchen needs 45 minutes at peak time', flag: 'red' }],
    'support-processes': ['Point-of-sale system posts the charge to the room'],
    opportunities: ['Order in the app with a live delivery time']
  }),
  ...stage('check-out', {
    'physical-evidence': ['Final bill and emailed receipt'],
    'customer-actions': [{ text: 'Checks out and questions a minibar charge', score: -1 }],
    frontstage: [{ text: 'Receptionist removes the charge and apologises', flag: 'green' }],
    backstage: [{ text: 'Minibar checks post charges after the guest has left the room', flag: 'red' }],
    'support-processes': ['Payment terminal and billing in the property management system'],
    opportunities: ['Express check-out by email, with the bill to review the evening before']
  }),
  ...stage('after', {
    'physical-evidence': ['Thank-you email and review request'],
    'customer-actions': [{ text: 'Writes a review and thinks about booking again', score: 1 }],
    frontstage: [{ text: 'The manager replies to the review personally', flag: 'green' }],
    backstage: ['Guest feedback is reviewed in the weekly team meeting'],
    'support-processes': ['Guest profile stores preferences for the next stay'],
    opportunities: ['Use stored preferences to prepare the next stay before arrival']
  })
]

function serviceBlueprintJourney(locale: string): JourneyInput {
  requireLocale('service-blueprint', LOCALES, locale)
  return {
    id: 'service-blueprint',
    title: 'Hotel stay: service blueprint',
    scenario: 'I am staying two nights at a city hotel',
    context:
      'A city hotel blueprints a two-night stay: what guests see and do, what staff do in front of them and behind the scenes, ' +
      'and the systems that support them, to find the fail points between the lines.',
    state: 'current',
    locale,
    personas: [
      {
        id: 'business-guest',
        name: 'Daniel Okafor',
        role: 'Management consultant',
        age: 45,
        description: 'Stays in city hotels two nights a week, usually arriving late.',
        goals: ['From the car to the room in five minutes', 'A quiet room to work in'],
        needs: ['Fast wi-fi', 'A correct invoice for expenses'],
        expectations: ['The hotel remembers his preferences'],
        frustrations: ['Queues at reception after a long day', 'Surprise charges on the bill'],
        ambitions: ['Spend less time travelling'],
        hobbies: ['Running', 'Jazz'],
        channels: ['app', 'email', 'phone'],
        quote: 'I only want three things: a fast check-in, good wi-fi and a correct bill.',
        scenario: 'I am staying two nights at a city hotel for work'
      },
      {
        id: 'weekend-couple',
        name: 'Lena Fischer',
        role: 'Teacher on a weekend break with her partner',
        age: 33,
        description: 'Saves up for two city breaks a year; books on comparison sites.',
        goals: ['A relaxed weekend', 'Good value for money'],
        needs: ['A room ready on arrival', 'Tips about the city'],
        expectations: ['The room looks like the photos'],
        frustrations: ['Waiting for the room', 'Hidden fees'],
        ambitions: ['Visit every European capital'],
        hobbies: ['Museums', 'Food markets'],
        channels: ['web', 'reviews', 'email'],
        quote: 'The first ten minutes decide whether we come back.',
        scenario: 'We are spending a weekend at a city hotel'
      }
    ],
    phases: [
      { id: 'before', name: 'Before the stay' },
      { id: 'during', name: 'During the stay' },
      { id: 'after-stay', name: 'After the stay' }
    ],
    stages: [
      { id: 'book', name: 'Book', phaseId: 'before' },
      { id: 'arrive', name: 'Arrive', phaseId: 'during' },
      { id: 'check-in', name: 'Check in', phaseId: 'during' },
      { id: 'room', name: 'Settle into the room', phaseId: 'during' },
      { id: 'stay', name: 'Room service', phaseId: 'during' },
      { id: 'check-out', name: 'Check out', phaseId: 'during' },
      { id: 'after', name: 'Review and return', phaseId: 'after-stay' }
    ],
    lanes: LANES.map((lane) => ({ id: lane.id, name: lane.name, kind: lane.kind })),
    items: [...ITEMS],
    links: [
      { id: 'guest-books', from: 'book-guest-1', to: 'book-frontstage-1', kind: 'interaction', label: 'books online' },
      { id: 'guest-shows-id', from: 'check-in-guest-1', to: 'check-in-frontstage-1', kind: 'interaction', label: 'shows ID' },
      { id: 'reception-asks-housekeeping', from: 'check-in-frontstage-1', to: 'check-in-backstage-1', kind: 'handover', label: 'is the room ready?' },
      { id: 'guest-orders', from: 'stay-guest-1', to: 'stay-frontstage-1', kind: 'interaction', label: 'orders dinner' },
      { id: 'order-to-kitchen', from: 'stay-frontstage-1', to: 'stay-backstage-1', kind: 'handover', label: 'order ticket' },
      { id: 'minibar-to-billing', from: 'check-out-backstage-1', to: 'check-out-support-1', kind: 'handover', label: 'late minibar charge' }
    ],
    blueprintLines: [
      { kind: 'interaction', afterLaneId: 'customer-actions' },
      { kind: 'visibility', afterLaneId: 'frontstage' },
      { kind: 'internal-interaction', afterLaneId: 'backstage' }
    ],
    // The guest's feeling at each stage, scored on their own action, from -2 (very bad) to +2 (very good).
    emotionScale: { min: -2, max: 2, per: 'stage' }
  }
}

/** A service blueprint: what the guest sees and does, and everything behind it. */
export const serviceBlueprintTemplate: JourneyTemplate = {
  id: 'service-blueprint',
  title: 'Service blueprint',
  description: 'A hotel stay in five blueprint rows, split by the lines of interaction, visibility and internal interaction.',
  locales: LOCALES,
  journey: serviceBlueprintJourney
}
