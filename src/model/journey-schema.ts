import * as z from 'zod/mini'

import { DEFAULT_EMOTION_SCALE } from './default-emotion-scale'
import { DEFAULT_EVIDENCE_LEVELS } from './default-evidence-levels'
import { extensibleObject } from './extension-fields'
import { checkWords, customIssue, refinementIssue } from './carried-problem'
import type { ModelProblemCode, ProblemParams } from './problem'
import { ID_PATTERN, LANGUAGE_TAG_PATTERN, NOT_BLANK_PATTERN } from './text-patterns'
import './zod-error-words'

/**
 * The journey model: the single source of truth for what a journey map holds.
 * Every other shape in the project (the file format, messages, the board plan) refers to these
 * schemas; the TypeScript types are inferred from them, never written by hand.
 */

const id = z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(120, checkWords('at-most-characters', { n: 120 })), z.regex(ID_PATTERN, checkWords('id-characters')))

/**
 * An item's text. FigJam documents no limit on a sticky's text; this one is far above what people
 * write on a sticky and keeps hostile files bounded. The reader keeps any sticky up to it whole.
 */
export const MAX_ITEM_TEXT_LENGTH = 100_000
/** A name (title, stage, lane, phase, persona, activity type): FigJam documents no limit on section names or labels either. */
export const MAX_NAME_LENGTH = 5_000

/**
 * The one normalisation a journey gets, at the door: names and other short labels are trimmed
 * (white space as JavaScript's `trim` and JSON Schema's `\s` define it, no-break spaces included).
 * The length limit counts the text as written and it must hold something besides white space, so
 * the published JSON Schema (`maxLength`, `pattern: "\\S"`) accepts exactly what validation
 * accepts. Every other text is kept exactly as written.
 */
function trimmed(max: number) {
  return z.string().check(z.maxLength(max, checkWords('at-most-characters', { n: max })), z.regex(NOT_BLANK_PATTERN, checkWords('not-empty')), z.trim())
}

const text = z.string().check(z.maxLength(MAX_ITEM_TEXT_LENGTH, checkWords('at-most-characters', { n: MAX_ITEM_TEXT_LENGTH })))
const name = trimmed(MAX_NAME_LENGTH)
const words = z._default(z.array(z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(1000))), [])

/** The FigJam sticky palette by name; the hex values live with the layout. */
export const StickyColorSchema = z.enum([
  'white',
  'gray',
  'green',
  'teal',
  'blue',
  'violet',
  'pink',
  'red',
  'orange',
  'yellow'
])

/**
 * Lane (row) kinds. The journey-map rows come first, then the actor swimlanes of workshop maps,
 * then the five rows of a service blueprint.
 */
export const LaneKindSchema = z.enum([
  'actions',
  'thoughts',
  'emotion',
  'needs',
  'pains',
  'touchpoints',
  'delights',
  'opportunities',
  'action-plan',
  'quotes',
  'notes',
  'actor',
  'customer-actions',
  'frontstage',
  'backstage',
  'support-processes',
  'physical-evidence'
])

export const ActorKindSchema = z.enum(['customer', 'person', 'department', 'partner'])

export const ChannelSchema = z.enum([
  'web',
  'app',
  'phone',
  'email',
  'sms',
  'chat',
  'store',
  'in-person',
  'ad',
  'social',
  'reviews',
  'mail',
  'other'
])

export const DeviceSchema = z.enum(['desktop', 'mobile', 'tablet', 'kiosk', 'paper', 'none', 'other'])

export const PersonaSchema = extensibleObject({
  id,
  name,
  role: z._default(z.string().check(z.maxLength(500)), ''),
  age: z.optional(z.int('must be a whole number').check(z.gte(0, 'must be 0 or more'), z.lte(150, 'must be 150 or less'))),
  description: z._default(z.string().check(z.maxLength(2000)), ''),
  goals: words,
  needs: words,
  expectations: words,
  frustrations: words,
  ambitions: words,
  hobbies: words,
  channels: z._default(z.array(ChannelSchema), []),
  quote: z._default(z.string().check(z.maxLength(1000)), ''),
  /** This persona's own version of the journey's goal; it becomes the scenario when picked. */
  scenario: z.optional(z.string().check(z.maxLength(2000)))
})

