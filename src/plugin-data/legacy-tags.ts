import * as z from 'zod/mini'

import { PlanTagSchema } from '../layout/plan-tag'
import { customIssue, fail, formatZodIssues, ok, problem, type Result } from '../model'
import type { DecodedTag, TagData } from './decoded-tag'
import { jsonProblem } from './json-problem'

/**
 * The scheme of boards drawn by Journeyboard 0.1: one entry per tag field (`key`, `role`, `itemId`,
 * ...), and on the board section `layoutVersion`, the journey as JSON in `journey.0`, `journey.1`, ...
 * with their count in `journey.parts`, and after a sync the data base likewise in `dataBase.N` with
 * `dataBase.parts`. Read only: an update writes the current scheme and clears these entries on the
 * board section.
 */

const PLAN_KEY_KEY = 'key'
const LAYOUT_VERSION_KEY = 'layoutVersion'
const JOURNEY_PARTS_KEY = 'journey.parts'
const DATA_BASE_PARTS_KEY = 'dataBase.parts'
const MAX_PARTS = 10_000

const count = z.pipe(z.string().check(z.regex(/^(0|[1-9][0-9]*)$/, 'must be a whole number written in digits')), z.transform(Number))

const LegacyTagSchema = z.catchall(z.extend(PlanTagSchema, {
  [PLAN_KEY_KEY]: z.string().check(z.minLength(1, 'must not be empty')),
  [LAYOUT_VERSION_KEY]: z.optional(count)
}), z.string()).check(z.superRefine((data, ctx) => {
    if (data.role === 'board' && data[LAYOUT_VERSION_KEY] === undefined) {
      ctx.addIssue({ code: 'custom', ...customIssue([LAYOUT_VERSION_KEY], 'no-layout-version') })
    }
  }))

/** Whether a node's entries are in the old scheme (it has a role entry and no `t`). */
export function isLegacyData(data: TagData): boolean {
  return data.role !== undefined && data.role !== ''
}

/** Whether an entry belongs to the old scheme's board storage (cleared when an update rewrites the board). */
export function isLegacyBoardKey(key: string): boolean {
  return key === LAYOUT_VERSION_KEY || /^(journey|dataBase)\.(parts|0|[1-9][0-9]*)$/.test(key)
}

/** Every tag-field entry of the old scheme: what a node rewritten in the new scheme no longer needs. */
export const LEGACY_TAG_KEYS: readonly string[] = [PLAN_KEY_KEY, ...Object.keys(PlanTagSchema.shape)]

/** An old node's tag, decoded to what the current scheme gives. */
export function decodeLegacyTag(data: TagData): Result<DecodedTag> {
  // Cleared entries read as empty strings: they are absent, not empty values.
  const present = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== ''))
  const parsed = LegacyTagSchema.safeParse(present)
  if (!parsed.success) return fail(formatZodIssues(parsed.error.issues, present))
  const { [PLAN_KEY_KEY]: key, [LAYOUT_VERSION_KEY]: layoutVersion } = parsed.data
  return ok({ key, tag: PlanTagSchema.parse(parsed.data), ...(layoutVersion === undefined ? {} : { layoutVersion }) })
}

/** The journey and data base an old board section stores, as parsed JSON (not yet validated). */
export function legacyStoredJson(data: TagData): Result<{ journey?: unknown; dataBase?: unknown }> {
  const journey = joinParts(data, 'journey')
  if (!journey.ok) return journey
  const dataBase = joinParts(data, 'dataBase')
  if (!dataBase.ok) return dataBase
  return ok({
    ...(journey.value === undefined ? {} : { journey: journey.value }),
    ...(dataBase.value === undefined ? {} : { dataBase: dataBase.value })
  })
}

function joinParts(data: TagData, name: 'journey' | 'dataBase'): Result<unknown> {
  const partsKey = name === 'journey' ? JOURNEY_PARTS_KEY : DATA_BASE_PARTS_KEY
  const written = data[partsKey]
  if (written === undefined || written === '') return ok(undefined)
  const parts = /^[1-9][0-9]*$/.test(written) ? Number(written) : NaN
  if (!(parts >= 1 && parts <= MAX_PARTS)) return fail([problem(partsKey, 'stored-parts-count', { max: MAX_PARTS })])
  const pieces: string[] = []
  for (let index = 0; index < parts; index += 1) {
    const piece = data[`${name}.${index}`]
    if (piece === undefined) return fail([problem(`${name}.${index}`, 'stored-part-missing', { part: index + 1, parts })])
    pieces.push(piece)
  }
  try {
    return ok(JSON.parse(pieces.join('')) as unknown)
  } catch (error) {
    return fail([jsonProblem(name, error)])
  }
}
