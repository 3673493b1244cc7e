import * as z from 'zod/mini'

/*
 * zod/mini carries no locale, so an issue whose schema gave no message of its own would read
 * "Invalid input". This error map words each kind of issue by its code and numbers instead; the
 * schemas' own messages still win, and format-zod-issues words type mismatches itself.
 */

const LIMITED: Readonly<Record<string, { unit: string; units: string }>> = {
  string: { unit: 'character', units: 'characters' },
  array: { unit: 'entry', units: 'entries' },
  set: { unit: 'entry', units: 'entries' }
}

function bound(origin: string, relation: string, limit: number | bigint, inclusive: boolean | undefined, exact: boolean | undefined): string {
  const counted = LIMITED[origin]
  if (counted !== undefined) {
    const unit = Number(limit) === 1 ? counted.unit : counted.units
    return exact === true ? `must have exactly ${limit} ${unit}` : `must have at ${relation === 'least' ? 'least' : 'most'} ${limit} ${unit}`
  }
  if (inclusive === false) return `must be ${relation === 'least' ? 'more' : 'less'} than ${limit}`
  return `must be ${limit} or ${relation === 'least' ? 'more' : 'less'}`
}

export function zodErrorWords(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'too_small':
      return bound(issue.origin, 'least', issue.minimum, issue.inclusive, issue.exact)
    case 'too_big':
      return bound(issue.origin, 'most', issue.maximum, issue.inclusive, issue.exact)
    case 'invalid_format':
      return issue.format === 'regex' ? `must match ${String(issue.pattern)}` : `must be a valid ${issue.format}`
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`
    case 'invalid_union':
      return 'matches none of the allowed forms'
    case 'invalid_key':
      return 'has a key that is not allowed'
    case 'invalid_element':
      return 'has an entry that is not allowed'
    default:
      return undefined
  }
}

z.config({ customError: zodErrorWords })
