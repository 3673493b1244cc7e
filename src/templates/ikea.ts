import type { JourneyInput } from '../model'
import type { JourneyTemplate } from './journey-template'
import { requireLocale } from './require-locale'
import { type Cell, stageItems, type TemplateItem } from './stage-items'

/*
 * The well-known IKEA store journey, "from the wow moment to the how moment". It keeps two curves,
 * as the classic example does: how the customer feels about the task, and about the brand. The
 * showroom is the peak; the warehouse, checkout and assembly are the lows; the cheap treat at the
 * exit bistro lifts the end of the visit (the peak-end rule).
 */

const LOCALES = ['en'] as const

const LANES = [
  { id: 'actions', kind: 'actions', stem: 'action', name: 'Actions' },
  { id: 'touchpoints', kind: 'touchpoints', stem: 'touchpoint', name: 'Touchpoints' },
  { id: 'thoughts', kind: 'thoughts', stem: 'thought', name: 'Thoughts' },
  { id: 'feeling-task', kind: 'emotion', stem: 'task-feeling', name: 'Feeling about the task' },
  { id: 'feeling-brand', kind: 'emotion', stem: 'brand-feeling', name: 'Feeling about IKEA' },
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
  ...stage('inspire', {
    actions: ['Browses the app and saves a wardrobe to a wishlist'],
    touchpoints: [
      { text: 'IKEA app and website', channel: 'app', device: 'mobile' },
      { text: 'Room ideas on social media', channel: 'social', device: 'mobile' }
    ],
    thoughts: ['Hey, this is nice. Would it fit our bedroom?'],
    'feeling-task': [{ text: 'Happy and inspired', score: 4 }],
    'feeling-brand': [{ text: 'IKEA gets how we want to live', score: 5 }],
    pains: ['Hard to judge the real size and colour from photos'],
    delights: ['Room photos show the wardrobe in a real, lived-in home'],
    opportunities: ['An AR view that places the product in your own room']
  }),
  ...stage('plan', {
    actions: ['Measures the room, uses the planner and checks stock at the nearest store'],
    touchpoints: [
      { text: 'Online room planner', channel: 'web', device: 'desktop' },
      { text: 'Stock check on the product page', channel: 'web', device: 'mobile' }
    ],
    thoughts: ['Is it in stock? Do I have to cross the whole store to get it?'],
    'feeling-task': [{ text: 'Uncertain about stock and the trip', score: 3 }],
    'feeling-brand': [{ text: 'Helpful tools, if a bit fiddly', score: 4 }],
    pains: ['Stock shown as “low”, with no promise it is still there on the day', 'The planner is hard to use on a phone'],
    delights: ['The wishlist shows the aisle and bin for each item'],
    opportunities: ['Reserve items for collection and show aisle and bin before the visit']
  }),
  ...stage('travel', {
    actions: ['Drives 40 minutes out of town and hunts for a parking space'],
    touchpoints: [
      { text: 'Road signs and the car park', channel: 'store', device: 'none' },
      { text: 'Opening hours and busy times on a map app', channel: 'web', device: 'mobile' }
    ],
    thoughts: ['This is going to take the whole Saturday.'],
    'feeling-task': [{ text: 'Resigned to a long day', score: 3 }],
    'feeling-brand': [{ text: 'Neutral', score: 3 }],
    pains: ['Out-of-town location and a full car park at the weekend'],
    delights: ['Free supervised play area for the children'],
    opportunities: ['Show live crowd levels and the best times to visit in the app']
  }),
  ...stage('showroom', {
    actions: ['Follows the showroom route, tries sofas, notes article numbers'],
    touchpoints: [
      { text: 'Room sets with price tags', channel: 'store', device: 'none' },
      { text: 'Paper shopping list and the famous little pencils', channel: 'store', device: 'paper' }
    ],
    thoughts: ['I want to live in this room!'],
    'feeling-task': [{ text: 'Wow: inspired and excited', score: 5 }],
    'feeling-brand': [{ text: 'Love the ideas and the prices', score: 5 }],
    pains: ['A long one-way route; hard to find a shortcut or the exit', 'Signs to the next section are easy to miss'],
    delights: [{ text: 'Room sets work as a walk-in catalogue full of ideas', momentOfTruth: true }, 'Handy pencils and paper'],
    opportunities: ['Shortcut signs and a “you are here” map in the app']
  }),
  ...stage('restaurant', {
    actions: ['Stops for meatballs halfway through the store'],
    touchpoints: [{ text: 'Self-service restaurant', channel: 'store', device: 'none' }],
    thoughts: ['Good, cheap food, and the kids are happy again.'],
    'feeling-task': [{ text: 'Recharged', score: 4 }],
    'feeling-brand': [{ text: 'Good value, family-friendly', score: 4 }],
    pains: ['A long queue for food at lunchtime'],
    delights: ['Cheap meatballs and free coffee refills for members'],
    opportunities: ['Order ahead in the app to skip the lunch queue']
  }),
  ...stage('market-hall', {
    actions: ['Picks up candles, frames and a plant in the market hall'],
    touchpoints: [{ text: 'Market hall bins and the blue bag', channel: 'store', device: 'none' }],
    thoughts: ['These are so cheap, I’ll just take a few.'],
    'feeling-task': [{ text: 'Having fun, losing track of the budget', score: 4 }],
    'feeling-brand': [{ text: 'Tempted', score: 4 }],
    pains: ['The bag gets heavy, and impulse buys blow the budget'],
    delights: ['Bargain bins and the as-is corner feel like a treasure hunt'],
    opportunities: ['A running total of the shopping in the app']
  }),
  ...stage('warehouse', {
    actions: ['Finds the aisle and bin, lifts the flat-packs onto a trolley'],
    touchpoints: [
      { text: 'Aisle and bin signs', channel: 'store', device: 'none' },
      { text: 'Stock-check kiosk', channel: 'store', device: 'kiosk' }
    ],
    thoughts: ['Bigger and heavier than I thought. How do I get this onto the trolley?'],
    'feeling-task': [{ text: 'Anxious and tired', score: 2 }],
    'feeling-brand': [{ text: 'Left on my own', score: 3 }],
    pains: [
      { text: 'The item is not at its bin, or one box of the set is missing', momentOfTruth: true },
      'Heavy, bulky packs and nobody to help lift them'
    ],
    delights: ['A co-worker helps lift the wardrobe onto the trolley'],
    opportunities: ['Click and collect for big items; lifting help on call']
  }),
  ...stage('checkout', {
    actions: ['Queues at a checkout with a trolley that will not steer'],
    touchpoints: [{ text: 'Checkouts and self-checkout', channel: 'store', device: 'kiosk' }],
    thoughts: ['Twenty minutes in line, and the trolley keeps drifting.'],
    'feeling-task': [{ text: 'Stressed and impatient', score: 2 }],
    'feeling-brand': [{ text: 'Why so few checkouts open?', score: 2 }],
    pains: ['Long queues, and self-checkout cannot handle large packs'],
    delights: ['Scan-and-pay in the app skips the queue'],
    opportunities: ['Scan-and-pay for everyone, with a fast lane for big trolleys']
  }),
  ...stage('bistro', {
    actions: ['Buys a hot dog and a soft ice cream on the way out'],
    touchpoints: [{ text: 'Exit bistro', channel: 'store', device: 'none' }],
    thoughts: ['An ice cream for a euro. That was a good day after all.'],
    'feeling-task': [{ text: 'Rewarded', score: 4 }],
    'feeling-brand': [{ text: 'Fond of IKEA again', score: 4 }],
    pains: ['Another queue right after the checkout queue'],
    delights: [{ text: 'A cheap hot dog or ice cream lifts the end of the visit', momentOfTruth: true }],
    opportunities: ['Protect the peak-end: keep the bistro cheap and fast']
  }),
  ...stage('transport', {
    actions: ['Loads the car, folds the seats, ties the boot shut'],
    touchpoints: [
      { text: 'Loading zone and trolley return', channel: 'store', device: 'none' },
      { text: 'Home delivery booking at the service desk', channel: 'store', device: 'kiosk' }
    ],
    thoughts: ['How am I going to fit this in the car?'],
    'feeling-task': [{ text: 'Stressed', score: 2 }],
    'feeling-brand': [{ text: 'Should have paid for delivery', score: 3 }],
    pains: ['The packs do not fit the car, and delivery costs more than expected'],
    delights: ['A van to rent by the hour at the store'],
    opportunities: ['Show pack sizes and a “will it fit my car?” check before the visit']
  }),
  ...stage('assembly', {
    actions: ['Unpacks, sorts the screws, follows the picture instructions'],
    touchpoints: [
      { text: 'Assembly instructions', channel: 'other', device: 'paper' },
      { text: 'Assembly service booking', channel: 'web', device: 'mobile' }
    ],
    thoughts: ['Step 14: where did this extra screw come from?'],
    'feeling-task': [{ text: 'Frustrated, then proud', score: 1 }],
    'feeling-brand': [{ text: 'Annoyed about the missing part', score: 2 }],
    pains: [
      { text: 'A missing part stops the assembly halfway', momentOfTruth: true },
      'Instructions are hard to follow; it takes the whole evening'
    ],
    delights: ['Pride when the wardrobe finally stands'],
    opportunities: ['Order spare parts in the app by scanning the part number; video instructions']
  }),
  ...stage('use', {
    actions: ['Uses the wardrobe every day; returns an unused frame'],
    touchpoints: [
      { text: 'Returns desk', channel: 'store', device: 'none' },
      { text: 'Customer support chat', channel: 'chat', device: 'mobile' }
    ],
    thoughts: ['It looks great in the room. Worth the effort.'],
    'feeling-task': [{ text: 'Satisfied', score: 4 }],
    'feeling-brand': [{ text: 'Would go back', score: 4 }],
    pains: ['Returning anything means another trip to the store'],
    delights: ['A generous return policy with no questions asked'],
    opportunities: ['Returns by collection or at a parcel point; buy-back of old furniture']
  })
]

