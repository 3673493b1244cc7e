import * as z from 'zod/mini'

import { type PlanTag, PlanTagSchema } from '../layout/plan-tag'
import { isNoStoredLinkRoom, type StoredLinkRoom, StoredLinkRoomSchema } from '../layout/stored-link-room'
import { customIssue, envelopeOf, fail, formatZodIssues, type Journey, type JourneyEnvelope, ok, type Problem, problem, type Result, validateJourney } from '../model'
import type { DecodedTag, TagData } from './decoded-tag'
import { jsonProblem } from './json-problem'
import { decodeLegacyTag, isLegacyData, legacyStoredJson } from './legacy-tags'
import { splitUtf8 } from './split-utf8'

export type { DecodedTag, TagData } from './decoded-tag'

/**
 * The plugin-data scheme. Every node the plugin draws carries ONE shared plugin-data entry in the
 * `journeyboard` namespace (shared, so a REST export with `plugin_data=shared` reads it without the
 * plugin id): `t`, its tag as compact JSON with one-letter field names (TAG_FIELDS), so reading a
 * node's tag is one call. The board section's tag also says which layout drew it (`lv`) and in how
 * many parts (`sp`) the section stores `{ journey, dataBase? }` as JSON in the entries `s0`, `s1`,
 * ..., because one entry (namespace + key + value) may not exceed 100 kB. A board therefore carries
 * two entries for a journey up to JOURNEY_PART_BYTES, one more per part beyond.
 *
 * Boards drawn before this scheme (one entry per tag field, `journey.N`, `dataBase.N`) still read:
 * legacy-tags.ts turns their entries into the same decoded values.
 */

export const TAG_NAMESPACE = 'journeyboard'
/** The entry holding a node's tag. */
export const TAG_KEY = 't'
/** Figma's documented limit for one plugin-data entry: namespace + key + value, in UTF-8 bytes. */
export const PLUGIN_DATA_ENTRY_LIMIT = 100_000
/**
 * The most JSON one stored part holds. Well under the limit, so the namespace, the key and any
 * rounding in how Figma counts a kilobyte never push an entry over.
 */
export const JOURNEY_PART_BYTES = 90_000

/** More parts than any real journey needs; a larger count is damage, not data. */
export const MAX_JOURNEY_PARTS = 10_000

/** The entry holding part `index` of what the board section stores. */
export function storedPartKey(index: number): string {
  return `s${index}`
}

/** Whether an entry is one of the board section's stored parts (so an update can clear stale ones). */
export function isStoredPartKey(key: string): boolean {
  return /^s(0|[1-9][0-9]*)$/.test(key)
}

/** The one-letter name each tag field has in the `t` entry. */
export const TAG_FIELDS = {
  key: 'k',
  role: 'r',
  part: 'p',
  journeyId: 'j',
  personaId: 'e',
  phaseId: 'h',
  stageId: 's',
  laneId: 'l',
  itemId: 'i',
  linkId: 'n',
  activityTypeId: 'a',
  toItemId: 'o',
  variant: 'v',
  legendSubject: 'g',
  layoutVersion: 'lv',
  storedParts: 'sp'
} as const

const count = z.int().check(z.gte(0))

/** The `t` entry, parsed from JSON; unknown fields are allowed (newer versions may add some). */
const TagEntrySchema = z.looseObject({
    k: z.string().check(z.minLength(1, 'must not be empty')),
    r: PlanTagSchema.shape.role,
    p: PlanTagSchema.shape.part,
    j: PlanTagSchema.shape.journeyId,
    e: PlanTagSchema.shape.personaId,
    h: PlanTagSchema.shape.phaseId,
    s: PlanTagSchema.shape.stageId,
    l: PlanTagSchema.shape.laneId,
    i: PlanTagSchema.shape.itemId,
    n: PlanTagSchema.shape.linkId,
    a: PlanTagSchema.shape.activityTypeId,
    o: PlanTagSchema.shape.toItemId,
    v: PlanTagSchema.shape.variant,
    g: PlanTagSchema.shape.legendSubject,
    lv: z.optional(count),
    sp: z.optional(count.check(z.lte(MAX_JOURNEY_PARTS, `a stored journey has at most ${MAX_JOURNEY_PARTS} parts`)))
  }).check(z.superRefine((entry, ctx) => {
    if (entry.r === 'board' && entry.lv === undefined) ctx.addIssue({ code: 'custom', ...customIssue(['lv'], 'no-layout-version') })
  }))

