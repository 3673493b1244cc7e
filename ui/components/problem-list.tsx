import type { Problem } from '../../src/model'

/** Every problem with where it is (a path such as `stages[2].name`, or `line 4`). */
export function ProblemList({ problems, label }: { problems: readonly Problem[]; label: string }) {
  if (problems.length === 0) return null
  return (
    <ul class="jb-problems" aria-label={label} data-testid="problems">
      {problems.map((problem, index) => (
        <li key={index}>
          {problem.path === '' ? null : <span class="jb-problem-path">{problem.path}</span>}
          {problem.path === '' ? null : ': '}
          {problem.message}
        </li>
      ))}
    </ul>
  )
}
