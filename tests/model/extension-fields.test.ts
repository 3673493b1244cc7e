import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'

import { extensibleObject } from '../../src/model'
import { propertyRuns } from '../support/property-runs'

/** Optional fields of every kind zod has (wrapped, nested, defaulted inside), beside required and defaulted ones. */
const SHAPE = {
  id: z.string().check(z.minLength(1)),
  text: z._default(z.string(), ''),
  score: z.optional(z.number()),
  flag: z.optional(z.enum(['green', 'red'])),
  owner: z.optional(z.string().check(z.maxLength(3))),
  people: z.optional(z.array(z.string())),
  cell: z.optional(extensibleObject({ row: z.int(), column: z.optional(z.int()) })),
  note: z.optional(z._default(z.string(), 'none')),
  curveId: z.optional(z.string()),
  level: z.optional(z.string().check(z.trim()))
}
const FIELDS = [...Object.keys(SHAPE), 'x-code', 'unknown']
const VALUES: unknown[] = [undefined, null, 0, 1.5, Number.NaN, '', 'ab', '  ab  ', 'abcd', 'red', 'blue', true, [], ['a'], [1], {}, { row: 1 }, { row: 'a', column: 2 }, { row: 1, extra: 1 }]

/** Objects with any of the fields above present (undefined too) or absent, in any order. */
const objects = fc.array(fc.tuple(fc.constantFrom(...FIELDS), fc.constantFrom(...VALUES)), { maxLength: 14 }).map((entries) => Object.fromEntries(entries))

/** What zod gives for a parse, as plain data: the value, or each issue's code, path and words. */
function outcome(result: { success: boolean; data?: unknown; error?: { issues: readonly z.core.$ZodIssue[] } }): unknown {
  return result.success ? { value: result.data, keys: Object.keys(result.data as object) } : { issues: result.error!.issues.map(({ code, path, message }) => ({ code, path, message })) }
}

describe('extensibleObject', () => {
  // The schema parses each object against its shape less the optional fields the object lacks;
  // zod's own parse of the whole shape is the reference.
  it('gives the value and the issues zod gives for the whole shape, with optional fields absent, present, undefined or wrong', () => {
    const schema = extensibleObject(SHAPE)
    const whole = z.catchall(z.object(SHAPE), z.unknown())
    fc.assert(
      fc.property(objects, (value) => {
        const checked = schema.safeParse(value)
        const reference = whole.safeParse(value)
        // Unknown keys are the extensible object's own check (zod's catchall keeps them); a nested
        // extensible object's own issues are in both.
        const issues = checked.success ? [] : checked.error.issues
        const own = issues.filter((issue) => issue.code === 'custom' && issue.path.length === 1)
        // (`x-code` holding no JSON, such as undefined or NaN, is refused too.)
        expect(own.map((issue) => issue.path[0]).filter((key) => key !== 'x-code')).toEqual('unknown' in value ? ['unknown'] : [])
        const rest = issues.filter((issue) => !own.includes(issue))
        if (checked.success) expect(outcome(checked)).toEqual(outcome(reference))
        else if (rest.length === 0) expect(reference.success).toBe(true)
        else expect(outcome({ success: false, error: { issues: rest } })).toEqual(outcome(reference))
      }),
      propertyRuns(600)
    )
  })

  it('keeps the shape order of the fields and drops none when an object has every optional field', () => {
    const full = { 'x-code': 1, level: ' l ', curveId: 'c', note: 'n', cell: { row: 1 }, people: [], owner: 'o', flag: 'red', score: 1, text: 't', id: 'i' }
    const result = extensibleObject(SHAPE).safeParse(full)
    expect(result.success).toBe(true)
    expect(Object.keys(result.data!)).toEqual([...Object.keys(SHAPE), 'x-code'])
    expect(result.data).toMatchObject({ level: 'l', note: 'n', cell: { row: 1 } })
  })

  it('reads an object the same after more shapes of present fields than it keeps', () => {
    const schema = extensibleObject(SHAPE)
    const optional = Object.keys(SHAPE).slice(2)
    // Every combination of the eight optional fields, then one object more.
    for (let present = 0; present < 1 << optional.length; present += 1) {
      const value: Record<string, unknown> = { id: `i${present}` }
      optional.forEach((key, bit) => {
        if ((present & (1 << bit)) !== 0) value[key] = key === 'cell' ? { row: bit } : key === 'people' ? [] : key === 'score' ? bit : key === 'flag' ? 'red' : 'ab'
      })
      const result = schema.safeParse(value)
      expect(result.success).toBe(true)
      // `note` is optional around a default: zod fills it in when absent, so it is parsed either way.
      expect(Object.keys(result.data!).sort()).toEqual([...new Set([...Object.keys(value), 'text', 'note'])].sort())
    }
    expect(schema.safeParse({ id: 'i', score: 'high' }).error?.issues.map((issue) => issue.path)).toEqual([['score']])
  })
})
