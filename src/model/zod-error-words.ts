import * as z from 'zod/mini'

import { enProblems } from '../i18n/catalogues/problems/en'
import { problemText } from '../i18n/problem-text'
import type { ModelProblemCode, ProblemParams } from './problem'

/*
 * zod/mini carries no locale, so an issue whose schema gave no message of its own would read
 * "Invalid input". This error map words each kind of issue by its code and numbers instead; the
 * schemas' own messages still win, and format-zod-issues words type mismatches itself.
 */

/** A zod issue's kind and numbers, as both the raw issues the error map sees and the finished ones carry them. */
interface BoundIssue {
  code: string
  origin?: string
  minimum?: number | bigint
  maximum?: number | bigint
  inclusive?: boolean
  exact?: boolean
  format?: string
  pattern?: string
  divisor?: number | bigint
}

/** Counted limits (a text's characters, a list's entries): the problem by what is counted. */
const COUNTED: Readonly<Record<string, Record<'least' | 'most' | 'exactly', ModelProblemCode>>> = {
  string: { least: 'min-characters', most: 'max-characters', exactly: 'exact-characters' },
  array: { least: 'min-entries', most: 'max-entries', exactly: 'exact-entries' },
  set: { least: 'min-entries', most: 'max-entries', exactly: 'exact-entries' }
}

function bound(issue: BoundIssue, relation: 'least' | 'most', limit: number | bigint): { code: ModelProblemCode; params: ProblemParams } {
  const counted = COUNTED[issue.origin ?? '']
  const n = Number(limit)
  if (counted !== undefined) {
    // A text that must hold at least one character must not be empty, whichever way the schema says so.
    if (issue.origin === 'string' && relation === 'least' && n === 1 && issue.exact !== true) return { code: 'not-empty', params: {} }
    return { code: counted[issue.exact === true ? 'exactly' : relation], params: { n } }
  }
  if (issue.inclusive === false) return { code: relation === 'least' ? 'above' : 'below', params: { n } }
  return { code: relation === 'least' ? 'min-value' : 'max-value', params: { n } }
}

/** The problem code and values of a zod issue that says nothing of the value it was given, if it is one. */
export function zodIssueProblem(issue: BoundIssue): { code: ModelProblemCode; params: ProblemParams } | undefined {
  switch (issue.code) {
    case 'too_small':
      return bound(issue, 'least', issue.minimum ?? 0)
    case 'too_big':
      return bound(issue, 'most', issue.maximum ?? 0)
    case 'invalid_format':
      // A pattern's meaning is the schema's to say (see checkWords); without it the pattern is all there is.
      return issue.format === 'regex' ? { code: 'pattern', params: { pattern: issue.pattern ?? '' } } : { code: 'format', params: { format: issue.format ?? '' } }
    case 'not_multiple_of':
      return { code: 'multiple-of', params: { n: Number(issue.divisor ?? 1) } }
    case 'invalid_union':
      return { code: 'no-form', params: {} }
    case 'invalid_key':
      return { code: 'bad-key', params: {} }
    case 'invalid_element':
      return { code: 'bad-entry', params: {} }
    default:
      return undefined
  }
}

export function zodErrorWords(issue: z.core.$ZodRawIssue): string | undefined {
  const found = zodIssueProblem(issue as BoundIssue)
  if (found === undefined) return undefined
  if (found.code === 'not-empty') return problemText('min-characters', { n: 1 }, enProblems, 'en')
  return problemText(found.code, found.params, enProblems, 'en')
}

z.config({ customError: zodErrorWords })
