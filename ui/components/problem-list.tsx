import type { Problem } from '../../src/model'
import { usePanelText } from '../i18n/panel-text'
import { PROBLEM_CATALOGUES } from '../../src/i18n'
import { problemPlace, problemWords } from '../i18n/problem-words'

/**
 * A place given as a path into the journey file (`stages[2].name`) is code and shows as code; a
 * line (and column, and CSV column) is said in words, so it reads as words.
 */
function isPath(problem: Problem): boolean {
  return problem.line === undefined && problem.cell === undefined
}

/**
 * Every problem with where it is (a path such as `stages[2].name`, or `line 4`), in the panel's
 * language. A message's first line says what is wrong in words; what follows (a parser's own
 * excerpt) opens on request.
 */
export function ProblemList({ problems, label }: { problems: readonly Problem[]; label: string }) {
  const text = usePanelText()
  const { t } = text
  const { separator } = PROBLEM_CATALOGUES[text.language]
  if (problems.length === 0) return null
  return (
    <ul class="jb-problems" aria-label={label} data-testid="problems">
      {problems.map((problem, index) => {
        const more = problem.message.split('\n').slice(1)
        const place = problemPlace(problem, text)
        return (
          <li key={index}>
            {place === '' ? null : <span class={isPath(problem) ? 'jb-problem-path' : 'jb-problem-place'}>{place}</span>}
            {place === '' ? null : separator}
            {problemWords(problem, text)}
            {more.length === 0 ? null : (
              <details class="jb-problem-more">
                <summary>{t.parserOutput}</summary>
                <pre>{more.join('\n')}</pre>
              </details>
            )}
          </li>
        )
      })}
    </ul>
  )
}
