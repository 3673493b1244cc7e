import * as z from 'zod/mini'

/**
 * What a board node stands for. The same tag travels in the plan and, as shared plugin data, on the
 * node FigJam creates, so a reader can tell a persona card from a sticky without guessing by position.
 */
export const PlanRoleSchema = z.enum([
  'board',
  'header',
  'persona',
  'legend',
  'phase',
  'stage',
  'lane-label',
  'item',
  'flag-marker',
  'evidence-marker',
  'emotion-point',
  'emotion-line',
  'score-badge',
  'link',
  'blueprint-line',
  'cell-hint'
])

/** Which piece of a role that needs several nodes (a header has a title, a scenario, a state label...). */
export const PlanPartSchema = z.enum([
  'title',
  'scenario',
  'context',
  'state',
  'card',
  'text',
  'description',
  'swatch',
  'label',
  'line',
  'red-flag',
  'green-flag',
  'moment-of-truth'
])

/** What a legend entry explains, so a reader can map a colour back to its meaning. */
export const LegendSubjectSchema = z.enum(['lane', 'activity-type', 'marker', 'emotion', 'link-kind', 'curve', 'evidence'])

const modelId = z.string().check(z.minLength(1))

export const PlanTagSchema = z.object({
  role: PlanRoleSchema,
  part: z.optional(PlanPartSchema),
  journeyId: z.optional(modelId),
  personaId: z.optional(modelId),
  phaseId: z.optional(modelId),
  stageId: z.optional(modelId),
  laneId: z.optional(modelId),
  itemId: z.optional(modelId),
  linkId: z.optional(modelId),
  activityTypeId: z.optional(modelId),
  /** For emotion lines: the item the line ends at (itemId is where it starts). */
  toItemId: z.optional(modelId),
  /** Blueprint line kind, link kind, emotion sign, marker name, curve id or evidence level id, depending on the role. */
  variant: z.optional(z.string().check(z.minLength(1))),
  legendSubject: z.optional(LegendSubjectSchema)
})

export type PlanRole = z.output<typeof PlanRoleSchema>
export type PlanPart = z.output<typeof PlanPartSchema>
export type LegendSubject = z.output<typeof LegendSubjectSchema>
export type PlanTag = z.output<typeof PlanTagSchema>
