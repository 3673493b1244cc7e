import type { Plural } from '../../plural'
import { NUMBER_MARKS } from '../number-marks'

/*
 * The words a board carries (and the names of kinds and channels): English, the source. The sandbox
 * draws with these alone, so they live apart from the panel's words.
 */

export const enBoard = {
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
  /** A link kind in the legend: an arrow's colour, told apart from an activity type of the same name. */
  linkLegend: 'Arrow: {kind}',
  /** Written in each empty cell of the map, so a workshop sees where each lane's stickies go. */
  cellHint: '{lane}: add stickies here',
  blueprintLines: {
    interaction: 'Line of interaction',
    visibility: 'Line of visibility',
    'internal-interaction': 'Line of internal interaction'
  },
  removedFromData: 'Removed from data',
  /** Who a diagram names when the journey's persona has no name. */
  customer: 'Customer'
}

export const enKinds = {
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
  }
}

/**
 * How the language sets text: its decimal mark and minus sign (NUMBER_MARKS, which problems
 * take too); a label before its value; a quotation, and a quoted sentence with its final full stop where the
 * language puts it (inside the marks, but after the closing guillemet in Russian); `separator`
 * between details set side by side on one line (`Sofie · Mother of two`), `clauses` between
 * clauses or entries set one after another (`text “A” → “B”; score 1 → 2`). The panel and the
 * reports take them from here.
 */
export const enTypography = { ...NUMBER_MARKS.en, labelled: '{label}: {value}', quoted: '“{text}”', quotedSentence: '“{text}.”', separator: ' · ', clauses: '; ' }

/** The part of each catalogue the sandbox needs to draw a board, and to read and write CSV headers. */
export interface BoardCatalogue {
  board: typeof enBoard
  kinds: typeof enKinds
  typography: typeof enTypography
  report: typeof enReport
  csv: typeof enCsv
}

/** The Markdown and HTML reports' words. */
export const enReport = {
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
  restsOnAssumptions: 'What rests on assumptions',
  noEvidence: 'No evidence levels set yet.',
  nothingAssumed: 'Nothing rests on assumptions.',
  notRated: 'not rated: {count}',
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
  reportTitle: 'Journey report',
  reportSources: '{count} boards or journeys',
  emotionByStage: 'Emotion by stage',
  heatStrip: 'Pains, delights and moments of truth by stage',
  topVoted: 'Top-voted items',
  votes: '{count} votes',
  noVotes: 'No votes were read.',
  opportunitiesOwners: 'Opportunities and owners',
  readFrom: 'Read from: {names}',
  what: 'What',
  count: 'Count',
  lanes: 'Lanes',
  redFlags: 'Red flags',
  greenFlags: 'Green flags',
  actions: 'Actions',
  lane: 'Lane',
  kind: 'Kind'
}

/** The CSV header in words, for the localized-header option and for reading a header in any language; the stable header is the column ids. */
export const enCsv = {
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
  people: 'People',
  votes: 'Votes',
  vote_kinds: 'Vote kinds',
  curve: 'Curve',
  evidence: 'Evidence',
  participants: 'Participants',
  evidence_sources: 'Evidence sources',
  evidence_items: 'Evidence items'
}
