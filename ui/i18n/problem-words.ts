import { formatNumber, type Language, lineText, PROBLEM_CATALOGUES, type ProblemParams, problemText } from '../../src/i18n'
import type { Problem } from '../../src/model'
import type { PanelText } from './panel-text'

/** The most decimals a problem's number keeps: a score refused is shown as it was given, not rounded. */
const PROBLEM_NUMBER_DECIMALS = 15

/**
 * A problem's numbers (scores, scales, sizes) as the language writes them for people, with its
 * decimal mark and minus sign, as the board and the reports do; the count `n` stays a number, since
 * the words' plural form is chosen from it.
 */
function numbersForPeople(params: ProblemParams, language: Language): ProblemParams {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'number' && name !== 'n' ? formatNumber(language, value, PROBLEM_NUMBER_DECIMALS) : value]))
}

/**
 * What is wrong, in the panel's language: a problem with a code is worded from it and its values
 * (the problems it sums up, each worded too); one without (words a parser or FigJam gave) keeps
 * its message's first line.
 */
export function problemWords(problem: Problem, text: Pick<PanelText, 'language' | 'catalogue'>): string {
  const { language } = text
  if (problem.code === undefined) return problem.message.split('\n')[0] ?? ''
  const params = problem.causes === undefined ? (problem.params ?? {}) : { ...problem.params, problems: problem.causes.map((cause) => problemLine(cause, text)).join(text.catalogue.panel.clauses) }
  return problemText(problem.code, numbersForPeople(params, language), PROBLEM_CATALOGUES[language], language)
}

/** Where a problem is, in the panel's language: `ligne 4`, the CSV column it is in, or its path in the journey. */
export function problemPlace(problem: Problem, { language, catalogue }: Pick<PanelText, 'language' | 'catalogue'>): string {
  const where = problem.line === undefined ? problem.path : lineText(problem.line, problem.column, PROBLEM_CATALOGUES[language])
  const cell = problem.cell === undefined ? undefined : ((catalogue.csv as Readonly<Record<string, string>>)[problem.cell] ?? problem.cell)
  return [where, cell].filter((part) => part !== undefined && part !== '').join(catalogue.panel.separator)
}

/** A problem on one line in the panel's language: its place, if it has one, then what is wrong. */
export function problemLine(problem: Problem, text: Pick<PanelText, 'language' | 'catalogue'>): string {
  const place = problemPlace(problem, text)
  const said = problemWords(problem, text)
  return place === '' ? said : `${place}${PROBLEM_CATALOGUES[text.language].separator}${said}`
}
