import type { JourneyInput } from '../model'
import type { JourneyTemplate } from './journey-template'
import { requireLocale } from './require-locale'

const LOCALES = ['en', 'da', 'fr', 'zh-Hans', 'ru'] as const
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
  },
  fr: {
    title: 'Nouvelle carte du parcours client',
    scenario: 'L’objectif principal de ce parcours, dans les mots du client',
    context: 'À qui s’adresse la carte, et ce que l’équipe veut en apprendre.',
    phases: ['Avant', 'Pendant', 'Après'],
    stages: ['Découvrir', 'Choisir et acheter', 'Utiliser', 'Assurer le suivi'],
    lanes: {
      actions: 'Actions',
      thoughts: 'Pensées',
      touchpoints: 'Points de contact',
      emotion: 'Émotions',
      pains: 'Points de douleur',
      opportunities: 'Opportunités'
    },
    persona: {
      name: 'Votre persona',
      role: 'Rôle ou métier',
      description: 'À remplacer par ce que la recherche dit de ce client\u00a0: objectifs, besoins, frustrations.',
      scenario: 'L’objectif principal que poursuit ce persona'
    }
  },
  'zh-Hans': {
    title: '新的客户旅程地图',
    scenario: '这段旅程围绕的那个目标，用客户自己的话说',
    context: '这张地图为谁而做，团队想从中了解什么。',
    phases: ['之前', '之中', '之后'],
    stages: ['发现', '选择并购买', '使用', '后续跟进'],
    lanes: {
      actions: '行为',
      thoughts: '想法',
      touchpoints: '触点',
      emotion: '情绪',
      pains: '痛点',
      opportunities: '机会点'
    },
    persona: {
      name: '你的用户画像',
      role: '角色或职业',
      description: '换成调研中关于这位客户的发现：目标、需求、困扰。',
      scenario: '这位用户追求的那个目标'
    }
  },
  ru: {
    title: 'Новая карта пути клиента',
    scenario: 'Главная цель этого пути — словами клиента',
    context: 'Для кого эта карта и что команда хочет из неё узнать.',
    phases: ['До', 'Во время', 'После'],
    stages: ['Узнать', 'Выбрать и купить', 'Пользоваться', 'Обратная связь'],
    lanes: {
      actions: 'Действия',
      thoughts: 'Мысли',
      touchpoints: 'Точки контакта',
      emotion: 'Эмоции',
      pains: 'Болевые точки',
      opportunities: 'Возможности'
    },
    persona: {
      name: 'Ваша персона',
      role: 'Роль или профессия',
      description: 'Замените тем, что исследования говорят об этом клиенте: цели, потребности, что раздражает.',
      scenario: 'Главная цель этой персоны'
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