/** What the board section carries besides its tag. */
export interface BoardStore {
  layoutVersion: number
  /** The journey the board shows. */
  journey?: Journey
  /** What the data said when the board was last synced, when the board shows something else (see sync). */
  dataBase?: Journey
  /**
   * What each source of data (the Create tab's template, an imported file...) said when it last drew
   * or updated the board: the base of the next update from that same source, so an update from one
   * source does not undo what people did on the board since another source was last used.
   */
  sourceBases?: Readonly<Record<string, Journey>>
  /**
   * The heights FigJam reported for the board's texts, by measure request key (text, font, size and
   * width): what an update needs not measure again. Kept for texts the board shows in shapes and
   * markers too, whose heights cannot be read off the board.
   */
  textHeights?: Readonly<Record<string, number>>
  /** The file envelope the journey came in (its `$schema` and extension fields), written back when the board is read. */
  envelope?: JourneyEnvelope
  /**
   * The room the last update gave links beyond the layout's own, for the cells people arranged: the
   * next update starts from it, so an update to the same data finds the same board.
   */
  linkRoom?: StoredLinkRoom
}

/** A node's tag as the value of its one entry. */
export function encodeNodeTag(key: string, tag: PlanTag, board?: { layoutVersion: number; storedParts: number }): string {
  const entry: Record<string, string | number> = { [TAG_FIELDS.key]: key }
  for (const [name, value] of Object.entries(tag) as [keyof PlanTag, string | undefined][]) {
    if (value !== undefined) entry[TAG_FIELDS[name]] = value
  }
  if (board !== undefined) {
    entry[TAG_FIELDS.layoutVersion] = board.layoutVersion
    if (board.storedParts > 0) entry[TAG_FIELDS.storedParts] = board.storedParts
  }
  return JSON.stringify(entry)
}

/**
 * Every entry a node gets: its tag and, on the board section, the stored journey (and data base).
 * @returns entry key → value, in the order to write them.
 */
export function encodeTagEntries(key: string, tag: PlanTag, store?: BoardStore): Record<string, string> {
  if (store === undefined) return { [TAG_KEY]: encodeNodeTag(key, tag) }
  const json = {
    journey: store.journey,
    ...(store.dataBase === undefined ? {} : { dataBase: store.dataBase }),
    ...(store.sourceBases === undefined || Object.keys(store.sourceBases).length === 0 ? {} : { sourceBases: store.sourceBases }),
    ...(store.textHeights === undefined || Object.keys(store.textHeights).length === 0 ? {} : { textHeights: store.textHeights }),
    ...(store.envelope === undefined || Object.keys(store.envelope).length === 0 ? {} : { envelope: store.envelope }),
    ...(store.linkRoom === undefined || isNoStoredLinkRoom(store.linkRoom) ? {} : { linkRoom: store.linkRoom })
  }
  const stored = store.journey === undefined ? [] : splitUtf8(JSON.stringify(json), JOURNEY_PART_BYTES)
  const entries: Record<string, string> = { [TAG_KEY]: encodeNodeTag(key, tag, { layoutVersion: store.layoutVersion, storedParts: stored.length }) }
  stored.forEach((part, index) => {
    entries[storedPartKey(index)] = part
  })
  return entries
}

/**
 * Reads a node's tag back, from its one entry or, on a board drawn by an earlier version, from its
 * entries one per field.
 * @returns the plan key, tag and (on the board) layout version, else what is wrong with the entries.
 */
export function decodeBoardTag(data: TagData): Result<DecodedTag> {
  let decoded = decodedTags.get(data)
  if (decoded === undefined) {
    decoded = decodeTagEntries(data)
    decodedTags.set(data, decoded)
  }
  return decoded
}

