import type * as z from 'zod/mini'

import type { Problem } from './problem'

/** Turns a zod path into the dotted form people read: `stages[2].name`. */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  switch (typeof value) {
    case 'string':
      return 'text'
    case 'number':
      return Number.isNaN(value) ? 'NaN' : 'a number'
    case 'boolean':
      return 'true/false'
    case 'undefined':
      return 'nothing'
    case 'object':
      return 'an object'
    default:
      return typeof value
  }
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  int: 'a whole number'
}

function plainMessage(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const got = valueAt(input, issue.path)
      if (got === undefined) return 'is required'
      return `must be ${EXPECTED_WORDS[issue.expected] ?? issue.expected}, got ${describeValue(got)}`
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(valueAt(input, issue.path))}`
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
    default:
      return issue.message
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

/** Converts zod issues into plain-worded problems whose paths start at `prefix`. */
export function formatZodIssues(issues: readonly z.core.$ZodIssue[], input: unknown, prefix = ''): Problem[] {
  // The cross-checks run on fields that may be wrong themselves; a field already reported for its
  // shape is not reported again for what it refers to ("no stage has id undefined").
  const shapeWrong = new Set(issues.filter((issue) => issue.code !== 'custom').map((issue) => formatPath(issue.path, prefix)))
  return issues
    .filter((issue) => issue.code !== 'custom' || !shapeWrong.has(formatPath(issue.path, prefix)))
    .map((issue) => ({
      path: formatPath(issue.path, prefix),
      message: plainMessage(issue, input)
    }))
}
