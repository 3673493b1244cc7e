import { formatZodIssues } from './format-zod-issues'
import { crossFieldIssues, type Journey, JourneySchema } from './journey-schema'
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

/**
 * Checks a journey made of parts that were each checked (a checked journey's personas, stages and
 * items, choices parsed on their own) against the cross-field rules only: its fields are not
 * checked a second time.
 * @returns the journey, else every problem with its path, as validateJourney words them.
 */
export function validateComposedJourney(journey: Journey): Result<Journey> {
  const issues = crossFieldIssues(journey)
  return issues.length === 0 ? ok(journey) : fail(formatZodIssues(issues, journey))
}
