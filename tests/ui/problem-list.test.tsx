// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'

import { runCliAsync } from '../../src/cli/run-cli'
import { exportJourney } from '../../src/formats'
import { LANGUAGES, PROBLEM_CATALOGUES, problemText } from '../../src/i18n'
import { NUMBER_MARKS } from '../../src/i18n/catalogues/number-marks'
import { importAnswer } from '../../src/plugin/import-answer'
import { createJourneyFromTemplate } from '../../src/templates'
import { ProblemList } from '../../ui/components/problem-list'
import { panelText, PanelTextContext } from '../../ui/i18n/panel-text'
import { createMemoryIo } from '../support/memory-io'

afterEach(cleanup)

/** A scale with fractional, negative bounds, so the bounds are written with both marks too. */
const SCALE = { min: -1.5, max: 1.5 }

/**
 * Scores outside that scale: one a hair below its lower bound (rounded to 15 decimals it would be
 * the bound itself), one a huge number, and one with a plain fraction.
 */
const SCORES = [-1.5000000000000002, 1e21, -2.75]

/** The car-rental journey's file with a scale and its first items scored as given (the rest unscored). */
function fileWithScores(scale: { min: number; max: number } = SCALE, scores: readonly number[] = SCORES): string {
  const made = createJourneyFromTemplate({ templateId: 'car-rental' })
  if (!made.ok) throw new Error('template failed')
  const file = JSON.parse(exportJourney(made.value, 'json')) as { journey: { emotionScale: object; items: { score?: number }[] } }
  file.journey.emotionScale = { ...file.journey.emotionScale, ...scale }
  file.journey.items.forEach((item, index) => {
    if (index < scores.length) item.score = scores[index]
    else delete item.score
  })
  return JSON.stringify(file)
}

/** The problems as the Import tab shows them, in a language: one line of text per problem. */
function panelLines(text: string, language: (typeof LANGUAGES)[number]): string[] {
  const { result } = importAnswer(text, 'json')
  if (result.ok) throw new Error('the file was read without problems')
  render(
    <PanelTextContext.Provider value={panelText(language)}>
      <ProblemList problems={result.problems} label="problems" />
    </PanelTextContext.Provider>
  )
  const lines = within(screen.getByRole('list', { name: 'problems' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '')
  cleanup()
  return lines
}

describe('ProblemList', () => {
  it('words a problem’s numbers as the command line does: in full, with the language’s decimal mark and minus sign, never rounded', async () => {
    const text = fileWithScores()
    const io = createMemoryIo({ 'journey.json': text })
    expect(await runCliAsync(['validate', 'journey.json'], io)).toBe(1)
    // The command line speaks English: its lines are the English panel's, word for word.
    const cliLines = io.err.split('\n').slice(1, -1).map((line) => line.replace(/^\s+/, ''))
    expect(cliLines).toEqual([
      'items[0].score: must be between \u22121.5 and 1.5 (the emotion scale), got \u22121.5000000000000002',
      'items[1].score: must be between \u22121.5 and 1.5 (the emotion scale), got 1e+21',
      'items[2].score: must be between \u22121.5 and 1.5 (the emotion scale), got \u22122.75'
    ])
    expect(panelLines(text, 'en')).toEqual(cliLines)

    const { result } = importAnswer(text, 'json')
    if (result.ok) throw new Error('the file was read without problems')
    for (const language of LANGUAGES) {
      const { decimal, minus } = NUMBER_MARKS[language]
      const { separator } = PROBLEM_CATALOGUES[language]
      const lines = panelLines(text, language)
      // Each language's words are problemText's, as the command line's English ones are.
      expect(lines).toEqual(result.problems.map((found) => `${found.path}${separator}${problemText(found.code!, found.params ?? {}, PROBLEM_CATALOGUES[language], language)}`))
      expect(lines[0]).toContain(`${minus}1${decimal}5000000000000002`)
      expect(lines[1]).toContain('1e+21')
      expect(lines[2]).toContain(`${minus}2${decimal}75`)
      for (const line of lines) expect(line).toContain(`${minus}1${decimal}5`)
      expect(lines.join('\n')).not.toContain('-')
    }
  })

  it('writes the minus of a number’s exponent as its sign’s, on the command line and in every language', async () => {
    // Scores a hundred times smaller than a scale's lower bound of 1e-7: JavaScript writes them "-1e-8", two hyphens.
    const text = fileWithScores({ min: 1e-7, max: 1 }, [-1e-8, 1e-8])
    const io = createMemoryIo({ 'journey.json': text })
    expect(await runCliAsync(['validate', 'journey.json'], io)).toBe(1)
    const cliLines = io.err.split('\n').slice(1, -1).map((line) => line.replace(/^\s+/, ''))
    expect(cliLines).toEqual([
      'items[0].score: must be between 1e\u22127 and 1 (the emotion scale), got \u22121e\u22128',
      'items[1].score: must be between 1e\u22127 and 1 (the emotion scale), got 1e\u22128'
    ])
    expect(panelLines(text, 'en')).toEqual(cliLines)
    for (const language of LANGUAGES) {
      const { minus } = NUMBER_MARKS[language]
      const lines = panelLines(text, language)
      expect(lines[0]).toContain(`${minus}1e${minus}8`)
      expect(lines.join('\n')).not.toContain('-')
    }
  })
})
