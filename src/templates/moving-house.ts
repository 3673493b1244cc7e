import type { JourneyInput } from '../model'
import type { JourneyTemplate } from './journey-template'
import { requireLocale } from './require-locale'
import { type Cell, stageItems, type TemplateItem } from './stage-items'

/*
 * A broadband customer who moves house. Moving is when customers actively decide whether to keep
 * their provider, so the stay-or-switch stage is the moment of truth. The stages follow public
 * home-move research (planning before first contact, lead times, the connection gap, the first bill).
 */

const LOCALES = ['en'] as const

const LANES = [
  { id: 'actions', kind: 'actions', stem: 'action', name: 'Actions' },
  { id: 'thoughts', kind: 'thoughts', stem: 'thought', name: 'Thoughts' },
  { id: 'touchpoints', kind: 'touchpoints', stem: 'touchpoint', name: 'Touchpoints' },
  { id: 'emotion', kind: 'emotion', stem: 'emotion', name: 'Emotion' },
  { id: 'pains', kind: 'pains', stem: 'pain', name: 'Pain points' },
  { id: 'delights', kind: 'delights', stem: 'delight', name: 'Delights' },
  { id: 'opportunities', kind: 'opportunities', stem: 'opportunity', name: 'Opportunities' }
] as const

type LaneId = (typeof LANES)[number]['id']

const STEMS = Object.fromEntries(LANES.map((lane) => [lane.id, lane.stem])) as Record<LaneId, string>

function stage(stageId: string, cells: Partial<Record<LaneId, readonly Cell<string>[]>>): TemplateItem<string>[] {
  return stageItems(stageId, STEMS, cells)
}

