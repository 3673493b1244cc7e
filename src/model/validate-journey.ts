import { formatZodIssues } from './format-zod-issues'
import { type Journey, JourneySchema } from './journey-schema'
import { fail, ok, type Result } from './problem'

/**
 * Checks a journey against the schema and the cross-field rules.
 * @returns the journey with defaults filled in, else every problem with its path.
 */
export function validateJourney(input: unknown): Result<Journey> {
  const parsed = JourneySchema.safeParse(input)
  if (parsed.success) return ok(parsed.data)
  return fail(formatZodIssues(parsed.error.issues, input))
}
