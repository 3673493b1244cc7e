import fc from 'fast-check'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'

import { escapeMarkdown, journeyToMarkdown } from '../../src/formats'
import { journeyArbitrary } from '../fixtures/journey-arbitrary'
import { propertyRuns } from '../support/property-runs'

/**
 * The Markdown report shows every text exactly as written: checked by rendering it with a real
 * CommonMark library (markdown-it, with GitHub's tables, strikethrough, raw HTML and autolinks on)
 * and comparing the text it shows, not by reading our own escaping back.
 */

const markdown = new MarkdownIt({ html: true, linkify: true })
type Token = ReturnType<typeof markdown.parse>[number]

/** The text a reader sees in each block (heading, paragraph, list item, table cell), in order. */
function shownBlocks(source: string): string[] {
  const out: string[] = []
  for (const token of markdown.parse(source, {})) {
    if (token.type === 'inline') out.push(shownInline(token.children ?? []))
  }
  return out
}

function shownInline(tokens: readonly Token[]): string {
  return tokens
    .map((t) => {
      if (t.type === 'text' || t.type === 'code_inline') return t.content
      if (t.type === 'softbreak' || t.type === 'hardbreak') return '\n'
      // Raw HTML would be drawn, not shown as text: mark it so the comparison fails.
      if (t.type === 'html_inline') return `<<html ${t.content}>>`
      return ''
    })
    .join('')
}

/** What a one-line Markdown text can hold of a text: line breaks become spaces; spaces and tabs at the ends go. */
function oneLine(text: string): string {
  return text.replace(/[ \t]*(?:\r\n|[\r\n])[ \t]*/g, ' ').replace(/^[ \t]+|[ \t]+$/g, '')
}

const HOSTILE = [
  'Heading ending in #',
  'Two ##',
  '# starts like a heading #',
  '<https://example.com/a?b=c>',
  'see https://example.com/x\\y now',
  'www.example.com/path',
  'mail me: someone@example.com',
  '<b>bold</b> & <script>alert(1)</script>',
  '&amp; &#35; &copy;',
  '**strong** _em_ ~~gone~~ `code`',
  '[link](https://x) ![img](y) [ref]: /url',
  '1. not a list',
  '- not a list',
  '> not a quote',
  '--- not a rule',
  '| not | a | table |',
  'ends with a backslash \\',
  '\u00A0no-break spaces kept\u00A0',
  'tab\tinside',
  'line\nbreaks\r\nand\rreturns',
  '$x$ and $$y$$',
  '   indented like code',
  '```fence',
  '~~~fence',
  '\\*already escaped\\*',
  '*',
  '#'
]

const UNITS = fc.constantFrom(
  'a', 'Z', ' ', '  ', '\t', '\n', '\r\n', '#', '*', '_', '`', '~', '<', '>', '&', '|', '[', ']', '(', ')', '!', '\\', '-', '+', '=', '.', '1', ':', '/', '@',
  'https://', 'www.', 'x.com', '<b>', '&amp;', '\u00A0', '用户', '😀', 'مرحبا'
)

/** Each place the report puts a user's text, as the report writes it. */
const CONTEXTS: readonly { name: string; wrap: (escaped: string) => string; block: number; shows: (text: string) => string }[] = [
  { name: 'a heading', wrap: (e) => `# ${e}`, block: 0, shows: (t) => t },
  { name: 'a list item', wrap: (e) => `- ${e}`, block: 0, shows: (t) => t },
  { name: 'a bold label in a numbered list', wrap: (e) => `1. **${e}** — ${e}`, block: 0, shows: (t) => `${t} — ${t}` },
  { name: 'a table cell', wrap: (e) => `| Lane | Items |\n| --- | --- |\n| ${e} | 3 |`, block: 2, shows: (t) => t },
  { name: 'a paragraph after a label', wrap: (e) => `**Scenario:** ${e}`, block: 0, shows: (t) => `Scenario: ${t}` }
]

describe('the Markdown report, rendered by a CommonMark library', () => {
  for (const context of CONTEXTS) {
    it.each(HOSTILE.map((text) => [JSON.stringify(text), text]))(`shows %s exactly in ${context.name}`, (_label, text) => {
      expect(shownBlocks(context.wrap(escapeMarkdown(text)))[context.block]).toBe(context.shows(oneLine(text)))
    })
  }

  it('shows random texts exactly in every place the report puts them', () => {
    fc.assert(
      fc.property(fc.string({ unit: UNITS, maxLength: 24 }), (text) => {
        fc.pre(oneLine(text) !== '')
        for (const context of CONTEXTS) {
          expect(shownBlocks(context.wrap(escapeMarkdown(text)))[context.block]).toBe(context.shows(oneLine(text)))
        }
      }),
      propertyRuns(300)
    )
  })

  it('shows the title, stage names and lane names of random journeys exactly in the whole report', () => {
    fc.assert(
      fc.property(journeyArbitrary({ maxItems: 8 }), (journey) => {
        const blocks = shownBlocks(journeyToMarkdown(journey))
        expect(blocks[0]).toBe(oneLine(journey.title))
        const shown = blocks.join('\n')
        expect(shown).not.toContain('<<html')
        for (const stage of journey.stages) expect(shown).toContain(oneLine(stage.name))
      }),
      propertyRuns(60)
    )
  })
})
