import { fail, formatZodIssues, type Journey, JourneySchema, ok, type Result, validateJourney } from '../model'
import type { ReadingCatalogue } from '../i18n/catalogues/reading/en'
import type { WarningNode } from './board-reading'
import type { WarningLog } from './warning-log'

/**
 * The journey's lists whose entries a warning names by kind and id, each kind worded by the reading
 * catalogues (`nodes`, keyed by the list's name in a journey file).
 */
const NAMED_LISTS: ReadonlySet<string> = new Set<keyof ReadingCatalogue['nodes']>(['personas', 'phases', 'stages', 'lanes', 'activityTypes', 'items', 'links', 'curves', 'evidenceLevels'])

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
    log.add(boardNodeId, 'text-cut', { ...placeOf(journey, issue.path), length: value.length, max, cut: value.length - cut.length })
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

/**
 * Where a text is, as data each language words: the entry it belongs to (its list and id) or the
 * journey itself, and the field as a journey file names it (`text`, `goals.0`). An entry without an
 * id is named by its whole path from the journey, so the warning still points to it.
 */
function placeOf(journey: Journey, path: readonly PropertyKey[]): { node: WarningNode; field: string } {
  const [list, index, ...rest] = path
  if (typeof list === 'string' && NAMED_LISTS.has(list) && typeof index === 'number' && rest.length > 0) {
    const entry = (journey as unknown as Record<string, { id?: unknown }[] | undefined>)[list]?.[index]
    if (typeof entry?.id === 'string') return { node: { kind: list, text: entry.id }, field: rest.map(String).join('.') }
  }
  return { node: { kind: 'journey' }, field: path.map(String).join('.') }
}
