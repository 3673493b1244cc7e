import type * as z from 'zod/mini'

import { enProblems } from '../i18n/catalogues/problems/en'
import { problemText } from '../i18n/problem-text'
import type { Problem, ModelProblemCode, ProblemParams } from './problem'
import { carriedProblem } from './carried-problem'
import { zodIssueProblem } from './zod-error-words'

/** Turns a zod path into the dotted form people read: `stages[2].name`. */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out
}

/** What kind of value a field was given, as the catalogues' `got` words name it. */
function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN'
  // A number past the largest JSON can give (1e999) reads as Infinity: "a number" would be no reason.
  if (typeof value === 'number' && !Number.isFinite(value)) return 'infinite'
  return typeof value
}

function issueProblem(issue: z.core.$ZodIssue, input: unknown): { message: string; code?: ModelProblemCode; params?: ProblemParams } {
  const worded = (code: ModelProblemCode, params: ProblemParams): { message: string; code: ModelProblemCode; params: ProblemParams } => ({ message: problemText(code, params, enProblems, 'en'), code, params })
  // A check that words its problem itself says which problem it is; its message is that problem's words.
  const carried = carriedProblem(issue)
  if (carried !== undefined) return { message: issue.message, ...carried }
  switch (issue.code) {
    case 'invalid_type': {
      const got = valueAt(input, issue.path)
      if (got === undefined) return worded('required', {})
      return worded('wrong-type', { expected: issue.expected, got: kindOf(got) })
    }
    case 'invalid_value':
      return worded('one-of', { values: issue.values.map((v) => String(JSON.stringify(v))), got: String(JSON.stringify(valueAt(input, issue.path))) })
    case 'unrecognized_keys':
      return worded('unknown-fields', { n: issue.keys.length, fields: issue.keys })
    default: {
      // A schema's own words stay the message; the code of the kind of issue says the same in any language.
      const found = zodIssueProblem(issue)
      return found === undefined ? { message: issue.message } : { message: issue.message, ...found }
    }
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<PropertyKey, unknown>)[key]
  }
  return cur
}

/** Converts zod issues into plain-worded problems, each with its code and values, whose paths start at `prefix`. */
export function formatZodIssues(issues: readonly z.core.$ZodIssue[], input: unknown, prefix = ''): Problem[] {
  // The cross-checks run on fields that may be wrong themselves; a field already reported for its
  // shape is not reported again for what it refers to ("no stage has id undefined").
  const shapeWrong = new Set(issues.filter((issue) => issue.code !== 'custom').map((issue) => formatPath(issue.path, prefix)))
  return issues
    .filter((issue) => issue.code !== 'custom' || !shapeWrong.has(formatPath(issue.path, prefix)))
    .map((issue) => ({ path: formatPath(issue.path, prefix), ...issueProblem(issue, input) }))
}
