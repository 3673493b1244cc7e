import { lineText, PROBLEM_CATALOGUES, problemText } from '../../src/i18n'
import type { Problem } from '../../src/model'
import type { PanelText } from './panel-text'

/**
 * What is wrong, in the panel's language: a problem with a code is worded from it and its values
 * (the problems it sums up, each worded too); one without (words a parser or FigJam gave) keeps
 * its message's first line.
 */
export function problemWords(problem: Problem, text: Pick<PanelText, 'language' | 'catalogue'>): string {
  if (problem.code === undefined) return problem.message.split('\n')[0] ?? ''
  const params = problem.causes === undefined ? (problem.params ?? {}) : { ...problem.params, problems: causesWords(problem.causes, text) }
  // Its numbers are given as found: problemText writes them in the language's marks, as the command line's words are written.
  return problemText(problem.code, params, PROBLEM_CATALOGUES[text.language], text.language)
}

/** The problems one sums up (a problem's or a reading warning's causes), each on its place, set apart as the language sets clauses apart. */
export function causesWords(causes: readonly Problem[], text: Pick<PanelText, 'language' | 'catalogue'>): string {
  return causes.map((cause) => problemLine(cause, text)).join(text.catalogue.panel.clauses)
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
