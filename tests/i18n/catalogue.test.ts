import { describe, expect, it } from 'vitest'

import {
  CATALOGUES,
  catalogueFor,
  countText,
  fillText,
  formatNumber,
  isPlural,
  type Language,
  languageOf,
  LANGUAGES,
  pluralCategory,
  PROBLEM_CATALOGUES,
  READING_CATALOGUES,
  SANDBOX_CATALOGUES
} from '../../src/i18n'

type Tree = { [key: string]: Tree | string }

/** Every leaf of a catalogue as [path, text]; plural forms as "path.#form". */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    if (typeof value === 'string') return [[`${prefix}${key}`, value] as [string, string]]
    if (isPlural(value)) return Object.entries(value).map(([form, text]) => [`${prefix}${key}.#${form}`, String(text)] as [string, string])
    return leaves(value, `${prefix}${key}.`)
  })
}

/** A language's whole catalogue: the shared part and the sandbox's. */
const full = (language: Language): Tree => ({ ...CATALOGUES[language], sandbox: SANDBOX_CATALOGUES[language] }) as unknown as Tree

const PLURAL_FORM = /\.#(one|few|many|other)$/
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort()

describe('message catalogues', () => {
  const english = new Map(leaves(full('en')))

  it.each(LANGUAGES)('%s has every key English has, and no other', (language) => {
    const texts = new Map(leaves(full(language)))
    const keys = (map: Map<string, string>): string[] => [...new Set([...map.keys()].map((key) => key.replace(PLURAL_FORM, '.#')))].sort()
    expect(keys(texts)).toEqual(keys(english))
  })

  it.each(LANGUAGES)('%s leaves no text empty and keeps the placeholders English uses', (language) => {
    for (const [key, text] of leaves(full(language))) {
      expect(text.trim() === '' ? key : '').toBe('')
      const source = english.get(key) ?? english.get(key.replace(PLURAL_FORM, '.#other')) ?? ''
      expect([key, placeholders(text)]).toEqual([key, placeholders(source)])
    }
  })

  it.each(LANGUAGES)('%s words each notification the sandbox shows as it is within the 100 characters FigJam shows of one ([T] notify)', (language) => {
    const { couldNotDraw, updated, couldNotUpdate, couldNotUpdateRestored, stickyGone } = SANDBOX_CATALOGUES[language]
    for (const text of [couldNotDraw, updated, couldNotUpdate, couldNotUpdateRestored, stickyGone]) {
      expect(placeholders(text)).toEqual([])
      expect(text.length).toBeLessThanOrEqual(100)
    }
  })

  it.each(LANGUAGES)('%s gives every plural the forms its language needs', (language) => {
    const needed = new Set([0, 1, 2, 5, 11, 21, 22, 1.5].map((n) => pluralCategory(language, n)))
    const all = leaves(full(language))
    for (const [key] of all.filter(([key]) => key.endsWith('.#other'))) {
      const base = key.replace(/\.#other$/, '')
      for (const category of needed) {
        const has = all.some(([k]) => k === `${base}.#${category}`)
        expect(has || category === 'other' || category === 'one' ? '' : `${base}.${category}`).toBe('')
      }
    }
  })
})

describe('FigJam’s terms', () => {
  // "Node" is the Plugin API's word for what FigJam's users call objects; people read stickies, stages and lanes, or objects.
  const NODE = /\bnodes?\b|\bnoder?\b|nœuds?|узел|узл|节点/i
  it.each(LANGUAGES)('%s never speaks of nodes to the people it shows words to', (language) => {
    const all = leaves({ panel: CATALOGUES[language], sandbox: SANDBOX_CATALOGUES[language], problems: PROBLEM_CATALOGUES[language], reading: READING_CATALOGUES[language] } as unknown as Tree)
    const spoken = all.map(([key, text]) => [key, text.replace(/\{\w+\}/g, '')] as const)
    expect(spoken.filter(([, text]) => NODE.test(text))).toEqual([])
  })
})

describe('French typography', () => {
  // French sets a space before ":", ";", "!", "?" and "»" and after "«"; a plain space would let a
  // line break leave the sign alone at the start of the next line, so it must be a no-break one.
  it('puts a no-break space, never a breaking one, before : ; ! ? » and after «, in every French catalogue', () => {
    const french = leaves({ panel: CATALOGUES.fr, sandbox: SANDBOX_CATALOGUES.fr, problems: PROBLEM_CATALOGUES.fr, reading: READING_CATALOGUES.fr } as unknown as Tree)
    const breaking = french.filter(([, text]) => / [:;!?»]|« /.test(text)).map(([key, text]) => `${key}: ${text}`)
    expect(breaking).toEqual([])
    // The check reads every catalogue: each holds texts with the no-break space it asks for.
    for (const part of ['panel.', 'sandbox.', 'problems.', 'reading.']) {
      expect(french.some(([key, text]) => key.startsWith(part) && /\u00a0[:;]/.test(text)), part).toBe(true)
    }
  })
})

describe('quotation marks', () => {
  /** How each language quotes a name or a value: Danish »…«, French « … » (no-break spaces), Russian «…», Chinese “…”. */
  const QUOTES: Readonly<Record<Exclude<Language, 'en'>, readonly [string, string]>> = {
    da: ['»', '«'],
    fr: ['«\u00a0', '\u00a0»'],
    ru: ['«', '»'],
    'zh-Hans': ['“', '”']
  }
  const everything = (language: Language): Map<string, string> =>
    new Map(leaves({ ...full(language), problems: PROBLEM_CATALOGUES[language], reading: READING_CATALOGUES[language] } as unknown as Tree))
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

  it.each(Object.entries(QUOTES))('%s quotes with its own marks and no other', (language, [open, close]) => {
    const texts = everything(language as Language)
    expect(texts.get('typography.quoted')).toBe(`${open}{text}${close}`)
    const pairs = new RegExp(`${escape(open)}[^${escape(open + close)}]*${escape(close)}`, 'g')
    const stray = [...texts].filter(([, text]) => /[«»“”„‹›「」『』]/.test(text.replace(pairs, ''))).map(([key, text]) => `${key}: ${text}`)
    expect(stray).toEqual([])
    // Each catalogue holds quotations in the language's marks: the check reads them all.
    for (const part of ['panel.', 'problems.', 'reading.']) expect([...texts].some(([key, text]) => key.startsWith(part) && pairs.test(text)), part).toBe(true)
  })

  // Straight quotes mark code (a JSON field, a Mermaid keyword, an example to type), written the
  // same in every language; a name or a value is quoted in the language's marks. So the languages
  // agree on what they quote straight, and English quotes it so too. (A lone " is the CSV quote
  // itself, and a JSON example's names are translated: neither is a quotation.)
  const straight = (text: string): string[] => [...text.replace(/\[[^\]]*\]/g, '').matchAll(/"(\S(?:[^"]*\S)?)"/g)].map((match) => match[0])
  it.each(Object.keys(QUOTES))('%s quotes straight only the code every language quotes straight', (language) => {
    const others = [...LANGUAGES].filter((other) => other !== language).map(everything)
    const misquoted = [...everything(language as Language)].filter(([key, text]) => straight(text).some((code) => !others.every((texts) => (texts.get(key) ?? '').includes(code))))
    expect(misquoted.map(([key, text]) => `${key}: ${text}`)).toEqual([])
  })
})

