import { describe, expect, it } from 'vitest'

import { type Journey, validateJourney } from '../../src/model'
import { carRentalTemplate } from '../../src/templates'

function journeyIn(locale: string): Journey {
  const result = validateJourney(carRentalTemplate.journey(locale))
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '))
  return result.value
}

const en = journeyIn('en')
const da = journeyIn('da')
const others = (['da', 'fr', 'zh-Hans', 'ru'] as const).map((locale) => [locale, journeyIn(locale)] as const)

/** Everything but the words: what must be identical in every locale. */
function shape(journey: Journey): unknown {
  return {
    personas: journey.personas.map((p) => ({ id: p.id, age: p.age, channels: p.channels, goals: p.goals.length })),
    personaId: journey.personaId,
    phases: journey.phases.map((p) => p.id),
    stages: journey.stages.map((s) => ({ id: s.id, phaseId: s.phaseId })),
    lanes: journey.lanes.map((l) => ({ id: l.id, kind: l.kind })),
    items: journey.items.map(({ text: _text, owner, ...rest }) => ({ ...rest, owner: owner !== undefined })),
    links: journey.links,
    emotionScale: journey.emotionScale,
    state: journey.state
  }
}

/** The Danish deck's words, by stage and lane (two typing slips corrected, see the template). */
const SOURCE: readonly { stage: string; lane: string; text: string }[] = [
  { stage: 'plan', lane: 'thoughts', text: 'Hvor skal vi hen?' },
  { stage: 'plan', lane: 'thoughts', text: 'Får vi brug for at leje en bil?' },
  { stage: 'plan', lane: 'thoughts', text: 'Bil er en central del af rejsen' },
  { stage: 'plan', lane: 'barriers', text: 'Det er for usikkert at leje en bil i udlandet!' },
  { stage: 'plan', lane: 'needs', text: 'Vi har brug for at høre om andres erfaringer' },
  { stage: 'research', lane: 'thoughts', text: 'Virker det som et seriøst firma, som vi kan stole på?' },
  { stage: 'research', lane: 'thoughts', text: 'Hvad er prisniveauet?' },
  { stage: 'research', lane: 'thoughts', text: 'Hvordan sikrer vi os mod ubehagelige overraskelser?' },
  { stage: 'research', lane: 'barriers', text: 'Priserne er ikke sammenlignelige!' },
  { stage: 'research', lane: 'needs', text: 'Vi har brug for at finde et sikkert udlejningsfirma' },
  { stage: 'research', lane: 'needs', text: 'Vi har brug for at sammenligne priser' },
  { stage: 'book', lane: 'thoughts', text: 'Hvilken bil skal vi vælge til vores behov?' },
  { stage: 'book', lane: 'barriers', text: 'Vi er ikke helt sikre på, om det så er den endelige pris' },
  { stage: 'book', lane: 'needs', text: 'En beskrivelse af, hvad vi kan forvente når vi afhenter bilen' },
  { stage: 'pickup', lane: 'thoughts', text: 'Vi er trætte og spændt på om bilen nu også er der når vi kommer' },
  { stage: 'pickup', lane: 'thoughts', text: 'Hvor mon bilen står parkeret?' },
  { stage: 'pickup', lane: 'barriers', text: 'Vi skal til at tage stilling til endnu flere ting, end vi troede' },
  { stage: 'pickup', lane: 'needs', text: 'Vi har behov for at føle os trygge ved at køre ud i landet' },
  { stage: 'pickup', lane: 'needs', text: 'At føle os trygge ved at begive os afsted' },
  {
    stage: 'support',
    lane: 'thoughts',
    text: 'Vi håber bare på at der ikke sker noget med bilen, der får indflydelse på vores ferie-/oplevelse'
  },
  { stage: 'support', lane: 'barriers', text: 'Vi oplever, at det er svært at finde den rette hjælp' },
  { stage: 'support', lane: 'needs', text: 'Vi har behov for at vide, hvordan vi forholder os, hvis der sker noget uventet' },
  { stage: 'support', lane: 'needs', text: 'Den rette hjælper' },
  { stage: 'support', lane: 'needs', text: 'Ingen eller kun kort ventetid' },
  { stage: 'support', lane: 'needs', text: 'At kunne snakke med en person' },
  { stage: 'return', lane: 'thoughts', text: 'Vi er spændte på om vi kan finde afleveringsstedet og om vi får problemer med tiden' },
  { stage: 'return', lane: 'barriers', text: 'Vi er usikre på, hvad vores kreditkort bliver brugt til efterfølgende' },
  { stage: 'return', lane: 'needs', text: 'Tryghed - alt er vel' },
  { stage: 'home', lane: 'thoughts', text: 'Samlet evaluering af familiens ferie: hvad fungerede godt, hvad fungerede dårligt' },
  { stage: 'home', lane: 'barriers', text: 'Anbefale til andre eller ej' },
  { stage: 'home', lane: 'barriers', text: 'Vil jeg bruge dem igen en anden gang og i et andet land?' }
]

