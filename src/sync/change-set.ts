import * as z from 'zod/mini'

/**
 * The change set: what updating a board from changed data does, as plain JSON for the panel, the
 * CLI and tests. It compares three journeys by their stable ids:
 *
 * - the BOARD: the board read back now, with everything people changed on it;
 * - the DATA: the new journey;
 * - the BASE: the data the board was last drawn or synced from (stored on the board section).
 *
 * A field the board changed from the base is a board edit, kept; a field the data changed from the
 * base is a data change, applied; a field both changed to different values is a conflict, which
 * waits for a resolution. Without a base every difference counts as a data change.
 *
 * The shape is versioned (`version`) and only grows by optional fields within a version.
 */

export const CHANGE_SET_VERSION = 1

/** What a change is about. Journey-level fields (title, scenario, personas...) are `journey`. */
export const SyncSubjectSchema = z.enum(['journey', 'phase', 'stage', 'lane', 'item', 'link'])

/**
 * How a conflict is settled:
 * - `board`: keep what the board shows;
 * - `data`: take the data's version;
 * - `keep-both` (items): keep the board's item and add the data's version as a new item next to it.
 *   Where two versions cannot both exist (a name, an order, a journey field) it keeps the board's;
 *   for an item deleted on the board it brings the data's version back, like `data`.
 * For a kept removal (see KeptRemovalSchema), `data` removes the item after all; anything else keeps it.
 */
export const ResolutionSchema = z.enum(['board', 'data', 'keep-both'])

/** Choices by conflict (or kept-removal) id. Ids the change set does not hold are ignored. */
export const ResolutionsSchema = z.record(z.string(), ResolutionSchema)

/** Where a change comes from. */
export const ChangeSourceSchema = z.enum([
  /** The data changed it from the base (or, without a base, differs from the board). */
  'data',
  /** People changed it on the board; the data did not. Only in `boardEdits`. */
  'board',
  /** A conflict was settled this way (`conflictId` names it). */
  'resolution',
  /**
   * It follows from other changes: a link whose item is gone, a stage or lane brought back
   * because items still sit in it, a reference to something removed that is dropped, a score
   * clamped to a new scale.
   */
  'consequence'
])

/**
 * - `added`, `removed`: the whole stage, lane, item, link or phase;
 * - `moved`: an item's stage or lane changed, and nothing else;
 * - `renamed`: a stage's, lane's or phase's name changed, and nothing else;
 * - `changed`: any other mix of fields (the fields say which);
 * - `reordered`: the order of the stages or the lanes (field `order`, lists of ids).
 */
export const ChangeKindSchema = z.enum(['added', 'removed', 'changed', 'moved', 'renamed', 'reordered'])

/**
 * - `both-changed`: the board and the data changed the same fields differently;
 * - `removed-on-board`: people deleted it on the board, the data changed it (`board` is null in every field);
 * - `both-added`: the board and the data both added an entity with this id, differently;
 * - `order`: people reordered the stages or lanes on the board and the data reordered them differently
 *   (field `order`: `board` and `data` are the whole order each choice gives).
 */
export const ConflictKindSchema = z.enum(['both-changed', 'removed-on-board', 'both-added', 'order'])

export const KeptRemovalReasonSchema = z.enum([
  /** The item (or link) differs on the board from what the data last said. */
  'edited-on-board',
  /** A link drawn or changed on the board joins it. */
  'linked-on-board',
  /** Something drawn by hand (a connector) is attached to its sticky. */
  'attached-on-board',
  /** A stage or lane that still holds items kept on the board. */
  'holds-board-items',
  /** A stage whose section holds a section people drew in it. */
  'holds-board-sections'
])

