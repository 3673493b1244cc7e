import type { Problem } from '../../src/model'
import { usePanelText } from '../i18n/panel-text'

/**
 * Every problem with where it is (a path such as `stages[2].name`, or `line 4`). A message's first
 * line says what is wrong in words; what follows (a parser's own excerpt) opens on request.
 */
export function ProblemList({ problems, label }: { problems: readonly Problem[]; label: string }) {
  const { t } = usePanelText()
  if (problems.length === 0) return null
  return (
    <ul class="jb-problems" aria-label={label} data-testid="problems">
      {problems.map((problem, index) => {
        const [said = '', ...more] = problem.message.split('\n')
        return (
          <li key={index}>
            {problem.path === '' ? null : <span class="jb-problem-path">{problem.path}</span>}
            {problem.path === '' ? null : ': '}
            {said}
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