function ikeaJourney(locale: string): JourneyInput {
  requireLocale('ikea', LOCALES, locale)
  return {
    id: 'ikea',
    title: 'Buying a wardrobe at IKEA',
    scenario: 'We are buying a new wardrobe for our bedroom',
    context:
      'A furniture retailer maps the whole journey, online and in the store, to fix the lows (finding the way, queues, ' +
      'heavy flat-packs, assembly) and protect the highs (the showroom and the exit bistro).',
    state: 'current',
    locale,
    personas: [
      {
        id: 'family-dad',
        name: 'Tom Becker',
        role: 'Logistics planner, father of two',
        age: 38,
        description: 'Furnishing the bedroom of a new terraced house. Shops on Saturdays, with the children and an estate car.',
        goals: ['A wardrobe that fits the alcove', 'Done in one trip'],
        needs: ['Exact dimensions and stock before he drives', 'Something to keep the children happy'],
        expectations: ['Low prices in exchange for doing some work himself'],
        frustrations: ['Crowds at the weekend', 'Missing parts'],
        ambitions: ['Finish the house before the summer'],
        hobbies: ['DIY', 'Cycling with the kids'],
        channels: ['web', 'app', 'store'],
        quote: 'I don’t mind building it. I mind driving back for one screw.',
        scenario: 'We are buying a new wardrobe for our bedroom'
      },
      {
        id: 'first-flat',
        name: 'Sally Moreno',
        role: 'Junior architect furnishing her first flat',
        age: 27,
        description: 'Lives alone in a small city flat with no car. Loves design and looking for ideas.',
        goals: ['A stylish home on a small budget', 'Everything delivered and, if possible, assembled'],
        needs: ['Affordable delivery', 'Ideas for small spaces'],
        expectations: ['The online and store experience should feel like one'],
        frustrations: ['Delivery slots weeks away', 'Carrying flat-packs on public transport'],
        ambitions: ['Design her own furniture one day'],
        hobbies: ['Sketching', 'Flea markets'],
        channels: ['social', 'app', 'store'],
        quote: 'The showroom is my favourite museum. The warehouse is not.',
        scenario: 'I am furnishing my first flat, without a car'
      }
    ],
    phases: [
      { id: 'gather', name: 'Gather information and look at alternatives' },
      { id: 'decide', name: 'Make the decision' },
      { id: 'using', name: 'Use' }
    ],
    stages: [
      { id: 'inspire', name: 'Inspiration', phaseId: 'gather' },
      { id: 'plan', name: 'Planning', phaseId: 'gather' },
      { id: 'travel', name: 'Travel to the store', phaseId: 'decide' },
      { id: 'showroom', name: 'Showroom', phaseId: 'decide' },
      { id: 'restaurant', name: 'Restaurant break', phaseId: 'decide' },
      { id: 'market-hall', name: 'Market hall', phaseId: 'decide' },
      { id: 'warehouse', name: 'Self-serve warehouse', phaseId: 'decide' },
      { id: 'checkout', name: 'Checkout', phaseId: 'decide' },
      { id: 'bistro', name: 'Exit bistro', phaseId: 'decide' },
      { id: 'transport', name: 'Transport or delivery', phaseId: 'using' },
      { id: 'assembly', name: 'Assembly', phaseId: 'using' },
      { id: 'use', name: 'Use, returns and after-sales', phaseId: 'using' }
    ],
    lanes: LANES.map((lane) => ({ id: lane.id, name: lane.name, kind: lane.kind })),
    items: [...ITEMS],
    // Two curves, each scored once per stage from 1 (very bad) to 5 (very good).
    emotionScale: { min: 1, max: 5, per: 'stage' }
  }
}

/** The classic IKEA store journey, with its famous lows and its peak-end. */
export const ikeaTemplate: JourneyTemplate = {
  id: 'ikea',
  title: 'IKEA store visit',
  description: 'Twelve stages from inspiration to assembly; showroom highs, warehouse and assembly lows, the exit-bistro peak-end.',
  locales: LOCALES,
  journey: ikeaJourney
}