/** Built on first use: the panel meets a change set only when an update is reviewed, and builds only what its first screen needs as it opens. */
export const ChangeSetSchema = /* @__PURE__ */ z.lazy(() => {
  /** One field's values; `null` stands for absent (an item without a score, a stage without a phase). */
  const FieldChangeSchema = z.object({
    field: z.string().check(z.minLength(1)),
    before: z.json(),
    after: z.json()
  })

  const ChangeSchema = z.object({
    /**
     * `<subject>:<model id>` (`item:plan-1`, `stage:book`), `journey:<field>` (`journey:title`) or
     * `order:stages` / `order:lanes`. Unique within its list.
     */
    id: z.string().check(z.minLength(1)),
    subject: SyncSubjectSchema,
    /** The model id of the phase, stage, lane, item or link; the field name for journey fields. */
    targetId: z.string(),
    kind: ChangeKindSchema,
    source: ChangeSourceSchema,
    /** For display: an item's text (first line, shortened), a stage's or lane's name, "from → to" for a link. */
    label: z.string(),
    /**
     * For items: "Stage / Lane" where it ends up (or was, when removed), so a reader can find it.
     * Empty for other subjects.
     */
    place: z.string(),
    /**
     * In `changes`: `before` is what the board shows now, `after` what it shows after the sync.
     * In `boardEdits`: `before` is the base, `after` what people made of it.
     * `added` and `removed` list every field of the entity (with null on the missing side).
     */
    fields: z.array(FieldChangeSchema),
    /** For `source: 'resolution'`: the conflict whose resolution made this change. */
    conflictId: z.optional(z.string())
  })

  /** A field both sides changed differently: the three versions. */
  const ConflictFieldSchema = z.object({
    field: z.string().check(z.minLength(1)),
    base: z.json(),
    board: z.json(),
    data: z.json()
  })

  const ConflictSchema = z.object({
    /** Same scheme as a change's id; the key a resolution is given under. */
    id: z.string().check(z.minLength(1)),
    subject: SyncSubjectSchema,
    targetId: z.string(),
    kind: ConflictKindSchema,
    label: z.string(),
    place: z.string(),
    fields: z.array(ConflictFieldSchema),
    /** The resolutions that mean something different here (see ResolutionSchema for the others). */
    choices: z.array(ResolutionSchema),
    /** The resolution applied; absent while unresolved (the board's version is shown meanwhile). */
    resolution: z.optional(ResolutionSchema)
  })

  /**
   * Something the data removed that the board keeps because people worked on it. An item is kept
   * with a "Removed from data" label pinned to its sticky (`marked`), so nobody mistakes it for data;
   * deleting the label by hand (or the sticky) settles it. A stage or lane is kept while items kept
   * on the board still sit in it, a stage also while its section holds a section people drew.
   * Resolving an item's kept removal with `data` removes it after all.
   */
  const KeptRemovalSchema = z.object({
    id: z.string().check(z.minLength(1)),
    subject: z.enum(['phase', 'stage', 'lane', 'item', 'link']),
    targetId: z.string(),
    label: z.string(),
    place: z.string(),
    reasons: z.array(KeptRemovalReasonSchema).check(z.minLength(1)),
    marked: z.boolean(),
    resolution: z.optional(ResolutionSchema)
  })

  const namesById = z.record(z.string(), z.string())

  /**
   * The names of the stages, lanes, phases, activity types and personas the three journeys hold, by
   * id: fields such as `stageId` or an order hold ids, and people read names.
   */
  const ChangeNamesSchema = z.object({
    stage: namesById,
    lane: namesById,
    phase: namesById,
    activity: namesById,
    persona: namesById
  })

  return z.object({
    version: z.literal(CHANGE_SET_VERSION),
    /** The id of the journey the board shows, and of the new data. */
    boardJourneyId: z.string(),
    dataJourneyId: z.string(),
    /** False when no base took part: then nothing counts as a board edit. */
    threeWay: z.boolean(),
    /** Everything the sync changes on the board, in the order journey, phases, stages, lanes, items, links. */
    changes: z.array(ChangeSchema),
    /** People's edits the data did not touch: the sync keeps them as they are. */
    boardEdits: z.array(ChangeSchema),
    /** Both sides changed the same thing differently; the sync needs a resolution for each. */
    conflicts: z.array(ConflictSchema),
    /** Removed from the data but kept on the board, by default. */
    keptRemovals: z.array(KeptRemovalSchema),
    /** Names for the ids in the fields above (the data's name where the journeys differ). */
    names: z.optional(ChangeNamesSchema)
  })
})

export type SyncSubject = z.output<typeof SyncSubjectSchema>
export type Resolution = z.output<typeof ResolutionSchema>
export type Resolutions = z.output<typeof ResolutionsSchema>
export type ChangeSource = z.output<typeof ChangeSourceSchema>
export type ChangeKind = z.output<typeof ChangeKindSchema>
export type ConflictKind = z.output<typeof ConflictKindSchema>
export type KeptRemovalReason = z.output<typeof KeptRemovalReasonSchema>
export type ChangeSet = z.output<typeof ChangeSetSchema>
export type Change = ChangeSet['changes'][number]
export type FieldChange = Change['fields'][number]
export type Conflict = ChangeSet['conflicts'][number]
export type ConflictField = Conflict['fields'][number]
export type KeptRemoval = ChangeSet['keptRemovals'][number]
export type ChangeNames = NonNullable<ChangeSet['names']>
export type JsonValue = z.output<ReturnType<typeof z.json>>