export const PhaseSchema = extensibleObject({ id, name })

export const StageSchema = extensibleObject({
  id,
  name,
  phaseId: z.optional(id),
  description: z._default(z.string().check(z.maxLength(2000)), '')
})

export const LaneSchema = extensibleObject({
  id,
  name,
  kind: LaneKindSchema,
  /** For `actor` lanes: who the lane belongs to. */
  actor: z.optional(ActorKindSchema)
})

export const ActivityTypeSchema = extensibleObject({
  id,
  name,
  color: StickyColorSchema
})

export const FlagSchema = z.enum(['green', 'red'])

/**
 * How a board read without plugin data put an item in its stage or lane: the stage section it is in,
 * the column or row header it lines up with, the table cell it is in, the legend entry of its colour,
 * the label nearest to it, or the only stage or lane there is.
 */
export const PlacementSchema = z.enum(['section', 'grid-header', 'table-cell', 'colour-legend', 'nearest-label', 'only-one'])

/** Where an item read from a hand-made board came from, and how sure the reading is. */
export const ItemProvenanceSchema = extensibleObject({
  /** The board node the item was read from. */
  nodeId: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(200)),
  stage: PlacementSchema,
  lane: PlacementSchema,
  /** 0 (a guess) to 1 (certain). */
  confidence: z.number().check(z.gte(0, 'must be 0 or more'), z.lte(1, 'must be 1 or less')),
  /** Why the placement is uncertain, when it is. */
  note: z.optional(z.string().check(z.maxLength(1000))),
  /**
   * For an item read from a FigJam table: its cell, counted from 0 as TableCellNode's `rowIndex`
   * and `columnIndex`. `nodeId` is then the table's, because a cell has no id in the Plugin API
   * (TableCellNode is no BaseNode: it has `rowIndex`, `columnIndex`, `text`, `fills` and no `id`
   * [T]); the REST API's TABLE_CELL ids are not used, so a board reads the same live and exported.
   */
  cell: z.optional(extensibleObject({ row: z.int('must be a whole number').check(z.gte(0, 'must be 0 or more')), column: z.int('must be a whole number').check(z.gte(0, 'must be 0 or more')) }))
})

/** Dot votes on an item: FigJam stamps or emoji on its sticky, counted per kind ("thumbs-up", "heart", "⭐"). */
export const VotesSchema = extensibleObject({
  count: z.int('must be a whole number').check(z.gte(1, 'must be 1 or more')),
  kinds: z.array(extensibleObject({ kind: trimmed(100), count: z.int('must be a whole number').check(z.gte(1, 'must be 1 or more')) })).check(z.minLength(1, checkWords('needs-vote-kind')))
})

/**
 * Colours of marks the board draws with FigJam's saturated swatches (connector strokes and the
 * coordinated shape fills): emotion curves and evidence markers. Names, not hex: the hex values
 * live with the layout.
 */
export const MarkColorSchema = z.enum(['black', 'gray', 'green', 'teal', 'blue', 'violet', 'pink', 'red', 'orange', 'yellow'])

/**
 * A step of the journey's evidence scale, weakest first: the first level is what "rests on
 * assumptions" means in reports. The colour is the level's marker on the board, so it must be
 * unique: a reader tells a recoloured marker's level by its colour.
 */
export const EvidenceLevelSchema = extensibleObject({
  id,
  name,
  color: MarkColorSchema,
  /** The letter or two the marker shows; the name's first letter when absent. */
  short: z.optional(trimmed(3))
})

const sourceRef = trimmed(500)

