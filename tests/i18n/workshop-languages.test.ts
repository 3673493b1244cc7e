import { describe, expect, it } from 'vitest'

import { journeyToMarkdown } from '../../src/formats'
import { CATALOGUES, type Language, languageOf, LANGUAGES } from '../../src/i18n'
import type { Journey } from '../../src/model'
import { createJourneyFromTemplate, TEMPLATES } from '../../src/templates'
import { drawAsync, readBothWaysAsync } from '../reader/generated-board'

/*
 * A workshop in Danish, French, Chinese or Russian gets every template written in its language
 * drawn, read back and reported with no English left: every word on the board (sticky, shape and
 * text contents, connector labels, section names) and in the Markdown report is checked against
 * the words of the English catalogue and of every template's English version.
 */

const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(stringsOf) : []

/** Lower-case words of three letters or more in Latin script. */
const latinWords = (text: string): string[] => (text.toLowerCase().match(/[a-z\u00c0-\u024f]{3,}/g) ?? [])

const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  // The words a board or a report can show: the board's, the kinds' and the report's (not the panel's).
  ...stringsOf([CATALOGUES.en.board, CATALOGUES.en.kinds, CATALOGUES.en.report]).flatMap(latinWords),
  ...TEMPLATES.flatMap((template) => (template.locales.includes('en') ? stringsOf(template.journey('en')) : [])).flatMap(latinWords)
])

/**
 * Words English shares with the language, and names: the check cannot tell them apart from English,
 * so each is listed here, by language, with nothing else.
 */
const SHARED: Readonly<Record<Exclude<Language, 'en'>, readonly string[]>> = {
  da: [
    // Danish words that English spells the same ("end" is "than", "have" a garden, "send" the imperative, "her" here).
    'central', 'end', 'flag', 'for', 'form', 'guide', 'have', 'her', 'job', 'navigation', 'neutral', 'over', 'person', 'persona', 'send', 'spare', 'under',
    // Loanwords Danish uses as its own; "research" and "support" are the Danish deck's own stage names.
    'app', 'booking', 'bus', 'chat', 'check', 'design', 'golf', 'gps', 'hotline', 'mail', 'marketing', 'online', 'research', 'sms', 'support', 'tablet',
    // Names of people and places.
    'andersen', 'angeles', 'dahl', 'francisco', 'henrik', 'holm', 'jensen', 'lars', 'los', 'mette', 'san', 'sofie', 'texas', 'usa'
  ],
  fr: [
    // French words that English spells the same.
    'action', 'actions', 'agent', 'agents', 'ambitions', 'arrive', 'assistance', 'budget', 'bus', 'cases', 'centre', 'code', 'comparable',
    'confirmation', 'date', 'description', 'documents', 'final', 'flexible', 'forums', 'frustrations', 'golf', 'gps', 'guide', 'location', 'long',
    'mail', 'marketing', 'minutes', 'moment', 'moments', 'navigation', 'note', 'options', 'parking', 'part', 'persona', 'photo', 'photos', 'place', 'plan', 'point', 'post', 'instant', 'type',
    'points', 'positive', 'possible', 'programme', 'queue', 'route', 'satisfaction', 'service', 'site', 'six', 'sms', 'surprise', 'surprises', 'web', 'zone',
    // Names of places.
    'angeles', 'francisco', 'los', 'san', 'texas'
  ],
  // Chinese and Russian boards carry no Latin words of their own.
  'zh-Hans': [],
  ru: []
}

/** Every text a person sees on the board: contents of stickies, shapes, texts and connectors, and section names. */
function visibleTexts(node: unknown): string[] {
  if (typeof node !== 'object' || node === null) return []
  const record = node as Record<string, unknown>
  const own = [
    ...(typeof record.characters === 'string' ? [record.characters] : []),
    ...(record.type === 'SECTION' && typeof record.name === 'string' ? [record.name] : [])
  ]
  const children = Array.isArray(record.children) ? record.children.flatMap(visibleTexts) : []
  return [...own, ...children]
}

function englishLeft(texts: readonly string[], language: Exclude<Language, 'en'>): string[] {
  const shared = new Set(SHARED[language])
  return [...new Set(texts.flatMap(latinWords))].filter((word) => ENGLISH_WORDS.has(word) && !shared.has(word)).sort()
}

const CASES = LANGUAGES.filter((language): language is Exclude<Language, 'en'> => language !== 'en').flatMap((language) =>
  TEMPLATES.flatMap((template) =>
    template.locales
      .filter((locale) => languageOf(locale) === language)
      .flatMap((locale) =>
        template.journey(locale).personas.map((persona) => ({ language, locale, templateId: template.id, personaId: persona.id }))
      )
  )
)

function chosenJourney(templateId: string, locale: string, personaId: string): Journey {
  const result = createJourneyFromTemplate({ templateId, locale, personaId })
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.value
}

describe('workshops in five languages', () => {
  it('has every template in the languages the sources use: car rental in all five, IKEA in Russian, the blank map everywhere', () => {
    const languagesOf = (id: string): (Language | undefined)[] => TEMPLATES.find((t) => t.id === id)?.locales.map(languageOf) ?? []
    expect(languagesOf('car-rental')).toEqual([...LANGUAGES])
    expect(languagesOf('blank')).toEqual([...LANGUAGES])
    expect(languagesOf('ikea')).toContain('ru')
  })

  it.each(CASES)('$templateId in $locale (persona $personaId): drawn, read back and reported with no English word', async ({ language, locale, templateId, personaId }) => {
    const journey = chosenJourney(templateId, locale, personaId)
    const emulator = await drawAsync(journey)
    const reading = await readBothWaysAsync(emulator)
    expect(reading.journey).toEqual(journey)
    expect(reading.warnings).toEqual([])

    const board = visibleTexts(emulator.toRestFile().document)
    expect(board.length).toBeGreaterThan(10)
    expect(englishLeft(board, language)).toEqual([])
    expect(englishLeft([journeyToMarkdown(reading.journey)], language)).toEqual([])
  })
})