describe('languageOf', () => {
  it('reads the language of a tag, Chinese as Simplified unless the tag says Traditional', () => {
    expect(languageOf('da-DK')).toBe('da')
    expect(languageOf('fr_CA')).toBe('fr')
    expect(languageOf('zh')).toBe('zh-Hans')
    expect(languageOf('zh-CN')).toBe('zh-Hans')
    expect(languageOf('zh-Hans-SG')).toBe('zh-Hans')
    expect(languageOf('zh-TW')).toBeUndefined()
    expect(languageOf('zh-Hant')).toBeUndefined()
    expect(languageOf('RU')).toBe('ru')
    expect(languageOf('pt-BR')).toBeUndefined()
    expect(catalogueFor('pt-BR')).toBe(CATALOGUES.en)
  })
})

describe('counted texts and numbers', () => {
  it('picks the Russian forms by the CLDR rule', () => {
    const age = CATALOGUES.ru.board.age
    expect([1, 2, 5, 11, 21, 22, 25, 41].map((n) => countText('ru', age, n))).toEqual([
      '1 год', '2 года', '5 лет', '11 лет', '21 год', '22 года', '25 лет', '41 год'
    ])
  })

  it('counts 0 and 1 as singular in French only', () => {
    expect(countText('fr', CATALOGUES.fr.board.age, 1)).toBe('1 an')
    expect(countText('fr', CATALOGUES.fr.board.age, 34)).toBe('34 ans')
    expect(pluralCategory('fr', 0)).toBe('one')
    expect(pluralCategory('en', 0)).toBe('other')
    expect(countText('zh-Hans', CATALOGUES['zh-Hans'].board.age, 34)).toBe('34岁')
  })

  it('writes decimals with the language’s mark and fills placeholders', () => {
    // Text for people writes the minus sign U+2212 in every language, where Intl.NumberFormat writes a hyphen-minus.
    for (const language of LANGUAGES) expect(formatNumber(language, -1.5)).toBe(`\u22121${CATALOGUES[language].typography.decimal}5`)
    expect(formatNumber('en', 2 / 3)).toBe('0.67')
    expect(formatNumber('zh-Hans', 1.25)).toBe('1.25')
    expect(fillText('Persona: {name} ({missing})', { name: 'Mette' })).toBe('Persona: Mette ({missing})')
  })
})
