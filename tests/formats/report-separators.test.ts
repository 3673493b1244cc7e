import { readFileSync } from 'node:fs'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

import { journeyReportHtml, journeyToMarkdown } from '../../src/formats'
import { boardCatalogueFor } from '../../src/i18n'
import type { Journey } from '../../src/model'
import { createJourneyFromTemplate } from '../../src/templates'

/** The code that writes the Markdown and HTML reports (and the chart and source labels in them). */
const REPORT_FILES = [
  'src/formats/journey-to-markdown.ts',
  'src/formats/journey-report-html.ts',
  'src/formats/journey-emotion-chart.ts',
  'src/formats/emotion-chart-svg.ts',
  'src/cli/commands/report-command.ts'
]

/** The sparkline's mark for a stage without a score: a glyph among bars, set apart from no words. */
const SPARKLINE_MARK = 'NO_SPARK'
const MIDDLE_DOTS = /[\u00b7\u2022\u2027\u30fb]/

/** Every text the file writes out (string and template literals, comments left aside), with its line. */
function writtenTexts(file: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const texts: { line: number; text: string }[] = []
  const visit = (node: ts.Node): void => {
    const isMark = node.parent !== undefined && ts.isVariableDeclaration(node.parent) && node.parent.name.getText() === SPARKLINE_MARK
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) && !isMark) {
      texts.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return texts
}

function template(locale: string): Journey {
  const made = createJourneyFromTemplate({ templateId: 'car-rental', locale })
  if (!made.ok) throw new Error(`car-rental in ${locale}`)
  return made.value
}

describe('the reports\' separators', () => {
  it('come from the language\'s catalogue: the reports\' code holds no middle dot of its own', () => {
    for (const file of REPORT_FILES) {
      const texts = writtenTexts(file)
      expect(texts.length, file).toBeGreaterThan(0)
      expect(texts.filter(({ text }) => MIDDLE_DOTS.test(text)).map(({ line, text }) => `${file}:${line} ${JSON.stringify(text)}`)).toEqual([])
    }
  })

  it('set a French report\'s entries apart with a no-break space before ";", and its labels with one before ":"', () => {
    const journey = template('fr')
    const goals = journey.personas.find((persona) => persona.id === journey.personaId)?.goals ?? []
    expect(goals.length).toBeGreaterThan(1)
    const markdown = journeyToMarkdown(journey).split('\n')
    expect(markdown).toContain(`- **Objectifs\u00a0:** ${goals.join('\u00a0; ')}`)
    const stage = journey.stages[0]!
    expect(markdown.some((line) => line.startsWith(`- **${stage.name}** · `) && line.includes('\u00a0: '))).toBe(true)
    expect(markdown.join('\n')).not.toMatch(/[^\u00a0][;:] /)
    const html = journeyReportHtml([{ label: 'avant.json', journey }, { label: 'après.json', journey }])
    expect(html).toContain(`Lu depuis\u00a0: avant.json et après.json · Persona\u00a0: `)
    expect(html).toContain(`<title>Ressenti par étape\u00a0: ${journey.title}</title>`)
  })

  it('set a Chinese report\'s entries apart with "；" and its labels with "："', () => {
    const journey = template('zh-Hans')
    const { typography } = boardCatalogueFor('zh-Hans')
    const goals = journey.personas.find((persona) => persona.id === journey.personaId)?.goals ?? []
    expect(goals.length).toBeGreaterThan(1)
    const markdown = journeyToMarkdown(journey)
    expect(markdown.split('\n')).toContain(`- **目标：**${goals.join('；')}`)
    const stage = journey.stages[0]!
    expect(markdown).toMatch(new RegExp(`\\n- \\*\\*${stage.name}\\*\\*${typography.separator}[^\\n：]+：`))
    // No English clause or label punctuation between Chinese words.
    expect(markdown).not.toMatch(/[\u4e00-\u9fff][;:] /)
    const html = journeyReportHtml([{ label: 'a.json', journey }, { label: 'b.json', journey }])
    expect(html).toContain(`来源：a.json 和 b.json${typography.separator}用户画像：`)
    // The chart's points name their curve and stage, then the score after the language's colon.
    expect(html).toMatch(new RegExp(`<title>[^<]+${typography.separator}${stage.name}：-?\\d`))
  })
})
