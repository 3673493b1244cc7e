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