/**
 * The tag each node's entries decoded to. The reading (its own lines' line type), the reader, the
 * sync and the apply each ask for a node's tag: it is decoded once per reading, not once per asking.
 * Keyed by the entries themselves, so it goes when the reading does. Safe because a tag in the
 * current scheme is decoded from its `t` entry alone, and the only entries added after a reading
 * decodes them are a board section's stored parts (readTagData), which the tag does not read; a
 * board drawn before tags were one entry is read with all its entries at once.
 */
const decodedTags = new WeakMap<TagData, Result<DecodedTag>>()

function decodeTagEntries(data: TagData): Result<DecodedTag> {
  const value = data[TAG_KEY]
  if (value === undefined || value === '') return isLegacyData(data) ? decodeLegacyTag(data) : fail([problem(TAG_KEY, 'no-tag')])
  let json: unknown
  try {
    json = JSON.parse(value)
  } catch (error) {
    return fail([jsonProblem(TAG_KEY, error)])
  }
  const parsed = TagEntrySchema.safeParse(json)
  if (!parsed.success) return fail(formatZodIssues(parsed.error.issues, json).map((p) => ({ ...p, path: p.path === '' ? TAG_KEY : `${TAG_KEY}.${p.path}` })))
  const entry = parsed.data
  const tag: Record<string, string> = {}
  for (const [name, short] of Object.entries(TAG_FIELDS)) {
    if (name === 'key' || name === 'layoutVersion' || name === 'storedParts') continue
    const field = entry[short as keyof typeof entry]
    if (typeof field === 'string') tag[name] = field
  }
  return ok({
    key: entry.k,
    tag: tag as PlanTag,
    ...(entry.lv === undefined ? {} : { layoutVersion: entry.lv }),
    ...(entry.sp === undefined ? {} : { storedParts: entry.sp })
  })
}

const StoredSchema = z.object({
  journey: z.unknown(),
  dataBase: z.optional(z.unknown()),
  sourceBases: z.optional(z.record(z.string(), z.unknown())),
  textHeights: z.optional(z.unknown()),
  envelope: z.optional(z.unknown()),
  linkRoom: z.optional(z.unknown())
})

/** The JSON the board section stores, joined from its parts (either scheme). */
function storedJson(data: TagData): Result<{ journey?: unknown; dataBase?: unknown; sourceBases?: Record<string, unknown>; textHeights?: unknown; envelope?: unknown; linkRoom?: unknown }> {
  const decoded = decodeBoardTag(data)
  if (!decoded.ok) return decoded
  if (decoded.value.tag.role !== 'board') {
    return fail([problem('role', 'not-board-section', { role: decoded.value.tag.role })])
  }
  if (data[TAG_KEY] === undefined || data[TAG_KEY] === '') return legacyStoredJson(data)
  const parts = decoded.value.storedParts ?? 0
  if (parts === 0) return ok({})
  const pieces: string[] = []
  for (let index = 0; index < parts; index += 1) {
    const piece = data[storedPartKey(index)]
    if (piece === undefined || piece === '') return fail([problem(storedPartKey(index), 'stored-part-missing', { part: index + 1, parts })])
    pieces.push(piece)
  }
  let json: unknown
  try {
    json = JSON.parse(pieces.join(''))
  } catch (error) {
    return fail([jsonProblem('journey', error)])
  }
  const parsed = StoredSchema.safeParse(json)
  if (!parsed.success) return fail([problem('journey', 'stored-not-journey')])
  return ok(parsed.data)
}

/** Everything a board section stores, decoded from one parse of its JSON (see BoardStore). */
export interface DecodedBoardStore {
  /** The journey, else what is wrong with the entries (see decodeBoardJourney). */
  journey: Result<Journey>
  /** The data base stored for sync: undefined when there is none, else the journey or what is wrong. */
  dataBase: Result<Journey> | undefined
  /** The bases per source (see BoardStore.sourceBases); one that no longer validates is left out, so its source falls back to the common base. */
  sourceBases: Record<string, Journey>
  /** The file envelope the journey came in (see BoardStore.envelope); none when there is none or it does not parse. */
  envelope: JourneyEnvelope
  /** See decodeLinkRoom. */
  linkRoom: StoredLinkRoom
  /** The text heights stored (see BoardStore.textHeights); none when there are none or they do not parse, so every text is measured again. */
  textHeights: Readonly<Record<string, number>>
}

