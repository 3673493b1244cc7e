import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'

import { ENGLISH_PROBLEMS, problemText } from '../../src/i18n'
import { checkWords, formatZodIssues, validateJourney } from '../../src/model'

function problemsOf(schema: z.ZodMiniType, input: unknown) {
  const parsed = schema.safeParse(input)
  return parsed.success ? [] : formatZodIssues(parsed.error.issues, input)
}

describe('formatZodIssues', () => {
  it('takes the problem a check is worded by from its code, whatever the field is called', () => {
    const schema = z.object({ children: z.array(z.string()).check(z.minLength(1, checkWords('needs-stage'))), note: z.string().check(z.maxLength(3, checkWords('at-most-people', { n: 3 }))) })
    expect(problemsOf(schema, { children: [], note: 'four' })).toEqual([
      { path: 'children', message: 'needs at least one stage', code: 'needs-stage', params: {} },
      { path: 'note', message: 'must name at most 3 people', code: 'at-most-people', params: { n: 3 } }
    ])
  })

  it('keeps words a schema gives as text as the message, and codes the issue by its kind, not by the field or the words', () => {
    const schema = z.object({ stages: z.array(z.string()).check(z.minLength(1, 'pick a stage')), id: z.string().check(z.maxLength(2, 'must be at most 2 characters')) })
    expect(problemsOf(schema, { stages: [], id: 'abc' })).toEqual([
      { path: 'stages', message: 'pick a stage', code: 'min-entries', params: { n: 1 } },
      { path: 'id', message: 'must be at most 2 characters', code: 'max-characters', params: { n: 2 } }
    ])
  })

  it('codes a pattern by what its schema says it means, not by the pattern: the same pattern without words is just a pattern', () => {
    const schema = z.object({ id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/)) })
    expect(problemsOf(schema, { id: 'a b' })).toEqual([{ path: 'id', message: 'must match /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/', code: 'pattern', params: { pattern: '/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/' } }])
  })

  it('words every problem of a journey in English exactly as its code does', () => {
    const result = validateJourney({
      id: 'j'.repeat(121),
      title: ' ',
      locale: 'English',
      personas: [{ id: 'a persona', name: 'P' }],
      stages: [],
      lanes: [],
      evidenceLevels: [],
      items: [{ id: 'i', stageId: 's', laneId: 'l', text: 'x', people: Array.from({ length: 1001 }, () => 'p'), votes: { count: 1, kinds: [] } }]
    })
    const problems = result.ok ? [] : result.problems
    expect(problems.map((found) => found.code)).toEqual(expect.arrayContaining(['at-most-characters', 'not-empty', 'id-characters', 'language-code', 'needs-stage', 'needs-lane', 'needs-level', 'at-most-people']))
    for (const found of problems) expect(found.message, found.path).toBe(problemText(found.code!, found.params ?? {}, ENGLISH_PROBLEMS, 'en'))
  })
})
