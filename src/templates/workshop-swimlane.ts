import type { JourneyInput } from '../model'
import type { JourneyTemplate } from './journey-template'
import { requireLocale } from './require-locale'
import { type Cell, stageItems, type TemplateItem } from './stage-items'

/*
 * The workshop swimlane method: one lane per person, department or partner, with the customer lane
 * in the middle as a reminder that the customer is the centre. Each column is one customer event,
 * in time order. Green flags mark where the process works, red flags where it breaks; sticky
 * colours tell the activity types apart; arrows show hand-overs and referrals between lanes.
 * The team's quotes sit above the swimlanes and the improvements below, so the customer lane stays
 * in the middle of the whole board.
 */

const LOCALES = ['en'] as const

const LANES = [
  { id: 'quotes', kind: 'quotes', stem: 'quote', name: 'What the team heard' },
  { id: 'store', kind: 'actor', actor: 'person', stem: 'store', name: 'Store staff' },
  { id: 'customer-service', kind: 'actor', actor: 'department', stem: 'service', name: 'Customer service' },
  { id: 'customer', kind: 'actor', actor: 'customer', stem: 'customer', name: 'Customer' },
  { id: 'repair-partner', kind: 'actor', actor: 'partner', stem: 'repair', name: 'Repair partner' },
  { id: 'manufacturer', kind: 'actor', actor: 'partner', stem: 'maker', name: 'Manufacturer' },
  { id: 'improvements', kind: 'opportunities', stem: 'idea', name: 'What to improve' }
] as const

type LaneId = (typeof LANES)[number]['id']

const STEMS = Object.fromEntries(LANES.map((lane) => [lane.id, lane.stem])) as Record<LaneId, string>

function stage(stageId: string, cells: Partial<Record<LaneId, readonly Cell<string>[]>>): TemplateItem<string>[] {
  return stageItems(stageId, STEMS, cells)
}