const ITEMS: readonly TemplateItem<string>[] = [
  ...stage('trigger', {
    actions: ['Signs the lease and sets a moving date', 'Starts a list of everyone who needs the new address'],
    thoughts: ['So much to sort out. Where does broadband even go on the list?'],
    touchpoints: [{ text: 'Moving checklist on a property website', channel: 'web', device: 'mobile' }],
    emotion: [{ text: 'Excited about the new home', score: 1 }],
    pains: ['A long list of organisations to notify, with broadband somewhere on it'],
    delights: ['The listing for the new flat says fibre is already installed'],
    opportunities: ['Reach customers early in their planning with a home-move checklist']
  }),
  ...stage('stay-or-switch', {
    actions: [
      'Looks up the contract end date and the early-termination fee',
      'Compares offers for the new address on a comparison site',
      { text: 'Decides: stay with the provider or switch', momentOfTruth: true }
    ],
    thoughts: ['If I have to start a new contract anyway, why not shop around?'],
    touchpoints: [
      { text: 'Account page with contract details', channel: 'web', device: 'desktop' },
      { text: 'Comparison site', channel: 'web', device: 'desktop' },
      { text: 'Retention call with an offer to stay', channel: 'phone', device: 'mobile' }
    ],
    emotion: [{ text: 'Torn between loyalty and a better deal', score: -1 }],
    pains: ['Moving may restart the minimum term', 'Unclear whether to transfer the service or cancel and start again'],
    delights: ['The account page shows the move fee and that the contract term stays the same'],
    opportunities: ['Treat the move as a retention moment: a clear offer with no new minimum term']
  }),
  ...stage('availability', {
    actions: ['Enters the new address in the availability checker'],
    thoughts: ['Will I get the same speed there, or only old copper lines?'],
    touchpoints: [
      { text: 'Online address checker', channel: 'web', device: 'mobile' },
      { text: 'Sales chat', channel: 'chat', device: 'desktop' }
    ],
    emotion: [{ text: 'Hopeful, but unsure what the results mean', score: 0 }],
    pains: ['The checker does not recognise the new-build address', 'Speeds shown as “up to”, with no promise for this flat'],
    delights: ['The checker confirms fibre and shows the speed this flat will get'],
    opportunities: ['An address checker that knows new builds and shows the speed the customer will get']
  }),
  ...stage('book-move', {
    actions: ['Calls to move the subscription, at least two weeks ahead'],
    thoughts: ['Why do I have to give them all my details again?'],
    touchpoints: [
      { text: 'Call centre', channel: 'phone', device: 'mobile' },
      { text: 'Home-move form in the app', channel: 'app', device: 'mobile' }
    ],
    emotion: [{ text: 'Irritated by the hold time and repeated questions', score: -1 }],
    pains: ['40 minutes on hold, then repeating details they already have', 'Sales and support systems do not share the order'],
    delights: ['The agent books the move and the installation slot in one call'],
    opportunities: ['One home-move flow in the app and on the web, prefilled from the account']
  }),
  ...stage('install', {
    actions: ['Picks an engineer slot and waits for the new router'],
    thoughts: ['Will the router go to the old address or the new one?'],
    touchpoints: [
      { text: 'Confirmation SMS with the installation date', channel: 'sms', device: 'mobile' },
      { text: 'Router delivered by post', channel: 'mail', device: 'none' }
    ],
    emotion: [{ text: 'Reassured once the date is in writing', score: 0 }],
    pains: ['The earliest engineer slot is ten days after moving day', 'The router is sent to the old address'],
    delights: ['A confirmation with a written date and a two-hour time window'],
    opportunities: ['Ship the router to the new address on a delivery day the customer picks']
  }),
  ...stage('moving-day', {
    actions: ['Moves in and tethers the laptop to the phone to keep working'],
    thoughts: ['No internet, and a deadline on Monday.'],
    touchpoints: [
      { text: 'Mobile data on their own phone', channel: 'other', device: 'mobile' },
      { text: 'Support chat on the phone', channel: 'chat', device: 'mobile' }
    ],
    emotion: [{ text: 'Stressed: offline in a flat full of boxes', score: -2 }],
    pains: ['No internet during the move: one of the top stresses of moving', 'The old line is still billed at the empty address'],
    delights: ['The provider sends a free mobile data bundle to bridge the gap'],
    opportunities: ['Bridge the gap with free mobile data or a 4G router']
  }),
  ...stage('activation', {
    actions: ['Lets the engineer in, then connects laptops and the TV box'],
    thoughts: ['Finally. Does it work in every room?'],
    touchpoints: [
      { text: 'Engineer visit', channel: 'in-person', device: 'none', momentOfTruth: true },
      { text: 'Setup guide in the app', channel: 'app', device: 'mobile' }
    ],
    emotion: [{ text: 'Relieved when the light turns green', score: 1 }],
    pains: ['The engineer arrives at the end of the window without calling', 'Wi-fi does not reach the home office'],
    delights: ['The engineer tests the wi-fi in every room and moves the router'],
    opportunities: ['Live arrival updates and a wi-fi check in every room']
  }),
  ...stage('first-bill', {
    actions: ['Opens the first bill and compares it with the offer'],
    thoughts: ['Why is this bill almost double?'],
    touchpoints: [
      { text: 'Bill by email', channel: 'email', device: 'desktop' },
      { text: 'Billing hotline', channel: 'phone', device: 'mobile' }
    ],
    emotion: [{ text: 'Annoyed by charges nobody explained', score: -1 }],
    pains: ['Pro-rata charges and a move fee nobody mentioned', 'Billed for the old and the new address in the same month'],
    delights: ['The bill explains each pro-rata line in plain words'],
    opportunities: ['Explain move fees up front and show a preview of the first bill']
  }),
  ...stage('settle-in', {
    actions: ['Looks back after a month and answers a survey'],
    thoughts: ['It works. Would I tell friends to stay with them when they move?'],
    touchpoints: [
      { text: 'Satisfaction survey', channel: 'email', device: 'mobile' },
      { text: 'Loyalty offer in the app', channel: 'app', device: 'mobile' }
    ],
    emotion: [{ text: 'Content, as long as it just works', score: 1 }],
    pains: ['The survey asks about one phone call, not the whole move'],
    delights: ['A thank-you and a free speed upgrade for a month for staying'],
    opportunities: ['Measure the whole move, not single calls, and follow up after a month']
  })
]