describe('the car-rental template', () => {
  it('is written in English, Danish, French, Chinese and Russian, English first', () => {
    expect(carRentalTemplate.locales).toEqual(['en', 'da', 'fr', 'zh-Hans', 'ru'])
  })

  it.each(others)('uses the same ids, kinds, scores and flags in %s as in English', (_locale, journey) => {
    expect(shape(journey)).toEqual(shape(en))
  })

  it.each(others)('translates the words into %s: every text differs from the English one', (_locale, journey) => {
    const differ = en.items.filter((item, index) => item.text !== journey.items[index]?.text)
    expect(differ.length).toBe(en.items.length)
    expect(journey.title).not.toBe(en.title)
    expect(journey.locale).toBe(_locale)
  })

  it('keeps Danish persona names in Danish and gives the other workshops names from home', () => {
    expect(da.personas.map((p) => p.name)).toEqual(en.personas.map((p) => p.name))
    for (const [locale, journey] of others.filter(([locale]) => locale !== 'da')) {
      expect([locale, journey.personas.filter((p, i) => p.name === en.personas[i]?.name)]).toEqual([locale, []])
    }
  })

  it('follows the deck: seven stages in three phases', () => {
    expect(da.phases.map((p) => p.name)).toEqual(['FØR', 'UNDER', 'EFTER'])
    expect(en.phases.map((p) => p.name)).toEqual(['BEFORE', 'DURING', 'AFTER'])
    expect(da.stages.map((s) => s.name)).toEqual([
      'Planlægning af rejse',
      'Research af udlejningsfirma',
      'Booking og betaling af bil',
      'Afhentning af bilen',
      'Support undervejs',
      'Aflevering af bil',
      'Hjemme igen'
    ])
    expect(da.stages.map((s) => s.phaseId)).toEqual(['before', 'before', 'before', 'during', 'during', 'during', 'after'])
    expect(da.scenario).toBe('Vi skal leje en bil til vores ferie i USA')
    expect(en.scenario).toBe('We are renting a car for our holiday in the USA')
  })

  it('has the deck’s lanes in its order, barriers as pains and experience as emotion', () => {
    expect(da.lanes.slice(0, 5).map((l) => [l.name, l.kind])).toEqual([
      ['Tanker', 'thoughts'],
      ['Barrierer', 'pains'],
      ['Behov', 'needs'],
      ['Kontaktpunkter', 'touchpoints'],
      ['Oplevelse', 'emotion']
    ])
    expect(da.lanes.map((l) => l.kind)).toContain('opportunities')
  })

  it.each(SOURCE)('quotes the deck in $stage / $lane: "$text"', ({ stage, lane, text }) => {
    const found = da.items.filter((item) => item.text === text)
    expect(found.map((item) => [item.stageId, item.laneId])).toEqual([[stage, lane]])
  })

  it('scores the experience once per stage on each curve, with the counter as the low point of today', () => {
    expect(da.curves?.map((curve) => [curve.id, curve.state])).toEqual([
      ['as-is', 'current'],
      ['to-be', 'future']
    ])
    const onCurve = (curveId: string | undefined) => da.items.filter((item) => item.laneId === 'experience' && item.curveId === curveId)
    for (const experience of [onCurve(undefined), onCurve('to-be')]) {
      expect(experience.map((item) => item.stageId)).toEqual(da.stages.map((s) => s.id))
    }
    const scores = onCurve(undefined).map((item) => item.score ?? Number.NaN)
    expect(Math.min(...scores)).toBe(onCurve(undefined).find((item) => item.stageId === 'pickup')?.score)
    // The redesign lifts every stage.
    onCurve('to-be').forEach((item, i) => expect(item.score).toBeGreaterThan(scores[i] ?? Number.NaN))
    expect(da.emotionScale).toEqual({ min: -2, max: 2, per: 'stage' })
  })

  it('marks the evidence of the research lanes, quotes as validated and citing participants', () => {
    const lanesWithEvidence = new Set(en.items.filter((item) => item.evidence !== undefined).map((item) => item.laneId))
    expect([...lanesWithEvidence].sort()).toEqual(['barriers', 'needs', 'quotes', 'thoughts'])
    const quotes = en.items.filter((item) => item.laneId === 'quotes')
    for (const quote of quotes) expect(quote.evidence).toMatchObject({ level: 'validated', participants: [expect.stringMatching(/^P\d$/)] })
    const levels = new Set(en.items.flatMap((item) => (item.evidence === undefined ? [] : [item.evidence.level])))
    expect(levels).toEqual(new Set(['assumption', 'some-evidence', 'validated']))
    expect(da.evidenceLevels?.map((level) => level.name)).toEqual(['Antagelse', 'Nogen evidens', 'Valideret'])
  })

  it('marks the counter handover and the return inspection as moments of truth', () => {
    const moments = en.items.filter((item) => item.momentOfTruth)
    expect(moments.map((item) => item.stageId).sort()).toEqual(['pickup', 'return'])
    expect(moments.map((item) => item.text).join(' ')).toMatch(/counter.*inspection/i)
  })

  it('names the four persona variants of the deck, each with its own scenario in Danish', () => {
    expect(da.personas.map((p) => p.id)).toEqual(['family', 'new-car-month', 'commuter', 'business-traveller'])
    expect(da.personas.map((p) => p.scenario)).toEqual([
      'Vi skal leje en bil til vores ferie i USA',
      'Vi skal leje en bil i en måned - vores nye bil bliver leveret dér',
      'Jeg skal finde en transportform til og fra arbejde i de næste 3 uger',
      'Jeg skal til Californien på forretningsrejse i 4 dage'
    ])
    expect(en.personas.map((p) => p.scenario)).not.toEqual(da.personas.map((p) => p.scenario))
  })

  it('enriches the map with the well-known car-rental pains', () => {
    const pains = en.items.filter((item) => item.laneId === 'barriers').map((item) => item.text.toLowerCase())
    for (const topic of ['insurance', 'queue', 'upsell', 'child seat']) {
      expect(pains.some((text) => text.includes(topic)), topic).toBe(true)
    }
  })
})