/** How well an item is backed by research, and by what. */
export const EvidenceSchema = extensibleObject({
  /** One of the journey's evidence levels. */
  level: id,
  /** Participant ids ("P3"). */
  participants: z._default(z.array(sourceRef), []),
  /** Interview, recording or quote references ("interview 4, 12:30"), or links. */
  sources: z._default(z.array(sourceRef), []),
  /** Items on this map that back this one, such as the quote behind a pain point. */
  itemIds: z._default(z.array(id), [])
})

/**
 * An emotion curve. Scored items of emotion lanes belong to one (their `curveId`, else the first
 * curve); every curve of a lane is drawn over the same band, so as-is and to-be, or one curve per
 * persona, can be compared point by point.
 */
export const EmotionCurveSchema = extensibleObject({
  id,
  name,
  color: MarkColorSchema,
  /** Which experience the curve shows: today's ("as is") or a designed one ("to be"). */
  state: z.optional(z.enum(['current', 'future'])),
  /** Whose experience it is, when the map compares personas. */
  personaId: z.optional(id)
})

export const ItemSchema = extensibleObject({
  id,
  stageId: id,
  laneId: id,
  text: z._default(text, ''),
  /** Emotion or satisfaction on the journey's emotion scale. */
  score: z.optional(z.number()),
  flag: z.optional(FlagSchema),
  momentOfTruth: z._default(z.boolean(), false),
  activityTypeId: z.optional(id),
  /** Touchpoints: where the contact happens. */
  channel: z.optional(ChannelSchema),
  device: z.optional(DeviceSchema),
  /** Action plan: who owns the task. */
  owner: z.optional(z.string().check(z.maxLength(200))),
  /** Votes people put on the item's sticky in a workshop. */
  votes: z.optional(VotesSchema),
  /** How the item was read from a board made by hand. */
  provenance: z.optional(ItemProvenanceSchema),
  /**
   * Who took part, by name, as written (a Mermaid task's people). Absent: the map does not say,
   * and exports name the persona; empty: nobody was named. A name may be empty, as in Mermaid.
   */
  people: z.optional(z.array(z.string().check(z.maxLength(500, checkWords('at-most-characters', { n: 500 })))).check(z.maxLength(1000, checkWords('at-most-people', { n: 1000 })))),
  /** For scored items: the emotion curve the score belongs to; the journey's first curve when absent. */
  curveId: z.optional(id),
  evidence: z.optional(EvidenceSchema)
})

export const LinkKindSchema = z.enum(['handover', 'interaction', 'referral', 'sequence'])

export const LinkSchema = extensibleObject({
  id,
  from: id,
  to: id,
  kind: z._default(LinkKindSchema, 'interaction'),
  label: z._default(z.string().check(z.maxLength(500)), '')
})

export const EmotionScaleSchema = extensibleObject({
    min: z.number(),
    max: z.number(),
    /** Whether emotion is scored once per stage or once per touchpoint. */
    per: z._default(z.enum(['stage', 'touchpoint']), 'stage')
  }).check(z.refine((s) => s.min < s.max, refinementIssue(['max'], 'scale-order')))

export const BlueprintLineKindSchema = z.enum(['interaction', 'visibility', 'internal-interaction'])

/** A service-blueprint line, drawn between the lane it follows and the next one. */
export const BlueprintLineSchema = extensibleObject({
  kind: BlueprintLineKindSchema,
  afterLaneId: id
})

export const JourneyStateSchema = z.enum(['current', 'future'])

