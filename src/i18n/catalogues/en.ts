import type { Plural } from '../plural'

/*
 * English: the source catalogue. Its shape is the Catalogue type every other language must fill.
 * `{name}` placeholders are filled by `fillText`; counted texts are Plural forms.
 */
export const en = {
  board: {
    state: { current: 'Current state', future: 'Future state' },
    age: { other: 'Age {n}' } as Plural,
    goals: 'Goals',
    needs: 'Needs',
    expectations: 'Expectations',
    frustrations: 'Frustrations',
    ambitions: 'Ambitions',
    hobbies: 'Hobbies',
    channels: 'Channels',
    legend: 'Legend',
    redFlag: 'Red flag: this breaks',
    greenFlag: 'Green flag: this works',
    momentOfTruth: 'Moment of truth',
    emotionPositive: 'Emotion: positive',
    emotionNeutral: 'Emotion: neutral',
    emotionNegative: 'Emotion: negative',
    linkKinds: { handover: 'Hand-over', interaction: 'Interaction', referral: 'Referral', sequence: 'Sequence' },
    blueprintLines: {
      interaction: 'Line of interaction',
      visibility: 'Line of visibility',
      'internal-interaction': 'Line of internal interaction'
    },
    removedFromData: 'Removed from data',
    /** Who a diagram names when the journey's persona has no name. */
    customer: 'Customer'
  },
  kinds: {
    lanes: {
      actions: 'Actions',
      thoughts: 'Thoughts',
      emotion: 'Emotion',
      needs: 'Needs',
      pains: 'Pain points',
      touchpoints: 'Touchpoints',
      delights: 'Delights',
      opportunities: 'Opportunities',
      'action-plan': 'Action plan',
      quotes: 'Quotes',
      notes: 'Notes',
      actor: 'Swimlane',
      'customer-actions': 'Customer actions',
      frontstage: 'Frontstage',
      backstage: 'Backstage',
      'support-processes': 'Support processes',
      'physical-evidence': 'Physical evidence'
    },
    actors: { customer: 'Customer', person: 'Person', department: 'Department', partner: 'Partner' },
    channels: {
      web: 'web',
      app: 'app',
      phone: 'phone',
      email: 'email',
      sms: 'text message',
      chat: 'chat',
      store: 'store',
      'in-person': 'in person',
      ad: 'advertising',
      social: 'social media',
      reviews: 'reviews',
      mail: 'post',
      other: 'other'
    },
    devices: { desktop: 'computer', mobile: 'mobile', tablet: 'tablet', kiosk: 'kiosk', paper: 'paper', none: 'none', other: 'other' }
  },
  report: {
    scenario: 'Scenario',
    state: 'State',
    context: 'Context',
    stateNames: { current: 'Current state (as is)', future: 'Future state (to be)' },
    persona: 'Persona: {name}',
    role: 'Role',
    age: 'Age',
    preferredChannels: 'Preferred channels',
    quote: 'Quote',
    otherPersonas: 'Other personas: {names}.',
    stages: 'Stages',
    noPhase: 'No phase',
    worksWell: 'What works well',
    worksBadly: 'What does not work well',
    momentsOfTruth: 'Moments of truth',
    opportunities: 'Opportunities',
    actionPlan: 'Action plan',
    tagDelight: 'delight',
    tagGreenFlag: 'green flag',
    tagPain: 'pain',
    tagRedFlag: 'red flag',
    tagEmotion: 'emotion {score}',
    nothingMarked: 'Nothing marked yet.',
    noneMarked: 'None marked yet.',
    noneYet: 'None yet.',
    noActions: 'No actions yet.',
    action: 'Action',
    stage: 'Stage',
    owner: 'Owner',
    unassigned: 'unassigned',
    emotionCurve: 'Emotion curve',
    scale: 'Scale {min} to {max}, scored per {per}.',
    per: { stage: 'stage', touchpoint: 'touchpoint' },
    emotion: 'Emotion',
    items: 'Items',
    pains: 'Pains',
    delights: 'Delights',
    highestLowest: 'Highest: {high} ({highScore}). Lowest: {low} ({lowScore}).',
    counts: 'Counts',
    what: 'What',
    count: 'Count',
    lanes: 'Lanes',
    redFlags: 'Red flags',
    greenFlags: 'Green flags',
    actions: 'Actions',
    lane: 'Lane',
    kind: 'Kind'
  },
  /** The CSV header in words, for the localized-header option; the stable header is the column ids. */
  csv: {
    item_id: 'Item id',
    stage_id: 'Stage id',
    stage: 'Stage',
    phase: 'Phase',
    lane_id: 'Lane id',
    lane: 'Lane',
    lane_kind: 'Lane kind',
    actor: 'Actor',
    text: 'Text',
    score: 'Score',
    flag: 'Flag',
    activity_type: 'Activity type',
    moment_of_truth: 'Moment of truth',
    channel: 'Channel',
    device: 'Device',
    owner: 'Owner',
    links: 'Links',
    people: 'People'
  },
  /** How the language writes a decimal number, a list and a label before its value. */
  typography: { decimal: '.', list: ', ', labelled: '{label}: {value}' }
}

/** Every word Journeyboard writes, in one language; English defines the keys. */
export type Catalogue = typeof en
