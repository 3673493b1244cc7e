import * as z from 'zod'

import { type PlanTag, PlanTagSchema } from '../layout/plan-tag'
import { fail, formatZodIssues, type Journey, ok, type Problem, type Result, validateJourney } from '../model'
import { splitUtf8 } from './split-utf8'

/**
 * The plugin-data scheme. Every node the plugin creates carries SHARED plugin data in the
 * `journeyboard` namespace (so a REST export with `plugin_data=shared` can read it without the
 * plugin id): its plan key, its role and the model ids it stands for, one string entry each. The
 * board section also carries the layout version and the journey itself as JSON, cut into
 * `journey.0`, `journey.1`, ... with their count in `journey.parts`, because one entry (namespace +
 * key + value) may not exceed 100 kB.
 */

export const TAG_NAMESPACE = 'journeyboard'
export const PLAN_KEY_KEY = 'key'
export const LAYOUT_VERSION_KEY = 'layoutVersion'
export const JOURNEY_PARTS_KEY = 'journey.parts'
/** Figma's documented limit for one plugin-data entry: namespace + key + value, in UTF-8 bytes. */
export const PLUGIN_DATA_ENTRY_LIMIT = 100_000
/**
 * The most JSON one `journey.N` entry holds. Well under the limit, so the namespace, the key and
 * any rounding in how Figma counts a kilobyte never push an entry over.
 */
export const JOURNEY_PART_BYTES = 90_000

/** More parts than any real journey needs; a larger count is damage, not data. */
export const MAX_JOURNEY_PARTS = 10_000

export function journeyPartKey(index: number): string {
  return `journey.${index}`
}

const count = z
  .string()
  .regex(/^(0|[1-9][0-9]*)$/, 'must be a whole number written in digits')
  .transform(Number)

/** What one node's entries in the namespace must look like; other keys are allowed (newer versions may add some). */
export const BoardTagDataSchema = PlanTagSchema.extend({
  [PLAN_KEY_KEY]: z.string().min(1, 'must not be empty'),
  [LAYOUT_VERSION_KEY]: count.optional(),
  [JOURNEY_PARTS_KEY]: count.optional()
})
  .catchall(z.string())
  .superRefine((data, ctx) => {
    if (data.role !== 'board') return
    if (data[LAYOUT_VERSION_KEY] === undefined) {
      ctx.addIssue({ code: 'custom', path: [LAYOUT_VERSION_KEY], message: 'the board section must say which layout drew it' })
    }
    const parts = data[JOURNEY_PARTS_KEY]
    if (parts === undefined) return
    if (parts < 1 || parts > MAX_JOURNEY_PARTS) {
      ctx.addIssue({ code: 'custom', path: [JOURNEY_PARTS_KEY], message: `a stored journey has 1 to ${MAX_JOURNEY_PARTS} parts` })
      return
    }
    for (let index = 0; index < parts; index += 1) {
      if (typeof data[journeyPartKey(index)] !== 'string') {
        ctx.addIssue({ code: 'custom', path: [journeyPartKey(index)], message: `part ${index + 1} of ${parts} of the journey is missing` })
      }
    }
  })

export interface DecodedTag {
  key: string
  tag: PlanTag
  /** On the board section only. */
  layoutVersion?: number
  journeyParts?: number
}

/** A node's entries in the namespace, as `getSharedPluginData` or a REST `sharedPluginData` gives them. */
export type TagData = Readonly<Record<string, string>>

/** The entries that tag one node: its plan key and tag, one string each. */
export function encodeNodeTag(key: string, tag: PlanTag): Record<string, string> {
  const data: Record<string, string> = { [PLAN_KEY_KEY]: key }
  for (const [name, value] of Object.entries(tag)) {
    if (value !== undefined) data[name] = value
  }
  return data
}

/** The extra entries of the board section: the layout version and, when given, the journey as JSON parts. */
export function encodeBoardData(layoutVersion: number, journey?: Journey): Record<string, string> {
  const data: Record<string, string> = { [LAYOUT_VERSION_KEY]: String(layoutVersion) }
  if (journey === undefined) return data
  const parts = splitUtf8(JSON.stringify(journey), JOURNEY_PART_BYTES)
  data[JOURNEY_PARTS_KEY] = String(parts.length)
  parts.forEach((part, index) => {
    data[journeyPartKey(index)] = part
  })
  return data
}

/**
 * Reads a node's tag back.
 * @returns the plan key, tag and (on the board) layout version, else what is wrong with the entries.
 */
export function decodeBoardTag(data: TagData): Result<DecodedTag> {
  const parsed = BoardTagDataSchema.safeParse(data)
  if (!parsed.success) return fail(formatZodIssues(parsed.error.issues, data))
  const { [PLAN_KEY_KEY]: key, [LAYOUT_VERSION_KEY]: layoutVersion, [JOURNEY_PARTS_KEY]: journeyParts } = parsed.data
  const tag = PlanTagSchema.parse(parsed.data)
  return ok({
    key,
    tag,
    ...(layoutVersion === undefined ? {} : { layoutVersion }),
    ...(journeyParts === undefined ? {} : { journeyParts })
  })
}

/**
 * Reads the journey stored on a board section: joins its parts, parses the JSON and validates it.
 * @returns the journey, else the problems (a missing part, broken JSON, or an invalid journey, whose
 * paths start at `journey`).
 */
export function decodeBoardJourney(data: TagData): Result<Journey> {
  const decoded = decodeBoardTag(data)
  if (!decoded.ok) return decoded
  if (decoded.value.tag.role !== 'board') {
    return fail([{ path: 'role', message: `only the board section carries the journey; this node is a "${decoded.value.tag.role}"` }])
  }
  const parts = decoded.value.journeyParts
  if (parts === undefined) return fail([{ path: JOURNEY_PARTS_KEY, message: 'this board section carries no journey' }])
  const json = Array.from({ length: parts }, (_, index) => data[journeyPartKey(index)] ?? '').join('')
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch (error) {
    return fail([{ path: 'journey', message: `the stored journey is not valid JSON (${error instanceof Error ? error.message : String(error)})` }])
  }
  const journey = validateJourney(parsed)
  if (journey.ok) return journey
  return fail(journey.problems.map((p: Problem) => ({ path: p.path === '' ? 'journey' : `journey.${p.path}`, message: p.message })))
}

/** The structural part of a Figma node needed to read its tag; any scene node fits. */
export interface SharedDataReader {
  getSharedPluginDataKeys(namespace: string): string[]
  getSharedPluginData(namespace: string, key: string): string
}

/** A node's entries in the namespace, ready for decodeBoardTag or decodeBoardJourney. */
export function readTagData(node: SharedDataReader): Record<string, string> {
  const data: Record<string, string> = {}
  for (const key of node.getSharedPluginDataKeys(TAG_NAMESPACE)) data[key] = node.getSharedPluginData(TAG_NAMESPACE, key)
  return data
}
