import type * as z from 'zod/mini'

import { enProblems } from '../i18n/catalogues/problems/en'
import { problemText } from '../i18n/problem-text'
import type { Problem, ModelProblemCode, ProblemParams } from './problem'
import { zodErrorWords, zodIssueProblem } from './zod-error-words'

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
  return typeof value
}

/** A custom issue's code and values, as the model's own checks give them (see `customIssue`). */
const CustomParamsKey = 'problem'

/**
 * A schema's own check's issue (a refinement's, or `ctx.addIssue({ code: 'custom', ...})`'s) that
 * carries its problem's code and values; the message is their English words.
 */
export function customIssue(path: PropertyKey[], code: ModelProblemCode, params: ProblemParams = {}): { path: PropertyKey[]; message: string; params: Record<string, unknown> } {
  return { path, message: problemText(code, params, enProblems, 'en'), params: { [CustomParamsKey]: { code, params } } }
}

/** The lists the model needs at least one of, whose schemas say so in their own words: the problem each is. */
const NEEDS_ONE: Readonly<Record<string, ModelProblemCode>> = { personas: 'needs-persona', stages: 'needs-stage', lanes: 'needs-lane', evidenceLevels: 'needs-level', kinds: 'needs-vote-kind' }

/**
 * The problem of a limit the schema words itself ("needs at least one stage", "must be at most 120
 * characters"), so every language says what the schema says, English as the message does.
 */
function ownWordsProblem(issue: z.core.$ZodIssue, found: { code: ModelProblemCode; params: ProblemParams }): { code: ModelProblemCode; params: ProblemParams } {
  const list = issue.path[issue.path.length - 1]
  if (found.code === 'min-entries' && found.params.n === 1 && typeof list === 'string' && NEEDS_ONE[list] !== undefined) return { code: NEEDS_ONE[list], params: {} }
  if (found.code === 'max-characters') return { code: 'at-most-characters', params: found.params }
  if (found.code === 'max-entries' && issue.path[issue.path.length - 1] === 'people') return { code: 'at-most-people', params: found.params }
  return found
}

function issueProblem(issue: z.core.$ZodIssue, input: unknown): { message: string; code?: ModelProblemCode; params?: ProblemParams } {
  const worded = (code: ModelProblemCode, params: ProblemParams): { message: string; code: ModelProblemCode; params: ProblemParams } => ({ message: problemText(code, params, enProblems, 'en'), code, params })
  switch (issue.code) {
    case 'invalid_type': {
      const got = valueAt(input, issue.path)
      if (got === undefined) return worded('required', {})
      return worded('wrong-type', { expected: issue.expected, got: kindOf(got) })
    }
    case 'invalid_value':
      return worded('one-of', { values: issue.values.map((v) => JSON.stringify(v)).join(', '), got: String(JSON.stringify(valueAt(input, issue.path))) })
    case 'unrecognized_keys':
      return worded('unknown-fields', { n: issue.keys.length, fields: issue.keys.map((k) => `"${k}"`).join(', ') })
    case 'custom': {
      const given = (issue.params as Record<string, { code: ModelProblemCode; params: ProblemParams }> | undefined)?.[CustomParamsKey]
      return given === undefined ? { message: issue.message } : { message: issue.message, code: given.code, params: given.params }
    }
    default: {
      // The schema's own words stay the message; the code says the same in any language.
      const found = zodIssueProblem(issue)
      if (found === undefined) return { message: issue.message }
      return { message: issue.message, ...(issue.message === zodErrorWords(issue as z.core.$ZodRawIssue) ? found : ownWordsProblem(issue, found)) }
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
