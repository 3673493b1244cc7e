import type { BlueprintLine, Journey, LinkKind } from '../model'

type JourneyState = Journey['state']
type BlueprintLineKind = BlueprintLine['kind']

/** The board's own words (everything that is not journey content), in the journey's language. */
export interface BoardLabels {
  state: Record<JourneyState, string>
  /** "Age 34" */
  age: string
  goals: string
  needs: string
  expectations: string
  frustrations: string
  ambitions: string
  hobbies: string
  channels: string
  legend: string
  redFlag: string
  greenFlag: string
  momentOfTruth: string
  emotionPositive: string
  emotionNeutral: string
  emotionNegative: string
  linkKinds: Record<LinkKind, string>
  blueprintLines: Record<BlueprintLineKind, string>
}

/** `{n}` in `age` stands for the number. */
const ENGLISH: BoardLabels = {
  state: { current: 'Current state', future: 'Future state' },
  age: 'Age {n}',
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
  }
}

const DANISH: BoardLabels = {
  state: { current: 'Nuværende situation', future: 'Fremtidig situation' },
  age: '{n} år',
  goals: 'Mål',
  needs: 'Behov',
  expectations: 'Forventninger',
  frustrations: 'Frustrationer',
  ambitions: 'Ambitioner',
  hobbies: 'Fritidsinteresser',
  channels: 'Kanaler',
  legend: 'Forklaring',
  redFlag: 'Rødt flag: det går galt her',
  greenFlag: 'Grønt flag: det virker her',
  momentOfTruth: 'Sandhedens øjeblik',
  emotionPositive: 'Følelse: positiv',
  emotionNeutral: 'Følelse: neutral',
  emotionNegative: 'Følelse: negativ',
  linkKinds: { handover: 'Overdragelse', interaction: 'Interaktion', referral: 'Henvisning', sequence: 'Rækkefølge' },
  blueprintLines: {
    interaction: 'Interaktionslinje',
    visibility: 'Synlighedslinje',
    'internal-interaction': 'Intern interaktionslinje'
  }
}

const BY_LANGUAGE: Readonly<Record<string, BoardLabels>> = { en: ENGLISH, da: DANISH }

/** The labels for a locale such as "da" or "en-GB"; English for languages the board does not speak yet. */
export function boardLabels(locale: string): BoardLabels {
  const language = locale.split('-')[0]?.toLowerCase() ?? ''
  return BY_LANGUAGE[language] ?? ENGLISH
}
