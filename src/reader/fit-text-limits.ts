import { fail, formatZodIssues, type Journey, JourneySchema, ok, type Result, validateJourney } from '../model'
import type { WarningLog } from './warning-log'

/** The singular of each list of the journey, to name an entry in a warning. */
const ENTRY_WORDS: Readonly<Record<string, string>> = {
  personas: 'persona',
  phases: 'phase',
  stages: 'stage',
  lanes: 'lane',
  activityTypes: 'activity type',
  items: 'item',
  links: 'link',
  curves: 'curve',
  evidenceLevels: 'evidence level'
}

/**
 * A board may hold longer texts than a journey does (FigJam sets no limit the plugin knows of).
 * The journey's limits are far above what people write, so this only cuts what a script or a
 * hostile file put there: each text past its limit is cut to it, never in the middle of a
 * character, and a warning names the entry and how much was cut. Everything else is left alone.
 * @returns the journey validated (a journey that fits is checked once, not once to fit and again
 *   to validate), else what is wrong with it besides its lengths
 */
export function fitTextLimits(journey: Journey, log: WarningLog, boardNodeId: string | null): Result<Journey> {
  const parsed = JourneySchema.safeParse(journey)
  if (parsed.success) return ok(parsed.data)
  const tooLong = parsed.error.issues.filter((issue) => issue.code === 'too_big' && issue.origin === 'string')
  if (tooLong.length === 0) return fail(formatZodIssues(parsed.error.issues, journey))
  let fitted: unknown = journey
  for (const issue of tooLong) {
    const max = Number((issue as { maximum: number | bigint }).maximum)
    const value = valueAt(fitted, issue.path)
    if (typeof value !== 'string' || value.length <= max) continue
    const cut = cutAt(value, max)
    fitted = replaceAt(fitted, issue.path, cut)
    log.add(boardNodeId, 'text-cut', { path: describePath(journey, issue.path), length: value.length, max, cut: value.length - cut.length })
  }
  return validateJourney(fitted)
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at = root
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined
  return at
}

/** A copy of `root` with the value at `path` replaced, copying only the lists and objects on the way. */
function replaceAt(root: unknown, path: readonly PropertyKey[], value: unknown): unknown {
  const [key, ...rest] = path
  if (key === undefined) return value
  const copy = (Array.isArray(root) ? [...(root as unknown[])] : { ...(root as object) }) as Record<PropertyKey, unknown>
  copy[key] = replaceAt(copy[key], rest, value)
  return copy
}

/** The first `max` UTF-16 units, one fewer when the last would split a surrogate pair. */
function cutAt(text: string, max: number): string {
  const code = text.charCodeAt(max - 1)
  return code >= 0xd800 && code <= 0xdbff ? text.slice(0, max - 1) : text.slice(0, max)
}

function describePath(journey: Journey, path: readonly PropertyKey[]): string {
  const [list, index, ...rest] = path
  const word = typeof list === 'string' ? ENTRY_WORDS[list] : undefined
  if (word !== undefined && typeof index === 'number') {
    const entry = (journey as unknown as Record<string, { id?: unknown }[]>)[list as string]?.[index]
    const name = typeof entry?.id === 'string' ? ` "${entry.id}"` : ` ${index + 1}`
    return `the ${rest.map(String).join('.') || 'text'} of ${word}${name}`
  }
  return `the journey's ${path.map(String).join('.')}`
}