/**
 * What a board section stores, its parts joined and its JSON parsed once: an update needs all of
 * it, where each decoder below would parse the whole of it again.
 */
export function decodeBoardStore(data: TagData): DecodedBoardStore {
  const stored = storedJson(data)
  return {
    journey: journeyOf(stored),
    dataBase: dataBaseOf(stored),
    sourceBases: sourceBasesOf(stored),
    envelope: stored.ok ? envelopeOf(stored.value.envelope) : {},
    linkRoom: linkRoomOf(stored),
    textHeights: textHeightsOf(stored)
  }
}

/**
 * What a reading of a board section needs of what it stores, its parts joined and its JSON parsed
 * and the journey checked once: the journey (see decodeBoardJourney) and the file envelope it came
 * in (see DecodedBoardStore.envelope). The sync's data bases are left alone: a reading has no use for them.
 */
export function decodeStoredJourney(data: TagData): Pick<DecodedBoardStore, 'journey' | 'envelope'> {
  const stored = storedJson(data)
  return { journey: journeyOf(stored), envelope: stored.ok ? envelopeOf(stored.value.envelope) : {} }
}

type StoredJson = ReturnType<typeof storedJson>

function journeyOf(stored: StoredJson): Result<Journey> {
  if (!stored.ok) return stored
  if (stored.value.journey === undefined) return fail([problem('journey', 'no-stored-journey')])
  return validated(stored.value.journey, 'journey')
}

function dataBaseOf(stored: StoredJson): Result<Journey> | undefined {
  if (!stored.ok) return stored.problems.some((p) => p.path.startsWith('dataBase')) ? stored : undefined
  return stored.value.dataBase === undefined ? undefined : validated(stored.value.dataBase, 'dataBase')
}

function sourceBasesOf(stored: StoredJson): Record<string, Journey> {
  if (!stored.ok || stored.value.sourceBases === undefined) return {}
  const bases: Record<string, Journey> = {}
  for (const [source, value] of Object.entries(stored.value.sourceBases)) {
    const journey = validated(value, `sourceBases.${source}`)
    if (journey.ok) bases[source] = journey.value
  }
  return bases
}

function linkRoomOf(stored: StoredJson): StoredLinkRoom {
  if (!stored.ok) return {}
  const parsed = StoredLinkRoomSchema.safeParse(stored.value.linkRoom)
  return parsed.success ? parsed.data : {}
}

/**
 * Reads the journey stored on a board section: joins its parts, parses the JSON and validates it.
 * @returns the journey, else the problems (a missing part, broken JSON, or an invalid journey, whose
 * paths start at `journey`).
 */
export function decodeBoardJourney(data: TagData): Result<Journey> {
  return journeyOf(storedJson(data))
}

const TextHeightsSchema = z.record(z.string(), z.number().check(z.positive()))

function textHeightsOf(stored: StoredJson): Readonly<Record<string, number>> {
  if (!stored.ok) return {}
  const parsed = TextHeightsSchema.safeParse(stored.value.textHeights)
  return parsed.success ? parsed.data : {}
}

/**
 * The room for links a board section stores (see BoardStore.linkRoom); none when there is none or
 * it does not parse, so the update starts from the layout's own room.
 */
export function decodeLinkRoom(data: TagData): StoredLinkRoom {
  return linkRoomOf(storedJson(data))
}

function validated(value: unknown, path: string): Result<Journey> {
  const journey = validateJourney(value)
  if (journey.ok) return journey
  return fail(journey.problems.map((p: Problem) => ({ ...p, path: p.path === '' ? path : `${path}.${p.path}` })))
}