export const JourneyBaseSchema = extensibleObject({
  id,
  title: name,
  /** What screen readers announce as the map's name when it is not the title (Mermaid's accTitle). */
  accessibleTitle: z.optional(z.string().check(z.maxLength(500, checkWords('at-most-characters', { n: 500 })))),
  scenario: z._default(z.string().check(z.maxLength(2000)), ''),
  /** Who the map is made for and why (the business context). */
  context: z._default(z.string().check(z.maxLength(4000)), ''),
  state: z._default(JourneyStateSchema, 'current'),
  locale: z._default(z.string().check(z.regex(LANGUAGE_TAG_PATTERN, checkWords('language-code'))), 'en'),
  personas: z.array(PersonaSchema).check(z.minLength(1, checkWords('needs-persona'))),
  /** The persona this map follows; the first one when absent. */
  personaId: z.optional(id),
  phases: z._default(z.array(PhaseSchema), []),
  stages: z.array(StageSchema).check(z.minLength(1, checkWords('needs-stage'))),
  lanes: z.array(LaneSchema).check(z.minLength(1, checkWords('needs-lane'))),
  activityTypes: z._default(z.array(ActivityTypeSchema), []),
  items: z._default(z.array(ItemSchema), []),
  links: z._default(z.array(LinkSchema), []),
  emotionScale: z._default(EmotionScaleSchema, { ...DEFAULT_EMOTION_SCALE }),
  blueprintLines: z._default(z.array(BlueprintLineSchema), []),
  /** The emotion curves, primary first; absent means one curve, as version 1 files had. */
  curves: z.optional(z.array(EmotionCurveSchema)),
  /** The evidence scale, weakest first; absent means DEFAULT_EVIDENCE_LEVELS. */
  evidenceLevels: z.optional(z.array(EvidenceLevelSchema).check(z.minLength(1, checkWords('needs-level'))))
})

type JourneyBase = z.output<typeof JourneyBaseSchema>

type Issue = (path: (string | number)[], code: ModelProblemCode, params?: ProblemParams) => void

/** The ids of a collection's entries, each one met again reported as a duplicate. */
function uniqueIds(j: JourneyBase, key: 'personas' | 'phases' | 'stages' | 'lanes' | 'activityTypes' | 'items' | 'links' | 'curves' | 'evidenceLevels', issue: Issue): Set<string> {
  const seen = new Set<string>()
  // A collection whose field is wrong may be missing here: it has no ids.
  const entries: readonly { id: string }[] = j[key] ?? []
  for (let index = 0; index < entries.length; index += 1) {
    const { id } = entries[index]!
    if (seen.has(id)) issue([key, index, 'id'], 'duplicate-id', { id })
    seen.add(id)
  }
  return seen
}

/**
 * Cross-field rules zod cannot express per field: unique ids, references that resolve, ranges.
 * `knownItemIds`, when given, are the items' ids, each once (see crossFieldIssues). Loops and module-level functions, not callbacks made on every call: a callback's optimised code
 * lives only as long as the callback, so after a full collection a big journey's check would be
 * compiled again (see keepShape).
 */
