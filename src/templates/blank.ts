import type { JourneyInput } from '../model'
import type { JourneyTemplate } from './journey-template'
import { requireLocale } from './require-locale'

const LOCALES = ['en', 'da'] as const
type Locale = (typeof LOCALES)[number]

interface BlankText {
  title: string
  scenario: string
  context: string
  phases: [string, string, string]
  stages: [string, string, string, string]
  lanes: { actions: string; thoughts: string; touchpoints: string; emotion: string; pains: string; opportunities: string }
  persona: { name: string; role: string; description: string; scenario: string }
}

const TEXT: Record<Locale, BlankText> = {
  en: {
    title: 'New journey map',
    scenario: 'The one goal this journey is about, in the customer’s words',
    context: 'Who the map is for, and what the team wants to learn from it.',
    phases: ['Before', 'During', 'After'],
    stages: ['Discover', 'Choose and buy', 'Use', 'Follow up'],
    lanes: {
      actions: 'Actions',
      thoughts: 'Thoughts',
      touchpoints: 'Touchpoints',
      emotion: 'Emotion',
      pains: 'Pain points',
      opportunities: 'Opportunities'
    },
    persona: {
      name: 'Your persona',
      role: 'Role or profession',
      description: 'Replace with what research says about this customer: goals, needs, frustrations.',
      scenario: 'The one goal this persona pursues'
    }
  },
  da: {
    title: 'Nyt kunderejsekort',
    scenario: 'Det ene mål, rejsen handler om, med kundens egne ord',
    context: 'Hvem kortet er til, og hvad teamet vil lære af det.',
    phases: ['Før', 'Under', 'Efter'],
    stages: ['Opdage', 'Vælge og købe', 'Bruge', 'Følge op'],
    lanes: {
      actions: 'Handlinger',
      thoughts: 'Tanker',
      touchpoints: 'Kontaktpunkter',
      emotion: 'Følelser',
      pains: 'Barrierer',
      opportunities: 'Muligheder'
    },
    persona: {
      name: 'Din persona',
      role: 'Rolle eller erhverv',
      description: 'Erstat med det, research siger om kunden: mål, behov, frustrationer.',
      scenario: 'Det ene mål, denne persona forfølger'
    }
  }
}

function blankJourney(locale: string): JourneyInput {
  const text = TEXT[requireLocale('blank', LOCALES, locale)]
  const [before, during, after] = text.phases
  const [discover, choose, use, followUp] = text.stages
  return {
    id: 'blank',
    title: text.title,
    scenario: text.scenario,
    context: text.context,
    state: 'current',
    locale,
    personas: [
      {
        id: 'persona',
        name: text.persona.name,
        role: text.persona.role,
        description: text.persona.description,
        scenario: text.persona.scenario
      }
    ],
    phases: [
      { id: 'before', name: before },
      { id: 'during', name: during },
      { id: 'after', name: after }
    ],
    stages: [
      { id: 'discover', name: discover, phaseId: 'before' },
      { id: 'choose', name: choose, phaseId: 'before' },
      { id: 'use', name: use, phaseId: 'during' },
      { id: 'follow-up', name: followUp, phaseId: 'after' }
    ],
    lanes: [
      { id: 'actions', name: text.lanes.actions, kind: 'actions' },
      { id: 'thoughts', name: text.lanes.thoughts, kind: 'thoughts' },
      { id: 'touchpoints', name: text.lanes.touchpoints, kind: 'touchpoints' },
      { id: 'emotion', name: text.lanes.emotion, kind: 'emotion' },
      { id: 'pains', name: text.lanes.pains, kind: 'pains' },
      { id: 'opportunities', name: text.lanes.opportunities, kind: 'opportunities' }
    ],
    items: [],
    emotionScale: { min: -2, max: 2, per: 'stage' }
  }
}

/** An empty map with the usual stages and lanes, ready for a workshop to fill. */
export const blankTemplate: JourneyTemplate = {
  id: 'blank',
  title: 'Blank map',
  description: 'Four stages, the standard lanes and one persona to fill in.',
  locales: LOCALES,
  journey: blankJourney
}