function movingHouseJourney(locale: string): JourneyInput {
  requireLocale('moving-house', LOCALES, locale)
  return {
    id: 'moving-house',
    title: 'Moving house with broadband',
    scenario: 'I am moving',
    context:
      'Company: a telecom and broadband provider. Need: to see the journey a customer goes through when moving to another address. ' +
      'Why: moving is when customers actively decide whether to keep their provider or switch, so it is a critical moment.',
    state: 'current',
    locale,
    personas: [
      {
        id: 'home-worker',
        name: 'Emma Larsen',
        role: 'UX designer who works from home',
        age: 34,
        description: 'Moving with her partner to a bigger flat across town. Two laptops, video calls every day.',
        goals: ['Be online on the first working day in the new flat', 'Keep the same price and speed'],
        needs: ['A fixed installation date', 'Wi-fi that reaches the home office'],
        expectations: ['The provider already knows her, so moving should be one form'],
        frustrations: ['Hold music', 'Repeating her details to every agent'],
        ambitions: ['Go freelance within a year'],
        hobbies: ['Climbing', 'Podcasts'],
        channels: ['app', 'chat', 'email'],
        quote: 'No internet means no work. I cannot be offline for a week.',
        scenario: 'I am moving, and I work from home, so I cannot be offline'
      },
      {
        id: 'student',
        name: 'Jonas Berg',
        role: 'Student moving into a shared flat',
        age: 22,
        description: 'Leaves his parents’ contract behind; shares the bill with two flatmates.',
        goals: ['The cheapest deal that is fast enough for gaming and streaming', 'No long contract'],
        needs: ['A monthly plan he can cancel', 'An easy way to split the bill'],
        expectations: ['Everything done in an app in ten minutes'],
        frustrations: ['Minimum terms of 24 months', 'Installation fees'],
        ambitions: ['Finish his degree without debt'],
        hobbies: ['Online gaming', 'Football'],
        channels: ['app', 'social', 'chat'],
        quote: 'If moving means a new contract anyway, I will just pick the cheapest one.',
        scenario: 'I am moving into a shared flat and want the cheapest deal that works'
      },
      {
        id: 'retiree',
        name: 'Birgit Nielsen',
        role: 'Retired teacher downsizing to an apartment',
        age: 71,
        description: 'Has been with the same provider for 18 years: broadband, TV and a landline.',
        goals: ['TV and phone working on the day she moves in', 'Someone to set it all up'],
        needs: ['A person to talk to', 'A written confirmation of dates and prices'],
        expectations: ['Loyalty is rewarded'],
        frustrations: ['Phone menus', 'Being sent to the website'],
        ambitions: ['Video calls with her grandchildren abroad'],
        hobbies: ['Gardening', 'Crosswords'],
        channels: ['phone', 'mail', 'store'],
        quote: 'After eighteen years they should know who I am.',
        scenario: 'I am moving to a smaller flat and want my TV and phone to keep working'
      }
    ],
    phases: [
      { id: 'before', name: 'Before the move' },
      { id: 'during', name: 'Moving' },
      { id: 'after', name: 'After the move' }
    ],
    stages: [
      { id: 'trigger', name: 'Deciding to move', phaseId: 'before' },
      { id: 'stay-or-switch', name: 'Stay or switch', phaseId: 'before' },
      { id: 'availability', name: 'Checking the new address', phaseId: 'before' },
      { id: 'book-move', name: 'Booking the move', phaseId: 'before' },
      { id: 'install', name: 'Scheduling installation', phaseId: 'before' },
      { id: 'moving-day', name: 'Moving day', phaseId: 'during' },
      { id: 'activation', name: 'Activation and setup', phaseId: 'during' },
      { id: 'first-bill', name: 'First bill', phaseId: 'after' },
      { id: 'settle-in', name: 'Settled in', phaseId: 'after' }
    ],
    lanes: LANES.map((lane) => ({ id: lane.id, name: lane.name, kind: lane.kind })),
    items: [...ITEMS],
    // Emotion is scored once per stage, from -2 (very bad) to +2 (very good).
    emotionScale: { min: -2, max: 2, per: 'stage' }
  }
}

/** A broadband customer moving house: the moment they decide to stay or switch. */
export const movingHouseTemplate: JourneyTemplate = {
  id: 'moving-house',
  title: 'Moving house',
  description: 'A broadband customer who moves: nine stages from planning to settled in, with the stay-or-switch decision.',
  locales: LOCALES,
  journey: movingHouseJourney
}