function checkJourney(j: JourneyBase, ctx: z.core.$RefinementCtx<JourneyBase>, knownItemIds?: ReadonlySet<string> | ReadonlyMap<string, unknown>): void {
  const issue: Issue = (path, code, params = {}) => {
    ctx.addIssue({ code: 'custom', ...customIssue(path, code, params) })
  }
  const personaIds = uniqueIds(j, 'personas', issue)
  const phaseIds = uniqueIds(j, 'phases', issue)
  const stageIds = uniqueIds(j, 'stages', issue)
  const laneIds = uniqueIds(j, 'lanes', issue)
  const activityIds = uniqueIds(j, 'activityTypes', issue)
  const itemIds = knownItemIds ?? uniqueIds(j, 'items', issue)
  uniqueIds(j, 'links', issue)
  const curveIds = uniqueIds(j, 'curves', issue)
  const levelIds = j.evidenceLevels === undefined ? new Set(DEFAULT_EVIDENCE_LEVELS.map((level) => level.id)) : uniqueIds(j, 'evidenceLevels', issue)
  const uniqueColors = (key: 'curves' | 'evidenceLevels', code: ModelProblemCode): void => {
    const seen = new Set<string>()
    ;(j[key] ?? []).forEach((entry, index) => {
      if (seen.has(entry.color)) issue([key, index, 'color'], code, { colour: entry.color })
      seen.add(entry.color)
    })
  }
  uniqueColors('curves', 'curve-colour-taken')
  uniqueColors('evidenceLevels', 'level-colour-taken')
  ;(j.curves ?? []).forEach((curve, index) => {
    if (curve.personaId !== undefined && !personaIds.has(curve.personaId)) issue(['curves', index, 'personaId'], 'no-persona', { id: curve.personaId })
  })

  if (j.personaId !== undefined && !personaIds.has(j.personaId)) {
    issue(['personaId'], 'no-persona', { id: j.personaId })
  }

  // A phase need not be contiguous: reordering stages in the panel may split one, and the board
  // then draws one band per run of stages.
  j.stages.forEach((stage, index) => {
    if (stage.phaseId !== undefined && !phaseIds.has(stage.phaseId)) {
      issue(['stages', index, 'phaseId'], 'no-phase', { id: stage.phaseId })
    }
  })

  let customerLanes = 0
  j.lanes.forEach((lane, index) => {
    if (lane.kind === 'actor' && lane.actor === undefined) {
      issue(['lanes', index, 'actor'], 'actor-missing')
    }
    if (lane.kind !== 'actor' && lane.actor !== undefined) {
      issue(['lanes', index, 'actor'], 'actor-not-allowed', { kind: lane.kind })
    }
    if (lane.actor === 'customer') customerLanes += 1
    if (customerLanes > 1 && lane.actor === 'customer') {
      issue(['lanes', index, 'actor'], 'second-customer-lane')
    }
  })

  const { min, max } = j.emotionScale
  for (let index = 0; index < j.items.length; index += 1) {
    const item = j.items[index]!
    if (!stageIds.has(item.stageId)) issue(['items', index, 'stageId'], 'no-stage', { id: item.stageId })
    if (!laneIds.has(item.laneId)) issue(['items', index, 'laneId'], 'no-lane', { id: item.laneId })
    if (item.activityTypeId !== undefined && !activityIds.has(item.activityTypeId)) {
      issue(['items', index, 'activityTypeId'], 'no-activity-type', { id: item.activityTypeId })
    }
    if (item.votes !== undefined) {
      const sum = item.votes.kinds.reduce((total, k) => total + k.count, 0)
      if (sum !== item.votes.count) issue(['items', index, 'votes', 'count'], 'votes-sum', { sum, count: item.votes.count })
    }
    // An invalid scale is reported once, on the scale, not again on every score.
    if (min < max && item.score !== undefined && (item.score < min || item.score > max)) {
      issue(['items', index, 'score'], 'score-outside-scale', { min, max, score: item.score })
    }
    if (item.curveId !== undefined && !curveIds.has(item.curveId)) {
      if (j.curves === undefined) issue(['items', index, 'curveId'], 'no-curves')
      else issue(['items', index, 'curveId'], 'no-curve', { id: item.curveId })
    }
    if (item.evidence !== undefined) {
      if (!levelIds.has(item.evidence.level)) {
        issue(['items', index, 'evidence', 'level'], 'no-level', { id: item.evidence.level, levels: [...levelIds] })
      }
      item.evidence.itemIds.forEach((backing, b) => {
        if (!itemIds.has(backing)) issue(['items', index, 'evidence', 'itemIds', b], 'no-item', { id: backing })
        if (backing === item.id) issue(['items', index, 'evidence', 'itemIds', b], 'own-evidence')
      })
    }
  }

  for (let index = 0; index < j.links.length; index += 1) {
    const link = j.links[index]!
    if (!itemIds.has(link.from)) issue(['links', index, 'from'], 'no-item', { id: link.from })
    if (!itemIds.has(link.to)) issue(['links', index, 'to'], 'no-item', { id: link.to })
    if (link.from === link.to) issue(['links', index, 'to'], 'link-to-itself')
  }

  j.blueprintLines.forEach((line, index) => {
    if (!laneIds.has(line.afterLaneId)) issue(['blueprintLines', index, 'afterLaneId'], 'no-lane', { id: line.afterLaneId })
  })
}

/** The collections the cross-checks walk: each absent or a list of objects. */
const CHECKED_COLLECTIONS = ['personas', 'phases', 'stages', 'lanes', 'activityTypes', 'items', 'links', 'curves', 'evidenceLevels', 'blueprintLines'] as const