const ITEMS: readonly TemplateItem<string>[] = [
  ...stage('breakdown', {
    quotes: ['By the time they call, the floor is wet and the laundry basket is full'],
    store: ['The sale and its two-year warranty are in the till system'],
    'customer-service': [{ text: 'The hotline is open 8–18 on weekdays only', flag: 'red' }],
    customer: [{ text: 'The washing machine stops mid-cycle with error E21', score: -1 }],
    'repair-partner': ['Technicians in the region are booked two weeks ahead'],
    manufacturer: [{ text: 'E21 (drain pump) is a known fault in this model', flag: 'red' }],
    improvements: [{ text: 'Put the support number and a QR code on the machine itself', owner: 'Product team' }]
  }),
  ...stage('report', {
    quotes: ['Half the calls start with “where is my receipt?”'],
    store: [{ text: 'Gets the customer’s call and gives out the hotline number', activityTypeId: 'referral', flag: 'red' }],
    'customer-service': [{ text: 'Logs the case; asks for the receipt and serial number', activityTypeId: 'assessment' }],
    customer: [{ text: 'Calls the store, is sent on to the hotline, waits 25 minutes', score: -2 }],
    'repair-partner': [{ text: 'No view of incoming cases yet', flag: 'red' }],
    manufacturer: ['The warranty register is not linked to the retailer’s case system'],
    improvements: [{ text: 'Report the fault online with a photo of the serial plate', owner: 'Digital team' }]
  }),
  ...stage('assess', {
    quotes: ['Agents cannot see the repair partner’s calendar'],
    store: ['Can check the warranty, but cannot open a case'],
    'customer-service': [
      { text: 'Troubleshoots over the phone and confirms a warranty repair', activityTypeId: 'assessment', flag: 'green' }
    ],
    customer: [{ text: 'Tries the drain-filter tip; it does not help', score: -1 }],
    'repair-partner': [{ text: 'Gets none of the troubleshooting already done', flag: 'red' }],
    manufacturer: [{ text: 'Approves the warranty claim within a day', activityTypeId: 'assessment', flag: 'green' }],
    improvements: [{ text: 'Send the troubleshooting notes with the case', owner: 'Customer service' }]
  }),
  ...stage('referral', {
    quotes: ['They hear “someone will call you”, then nothing for three days'],
    store: ['Is not told that the case has moved on'],
    'customer-service': [{ text: 'Emails the case to the repair partner', activityTypeId: 'handover' }],
    customer: [{ text: 'Waits for a call about the visit, in the dark', score: -2, momentOfTruth: true, flag: 'red' }],
    'repair-partner': [{ text: 'Calls the customer three days later to book a visit', activityTypeId: 'solution-provider' }],
    manufacturer: [{ text: 'Sends the repair authorisation to the partner', activityTypeId: 'handover' }],
    improvements: [{ text: 'Book the technician’s visit during the first call', owner: 'Customer service and repair partner' }]
  }),
  ...stage('visit', {
    quotes: ['The first-time fix rate is high when the part is on the van'],
    store: ['Hears a complaint about the wait from the customer’s neighbour'],
    'customer-service': [{ text: 'Sends an SMS with a two-hour visit window', flag: 'green' }],
    customer: [{ text: 'The technician finds the fault, but the part is not on the van', score: -1, momentOfTruth: true }],
    'repair-partner': [{ text: 'Diagnoses a failed drain pump and orders the part', activityTypeId: 'assessment' }],
    manufacturer: [{ text: 'Receives the parts order', activityTypeId: 'solution-provider' }],
    improvements: [{ text: 'Use the error code to put the right part on the van before the visit', owner: 'Repair partner' }]
  }),
  ...stage('parts', {
    quotes: ['Customers go to the launderette for a week'],
    store: [{ text: 'Lends a display machine, on the manager’s own initiative', activityTypeId: 'solution-provider', flag: 'green' }],
    'customer-service': [{ text: 'Cannot see when the part will arrive when the customer chases', flag: 'red' }],
    customer: [{ text: 'Chases the repair twice; goes to the launderette', score: -2 }],
    'repair-partner': ['Waits for the part and rebooks the visit'],
    manufacturer: [{ text: 'Ships the pump from the central warehouse in five days', activityTypeId: 'handover' }],
    improvements: [{ text: 'Offer a loan machine or laundry vouchers when the wait passes three days', owner: 'Store managers' }]
  }),
  ...stage('repair', {
    quotes: ['Once it works, they are mostly happy again'],
    store: ['Is not told that the repair is done'],
    'customer-service': [{ text: 'Closes the case from the partner’s report', activityTypeId: 'assessment' }],
    customer: [{ text: 'Machine fixed in 30 minutes; the technician explains the fault', score: 1, flag: 'green' }],
    'repair-partner': [{ text: 'Fits the pump and tests a full wash cycle', activityTypeId: 'solution-provider', flag: 'green' }],
    manufacturer: ['Receives the failed pump for quality analysis'],
    improvements: [{ text: 'Tell the store and the customer in one message when the repair is done', owner: 'IT' }]
  }),
  ...stage('closed', {
    quotes: ['Nobody asks the customer how the whole thing went'],
    store: [{ text: 'Sends a 10% voucher to say sorry', flag: 'green' }],
    'customer-service': [{ text: 'Sends a survey about the phone call only', flag: 'red' }],
    customer: [{ text: 'Relieved, but tells friends it took twelve days', score: 0 }],
    'repair-partner': [{ text: 'Invoices the manufacturer for the warranty repair', activityTypeId: 'handover' }],
    manufacturer: [{ text: 'Adds the pump failures to the quality report', flag: 'green' }],
    improvements: [{ text: 'Measure days to fix across all partners, not call satisfaction', owner: 'Customer experience lead' }]
  })
]

