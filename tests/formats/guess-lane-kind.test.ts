import { describe, expect, it } from 'vitest'

import { CATALOGUES, LANGUAGES } from '../../src/i18n'
import { LaneKindSchema } from '../../src/model'
import { guessLaneKind } from '../../src/formats/guess-lane-kind'
import { guessLanes } from '../../src/reader/guess-lanes'
import { guessLocale } from '../../src/reader/guess-locale'

describe('guessLaneKind', () => {
  it.each([
    ['Thoughts', 'thoughts'],
    ['What they think', 'thoughts'],
    ['Tanker', 'thoughts'],
    ['Pain points', 'pains'],
    ['Barriers', 'pains'],
    ['Barrierer', 'pains'],
    ['Needs', 'needs'],
    ['Behov', 'needs'],
    ['Touchpoints', 'touchpoints'],
    ['Touch points / channels', 'touchpoints'],
    ['Kontaktpunkter', 'touchpoints'],
    ['Feelings', 'emotion'],
    ['Emotional journey', 'emotion'],
    ['Experience', 'emotion'],
    ['Oplevelse', 'emotion'],
    ['Opportunities', 'opportunities'],
    ['Ideas', 'opportunities'],
    ['Prioritering', 'opportunities'],
    ['Design', 'opportunities'],
    ['Actions', 'actions'],
    ['Doing', 'actions'],
    ['Handlinger', 'actions'],
    ['Customer actions', 'customer-actions'],
    ['Action plan', 'action-plan'],
    ['Frontstage', 'frontstage'],
    ['Back stage', 'backstage'],
    ['Support processes', 'support-processes'],
    ['Physical evidence', 'physical-evidence'],
    ['Quotes', 'quotes'],
    ['Delights', 'delights'],
    ['Notes', 'notes']
  ])('reads "%s" as a %s row', (label, kind) => {
    expect(guessLaneKind(label)).toEqual({ kind })
  })

  it.each([
    ['Customer', 'customer'],
    ['Kunden', 'customer'],
    ['Customer service', 'department'],
    ['Kundeservice', 'department'],
    ['IT', 'department'],
    ['Repair partner', 'partner'],
    ['Leverandør', 'partner'],
    ['Store staff', 'person'],
    ['Tekniker', 'person']
  ])('reads "%s" as the %s actor', (label, actor) => {
    expect(guessLaneKind(label)).toEqual({ actor })
  })

  it.each([
    ['痛点', 'pains'],
    ['客户痛点', 'pains'],
    ['Болевые точки', 'pains'],
    ['Points de douleur', 'pains'],
    ['Smertepunkter', 'pains'],
    ['Pensées du client', 'thoughts'],
    ['Ce que pense le client', 'thoughts'],
    ['Idées d’amélioration', 'opportunities'],
    ['Plan d’action', 'action-plan'],
    ['Moments de satisfaction', 'delights'],
    ['Émotions', 'emotion'],
    ['Points de contact', 'touchpoints'],
    ['用户想法', 'thoughts'],
    ['触点', 'touchpoints'],
    ['接触点 / 渠道', 'touchpoints'],
    ['情绪曲线', 'emotion'],
    ['机会点', 'opportunities'],
    ['用户行为', 'actions'],
    ['顾客行为', 'customer-actions'],
    ['Мысли клиента', 'thoughts'],
    ['Точки соприкосновения', 'touchpoints'],
    ['Эмоции', 'emotion'],
    ['Идеи по улучшению', 'opportunities'],
    ['Зелёные зоны: точки восторга', 'delights'],
    ['План действий', 'action-plan'],
    ['Закулисье', 'backstage']
  ])('reads "%s" as a %s row in French, Chinese, Russian and Danish', (label, kind) => {
    expect(guessLaneKind(label)).toEqual({ kind })
  })

  it.each(LANGUAGES.flatMap((language) => LaneKindSchema.options.filter((kind) => kind !== 'actor').map((kind) => [language, kind] as const)))(
    'reads the %s catalogue name of %s rows back as that kind',
    (language, kind) => {
      expect(guessLaneKind(CATALOGUES[language].kinds.lanes[kind])).toEqual({ kind })
    }
  )

  it.each([
    ['Service client', 'department'],
    ['客户服务', 'department'],
    ['Служба поддержки', 'department'],
    ['Fournisseur', 'partner'],
    ['供应商', 'partner'],
    ['Партнёр', 'partner'],
    ['Conseiller en magasin', 'person'],
    ['店员', 'person'],
    ['Сотрудник склада', 'department'],
    ['Client', 'customer'],
    ['顾客', 'customer'],
    ['Клиент', 'customer']
  ])('reads "%s" as the %s actor in other languages', (label, actor) => {
    expect(guessLaneKind(label)).toEqual({ actor })
  })

  it('says nothing for words it does not know', () => {
    expect(guessLaneKind('Camilla')).toBeNull()
    expect(guessLaneKind('')).toBeNull()
  })
})

describe('guessLanes', () => {
  it('makes a board with a customer label a swimlane board: unknown labels are people, one customer lane only', () => {
    expect(guessLanes(['Camilla', 'Customer', 'Sales', 'Client', 'Ideas'])).toEqual({
      swimlane: true,
      lanes: [
        { kind: 'actor', actor: 'person' },
        { kind: 'actor', actor: 'customer' },
        { kind: 'actor', actor: 'department' },
        { kind: 'actor', actor: 'person' },
        { kind: 'opportunities' }
      ]
    })
  })

  it('makes two actor labels a swimlane board even without the customer', () => {
    expect(guessLanes(['Sales', 'Warehouse']).swimlane).toBe(true)
  })

  it('reads unknown labels as notes on an ordinary journey map', () => {
    expect(guessLanes(['Thoughts', 'Misc', 'Sales'])).toEqual({
      swimlane: false,
      lanes: [{ kind: 'thoughts' }, { kind: 'notes' }, { kind: 'notes' }]
    })
  })
})

describe('guessLocale', () => {
  it('recognises Danish by its letters or its journey-map words', () => {
    expect(guessLocale(['Tanker', 'Behov'])).toBe('da')
    expect(guessLocale(['Planlægning'])).toBe('da')
    expect(guessLocale(['Thoughts', 'Needs', 'Planning'])).toBe('en')
  })

  it('recognises Chinese and Russian by their script, French by its letters or words', () => {
    expect(guessLocale(['Stage 1', '痛点'])).toBe('zh-Hans')
    expect(guessLocale(['Болевые точки'])).toBe('ru')
    expect(guessLocale(['Étape 1'])).toBe('fr')
    expect(guessLocale(['Besoins', 'Actions'])).toBe('fr')
    expect(guessLocale(['Idé', 'Behov'])).toBe('da')
  })
})
