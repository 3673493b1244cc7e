import { enProblems, type ImportProblemCode, type ModelProblemCode, type ProblemCode } from '../i18n/catalogues/problems/en'
import { lineText, type ProblemParams, problemText } from '../i18n/problem-text'
import type { Problem } from './problem-schema'

export type { ImportProblemCode, ModelProblemCode, Problem, ProblemCode, ProblemParams }

/** Expected failures are values: a result is either the value or every problem found. */
export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail<T = never>(problems: Problem[]): Result<T> {
  return { ok: false, problems }
}

/** A problem with its code and values, and their English words as its message (the importers have their own, `importProblem`). */
export function problem(path: string, code: ModelProblemCode, params: ProblemParams = {}): Problem {
  return { path, message: problemText(code, params, enProblems, 'en'), code, params }
}

/** A problem found in a line (and column) of a text file; its path names the place in English. */
export function problemAt(line: number, column: number | undefined, code: ModelProblemCode, params: ProblemParams = {}): Problem {
  return atLine(problem('', code, params), line, column)
}

/** A problem placed on a line (and column) of a text file, the path naming the place in English. */
export function atLine(found: Problem, line: number, column?: number): Problem {
  return { ...found, path: lineText(line, column, enProblems), line, ...(column === undefined ? {} : { column }) }
}

/** A problem placed in a CSV column: the English message names the column first (`people: ...`). */
export function inCell(found: Problem, cell: string): Problem {
  return { ...found, cell, message: `${cell}: ${found.message}` }
}

/** Renders problems one per line, as the CLI and the panel show them. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n')
}
