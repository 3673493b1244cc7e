import { describe, expect, it } from 'vitest'

import { guessLaneKind } from '../../src/reader/guess-lane-kind'
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
})
