import type * as z from 'zod/mini'

import { enProblems } from '../i18n/catalogues/problems/en'
import { problemText } from '../i18n/problem-text'
import type { ModelProblemCode, ProblemParams } from './problem'

/** Where an issue carries the problem it is: its code and values, under the issue's `params`. */
const PROBLEM_KEY = 'problem'

interface CarriedProblem {
  code: ModelProblemCode
  params: ProblemParams
}

function carrying(code: ModelProblemCode, params: ProblemParams): Record<string, CarriedProblem> {
  return { [PROBLEM_KEY]: { code, params } }
}

/**
 * A schema's own check's issue (a refinement's, or `ctx.addIssue({ code: 'custom', ...})`'s) that
 * carries its problem's code and values; the message is their English words.
 */
export function customIssue(path: PropertyKey[], code: ModelProblemCode, params: ProblemParams = {}): { path: PropertyKey[]; message: string; params: Record<string, unknown> } {
  return { path, message: problemText(code, params, enProblems, 'en'), params: carrying(code, params) }
}

/**
 * A refinement's issue (`z.refine(check, refinementIssue(path, code))`) as customIssue makes it, its
 * English words made when the check fails rather than when the schema is made: the sandbox makes
 * its schemas as it starts, and its English words travel packed, unpacked when first read.
 */
export function refinementIssue(path: PropertyKey[], code: ModelProblemCode, params: ProblemParams = {}): { path: PropertyKey[]; error: () => string; params: Record<string, unknown> } {
  return { path, error: () => problemText(code, params, enProblems, 'en'), params: carrying(code, params) }
}

/**
 * The words of a built-in check (`z.maxLength(120, checkWords('at-most-characters', { n: 120 }))`)
 * given as a problem: zod keeps only a message on the issues of built-in checks, so the words hand
 * the issue its code and values as a custom issue carries them, and the code, not the wording,
 * says which problem it is.
 */
export function checkWords(code: ModelProblemCode, params: ProblemParams = {}): { error: (issue: z.core.$ZodRawIssue) => string } {
  return {
    error: (issue) => {
      // zod asks for a check's words while it finishes the issue, before it copies the issue's fields.
      Object.assign(issue, { params: carrying(code, params) })
      return problemText(code, params, enProblems, 'en')
    }
  }
}

/** The problem an issue carries (see `customIssue` and `checkWords`), if it carries one. */
export function carriedProblem(issue: z.core.$ZodIssue): CarriedProblem | undefined {
  const params = (issue as { params?: Record<string, CarriedProblem | undefined> }).params
  return params?.[PROBLEM_KEY]
}
