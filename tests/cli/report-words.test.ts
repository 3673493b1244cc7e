import { describe, expect, it } from 'vitest'

import { runCliAsync } from '../../src/cli/run-cli'
import { exportJourney } from '../../src/formats'
import { createJourneyFromTemplate } from '../../src/templates'
import { createMemoryIo } from '../support/memory-io'

async function cli(argv: string[], io = createMemoryIo()) {
  const code = await runCliAsync(argv, io)
  return { code, out: io.out, err: io.err, io }
}

/** Texts FigJam shows on a board exported as REST JSON, with the node type. */
function shownTexts(rest: string): { type: string; text: string }[] {
  const texts: { type: string; text: string }[] = []
  const walk = (node: { type?: string; characters?: string; children?: unknown[] }): void => {
    if (typeof node.characters === 'string') texts.push({ type: node.type ?? '', text: node.characters })
    for (const child of node.children ?? []) walk(child as typeof node)
  }
  walk((JSON.parse(rest) as { document: never }).document)
  return texts
}

const HYPHEN_NUMBER = /(^|[\s(|])-\d/
const MINUS_NUMBER = /\u2212\d/

describe('negative numbers as each language writes them for people, and as programs read them in files', () => {
  it.each(['fr', 'da', 'ru', 'en', 'zh-Hans'])('the %s car-rental report and board set a minus sign; CSV, JSON and Mermaid keep "-"', async (locale) => {
    const markdown = await cli(['export', 'car-rental', '--locale', locale, '--format', 'md'])
    expect(markdown.code).toBe(0)
    expect(markdown.out).toMatch(MINUS_NUMBER)
    expect(markdown.out.split('\n').filter((line) => HYPHEN_NUMBER.test(line))).toEqual([])

    const io = createMemoryIo()
    expect((await cli(['board', 'car-rental', '--locale', locale, '--out', 'board.json'], io)).code).toBe(0)
    expect((await cli(['report', 'board.json', '--out', 'report.html'], io)).code).toBe(0)
    const html = String(io.files.get('report.html'))
    // The chart's axis and its points' tips.
    expect(html).toMatch(/>\u22122<\/text>/)
    expect(html).not.toMatch(/>-\d/)
    const scores = shownTexts(String(io.files.get('board.json'))).filter(({ type, text }) => type === 'SHAPE_WITH_TEXT' && /^[+\u2212-]?\d/.test(text))
    expect(scores.some(({ text }) => MINUS_NUMBER.test(text))).toBe(true)
    expect(scores.filter(({ text }) => text.startsWith('-'))).toEqual([])

    for (const format of ['csv', 'json', 'mermaid']) {
      const file = await cli(['export', 'car-rental', '--locale', locale, '--format', format])
      expect(file.out, format).not.toContain('\u2212')
    }
    expect((await cli(['export', 'car-rental', '--locale', locale, '--format', 'csv'])).out).toMatch(/,-2,/)
  })
})

describe('negative numbers in what the command line says is wrong', () => {
  it('writes a problem\'s and a warning\'s numbers with the minus sign, and what to type as it is typed', async () => {
    const file = JSON.parse((await cli(['template', 'car-rental'])).out) as { journey: { items: { score?: number }[] } }
    const scored = file.journey.items.find((item) => item.score !== undefined)!
    scored.score = -3.5
    const io = createMemoryIo({
      'low.json': JSON.stringify(file),
      'wide.csv': 'stage,lane,text,score\nPlan,Experience,Lost,-3\nPlan,Experience,Found,3.5\n',
      'wide.mmd': 'journey\ntitle Trip\nsection Plan\nLost: -1: Me\nFound: 9: Me\n',
      'typo.csv': 'stage,lane,text,score\nPlan,Experience,Lost,minus one\n'
    })
    const invalid = await cli(['validate', 'low.json'], io)
    expect(invalid.code).toBe(1)
    expect(invalid.err).toMatch(/score: must be between \u22122 and 2 \(the emotion scale\), got \u22123\.5\n$/)
    io.err = ''
    expect((await cli(['import', 'wide.csv'], io)).err).toContain('warning: wide.csv: emotionScale: scores run from \u22123 to 3.5, outside \u22122 to 2; the emotion scale is \u22123 to 4\n')
    io.err = ''
    expect((await cli(['import', 'wide.mmd'], io)).err).toContain("warning: wide.mmd: tasks: scores run from \u22121 to 9, beyond Mermaid's 1 to 5; the emotion scale is \u22121 to 9\n")
    expect(io.err.split('\n').filter((line) => HYPHEN_NUMBER.test(line))).toEqual([])
    // A score to write in a CSV cell, or a scale on the command line, is shown as it is typed there.
    io.err = ''
    expect((await cli(['import', 'typo.csv'], io)).err).toContain('(write it in decimal, such as -1.5)')
    expect((await cli(['export', 'ikea', '--scale=-2..x'], io)).err).toContain('such as -2..2, 1..5 or 1..10')
  })
})

describe('a persona’s quote in the language’s quotation marks', () => {
  /** The car-rental personas' quotes in Russian, each a sentence ending in a full stop. */
  const quotes = (locale: string): string[] => {
    const journey = createJourneyFromTemplate({ templateId: 'car-rental', locale })
    if (!journey.ok) throw new Error('fixture')
    return journey.value.personas.map((persona) => persona.quote)
  }

  it('puts a Russian quoted sentence’s full stop after the closing guillemet, on the board’s persona card and in the report', async () => {
    const [quote] = quotes('ru')
    expect(quote).toMatch(/[^.]\.$/)
    const sentence = quote!.slice(0, -1)
    const io = createMemoryIo()
    expect((await cli(['board', 'car-rental', '--locale', 'ru', '--out', 'board.json'], io)).code).toBe(0)
    const card = shownTexts(String(io.files.get('board.json'))).map(({ text }) => text)
    expect(card).toContain(`«${sentence}».`)
    expect(card.join('\n')).not.toContain('.»')
    const markdown = await cli(['export', 'car-rental', '--locale', 'ru', '--format', 'md'])
    expect(markdown.out).toContain(`«${sentence}».`)
    expect(markdown.out).not.toContain('.»')
  })

  it('quotes a persona’s quote typed with spaces around it as the card does: trimmed, the Russian full stop after the guillemet', async () => {
    const journey = createJourneyFromTemplate({ templateId: 'car-rental', locale: 'ru' })
    if (!journey.ok) throw new Error('fixture')
    const [persona, ...others] = journey.value.personas
    const sentence = persona!.quote.slice(0, -1)
    const spaced = { ...journey.value, personas: [{ ...persona!, quote: `  ${persona!.quote} ` }, ...others] }
    const io = createMemoryIo({ 'spaced.json': exportJourney(spaced, 'json') })
    const markdown = await cli(['export', 'spaced.json', '--format', 'md'], io)
    expect(markdown.err).toBe('')
    expect(markdown.code).toBe(0)
    expect(markdown.out).toContain(`«${sentence}».`)
    expect(markdown.out).not.toContain('.»')
  })

  it('keeps the full stop inside the marks where the language puts it there', async () => {
    const inside: Record<string, (sentence: string) => string> = {
      en: (sentence) => `“${sentence}.”`,
      da: (sentence) => `»${sentence}.«`,
      fr: (sentence) => `«\u00a0${sentence}.\u00a0»`
    }
    for (const [locale, quoted] of Object.entries(inside)) {
      const quote = quotes(locale)[0]!
      const markdown = await cli(['export', 'car-rental', '--locale', locale, '--format', 'md'])
      expect(markdown.out, locale).toContain(quoted(quote.slice(0, -1)))
    }
    // Chinese ends its sentence with "。", inside the marks, as written.
    const chinese = quotes('zh-Hans')[0]!
    expect((await cli(['export', 'car-rental', '--locale', 'zh-Hans', '--format', 'md'])).out).toContain(`“${chinese}”`)
  })
})