function workshopSwimlaneJourney(locale: string): JourneyInput {
  requireLocale('workshop-swimlane', LOCALES, locale)
  return {
    id: 'workshop-swimlane',
    title: 'Reporting a broken washing machine',
    scenario: 'My washing machine broke under warranty and I need it fixed',
    context:
      'An appliance retailer, its customer service, a repair partner and the manufacturer map today’s warranty repair in a ' +
      'workshop, one lane each, to see where the customer falls between the cracks. Summary questions: what works well? What does not?',
    state: 'current',
    locale,
    personas: [
      {
        id: 'busy-parent',
        name: 'Camilla Berg',
        role: 'Project manager and mother of three',
        age: 38,
        description: 'Runs a wash every day. Bought the machine eight months ago at the local store.',
        goals: ['A working machine within days', 'One person who owns the case'],
        needs: ['A visit time she can plan around', 'Updates without chasing'],
        expectations: ['A warranty repair costs her nothing but time'],
        frustrations: ['Being sent from one number to another', 'Waiting at home for a visit that does not come'],
        ambitions: ['A calmer week'],
        hobbies: ['Handball', 'Baking'],
        channels: ['phone', 'sms', 'app'],
        quote: 'I don’t care whose fault it is. I care when it is fixed.',
        scenario: 'Our washing machine broke after eight months and we need it fixed fast'
      },
      {
        id: 'retiree',
        name: 'Ole Petersen',
        role: 'Retired postman',
        age: 74,
        description: 'Lives alone, prefers the store where he bought the machine to any hotline.',
        goals: ['Someone to sort it out for him'],
        needs: ['A person to talk to', 'Clear written dates'],
        expectations: ['The store that sold it takes care of it'],
        frustrations: ['Phone menus', 'Websites that ask for serial numbers'],
        ambitions: ['Stay independent in his own home'],
        hobbies: ['Allotment gardening', 'Local history'],
        channels: ['store', 'phone', 'mail'],
        quote: 'I bought it from them, so I go back to them.',
        scenario: 'My washing machine broke and I want the store to sort it out'
      }
    ],
    phases: [
      { id: 'reporting', name: 'Report' },
      { id: 'resolving', name: 'Resolve' },
      { id: 'closing', name: 'Close' }
    ],
    stages: [
      { id: 'breakdown', name: 'Machine breaks down', phaseId: 'reporting' },
      { id: 'report', name: 'Fault reported', phaseId: 'reporting' },
      { id: 'assess', name: 'Fault assessed', phaseId: 'reporting' },
      { id: 'referral', name: 'Referred for repair', phaseId: 'resolving' },
      { id: 'visit', name: 'Technician visit', phaseId: 'resolving' },
      { id: 'parts', name: 'Waiting for parts', phaseId: 'resolving' },
      { id: 'repair', name: 'Repair completed', phaseId: 'closing' },
      { id: 'closed', name: 'Case closed', phaseId: 'closing' }
    ],
    lanes: LANES.map((lane) =>
      'actor' in lane ? { id: lane.id, name: lane.name, kind: lane.kind, actor: lane.actor } : { id: lane.id, name: lane.name, kind: lane.kind }
    ),
    activityTypes: [
      { id: 'assessment', name: 'Assessment', color: 'yellow' },
      { id: 'referral', name: 'Referral', color: 'blue' },
      { id: 'solution-provider', name: 'Solution provider', color: 'violet' },
      { id: 'handover', name: 'Hand-over', color: 'orange' }
    ],
    items: [...ITEMS],
    links: [
      { id: 'customer-calls-store', from: 'report-customer-1', to: 'report-store-1', kind: 'referral', label: 'calls the store' },
      { id: 'store-refers-hotline', from: 'report-store-1', to: 'report-service-1', kind: 'referral', label: 'gives the hotline number' },
      { id: 'service-claims-warranty', from: 'assess-service-1', to: 'assess-maker-1', kind: 'handover', label: 'warranty claim' },
      { id: 'service-hands-case', from: 'referral-service-1', to: 'referral-repair-1', kind: 'handover', label: 'case by email' },
      { id: 'repair-books-visit', from: 'referral-repair-1', to: 'referral-customer-1', kind: 'interaction', label: 'books the visit' },
      { id: 'repair-orders-part', from: 'visit-repair-1', to: 'visit-maker-1', kind: 'handover', label: 'parts order' },
      { id: 'maker-ships-part', from: 'parts-maker-1', to: 'parts-repair-1', kind: 'handover', label: 'ships the pump' },
      { id: 'store-lends-machine', from: 'parts-store-1', to: 'parts-customer-1', kind: 'interaction', label: 'loan machine' },
      { id: 'repair-reports-done', from: 'repair-repair-1', to: 'repair-service-1', kind: 'handover', label: 'repair report' }
    ],
    // The customer's feeling at each event, from -2 (very bad) to +2 (very good).
    emotionScale: { min: -2, max: 2, per: 'stage' }
  }
}

/** A workshop swimlane: every stakeholder's lane around the customer's, with flags and hand-overs. */
export const workshopSwimlaneTemplate: JourneyTemplate = {
  id: 'workshop-swimlane',
  title: 'Workshop swimlanes',
  description: 'A warranty repair mapped with one lane per stakeholder, the customer in the middle, red and green flags.',
  locales: LOCALES,
  journey: workshopSwimlaneJourney
}
