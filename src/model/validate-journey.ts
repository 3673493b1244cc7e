import { formatZodIssues } from './format-zod-issues'
import { crossFieldIssues, type Item, type Journey, JourneyBaseSchema, type JourneyInput, JourneySchema } from './journey-schema'
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

/**
 * Checks a journey whose items were each checked as they were read (`items` holds ItemSchema's
 * output for each): its other fields, then the cross-field rules on the whole. An importer that
 * checks each item as it makes it lets the unchecked item go at once, instead of holding every one
 * beside its checked copy until the whole journey is checked, and no item is checked twice.
 * @param itemIds the items' ids, each exactly once, when the importer indexed them as it read them
 *   and refused an id met twice (see crossFieldIssues)
 * @returns what validateJourney gives for the journey with its items as read: an item's checked
 *   output checks as the item did, so where anything is wrong the whole check words the problems.
 */
export function validateJourneyOfCheckedItems(journey: JourneyInput, items: Item[], itemIds?: ReadonlySet<string> | ReadonlyMap<string, unknown>): Result<Journey> {
  const rest = JourneyBaseSchema.safeParse({ ...journey, items: [] })
  if (rest.success) {
    // Spread in the schema's key order, so `items` keeps its place.
    const whole = { ...rest.data, items }
    if (crossFieldIssues(whole, itemIds).length === 0) return ok(whole)
  }
  return validateJourney({ ...journey, items })
}
