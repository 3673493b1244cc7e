/** One thing wrong with some input: where (a path such as `stages[2].name`, or `line 4`) and what. */
export interface Problem {
  path: string
  message: string
}

/** Expected failures are values: a result is either the value or every problem found. */
export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail<T = never>(problems: Problem[]): Result<T> {
  return { ok: false, problems }
}

/** Renders problems one per line, as the CLI and the panel show them. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n')
}