/**
 * Whether the cross-checks can run although some field is wrong, so one run lists every problem
 * (a blank title and an item in a stage that does not exist): they can when every collection they
 * walk is a list of objects and the emotion scale, if any, is an object.
 */
function crossCheckable(payload: z.core.ParsePayload): boolean {
  const value = payload.value as Record<string, unknown> | null
  if (value === null || typeof value !== 'object') return false
  const isObject = (entry: unknown): boolean => entry !== null && typeof entry === 'object' && !Array.isArray(entry)
  const listsOfObjects = CHECKED_COLLECTIONS.every((key) => value[key] === undefined || (Array.isArray(value[key]) && (value[key] as unknown[]).every(isObject)))
  return listsOfObjects && (value.emotionScale === undefined || isObject(value.emotionScale))
}

/** The cross-checks of a journey whose fields may not all be right: a check that cannot run on them is left out. */
function checkJourneyAsFarAsPossible(j: JourneyBase, ctx: z.core.$RefinementCtx<JourneyBase>): void {
  try {
    checkJourney(j, ctx)
  } catch {
    // A field of the wrong type met a check that needs it; its own problem is already reported.
  }
}

export const JourneySchema = JourneyBaseSchema.check(z.superRefine(checkJourneyAsFarAsPossible, { when: crossCheckable }))

/**
 * The issues the cross-field rules find in a journey whose every field was checked already (one
 * made of a checked journey's parts and choices each parsed on their own): the rules JourneySchema
 * runs after its fields, without checking the fields again.
 * @param itemIds the items' ids, each exactly once, from an importer that indexed them as it read
 *   them and refused an id met twice: the rules look ids up there instead of indexing the items
 *   again (a second pass over thousands of ids scattered through memory), and do not look for
 *   duplicate item ids, which the importer has already refused.
 */
export function crossFieldIssues(journey: Journey, itemIds?: ReadonlySet<string> | ReadonlyMap<string, unknown>): z.core.$ZodIssue[] {
  const issues: z.core.$ZodIssue[] = []
  const ctx = { value: journey, issues, addIssue: (issue: object) => issues.push({ input: journey, ...issue } as z.core.$ZodIssue) }
  checkJourney(journey, ctx as unknown as z.core.$RefinementCtx<JourneyBase>, itemIds)
  return issues
}

export type Journey = z.output<typeof JourneySchema>
/** What a journey file may contain before defaults are filled in. */
export type JourneyInput = z.input<typeof JourneySchema>
export type Persona = z.output<typeof PersonaSchema>
export type Phase = z.output<typeof PhaseSchema>
export type Stage = z.output<typeof StageSchema>
export type Lane = z.output<typeof LaneSchema>
export type LaneKind = z.output<typeof LaneKindSchema>
export type ActorKind = z.output<typeof ActorKindSchema>
export type Item = z.output<typeof ItemSchema>
export type Link = z.output<typeof LinkSchema>
export type LinkKind = z.output<typeof LinkKindSchema>
export type ActivityType = z.output<typeof ActivityTypeSchema>
export type StickyColor = z.output<typeof StickyColorSchema>
export type Flag = z.output<typeof FlagSchema>
export type Placement = z.output<typeof PlacementSchema>
export type ItemProvenance = z.output<typeof ItemProvenanceSchema>
export type Votes = z.output<typeof VotesSchema>
export type Channel = z.output<typeof ChannelSchema>
export type Device = z.output<typeof DeviceSchema>
export type EmotionScale = z.output<typeof EmotionScaleSchema>
export type BlueprintLine = z.output<typeof BlueprintLineSchema>
export type MarkColor = z.output<typeof MarkColorSchema>
export type EvidenceLevel = z.output<typeof EvidenceLevelSchema>
export type Evidence = z.output<typeof EvidenceSchema>
export type EmotionCurve = z.output<typeof EmotionCurveSchema>
