import type * as Rest from '@figma/rest-api-spec'
import * as z from 'zod/mini'

/**
 * The parts of `GET /v1/files/:key` and `GET /v1/files/:key/nodes` JSON a board snapshot needs,
 * checked loosely: the REST API adds fields over time, and a reader should not fail on them.
 * Each node is checked on its own as the tree is walked, so a problem names its exact path.
 */

const color = z.object({ r: z.number(), g: z.number(), b: z.number() })
const paint = z.looseObject({ type: z.string(), visible: z.optional(z.boolean()), color: z.optional(color) })
const vector = z.object({ x: z.number(), y: z.number() }) satisfies z.ZodMiniType<Rest.Vector>
const rectangle = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number()
}) satisfies z.ZodMiniType<Rest.Rectangle>

const endpoint = z.looseObject({
  endpointNodeId: z.optional(z.string().check(z.minLength(1))),
  position: z.optional(vector),
  /** REST writes no NONE magnet: an end attached without one has a position, or had the NONE magnet. */
  magnet: z.optional(z.string())
})

/** Namespace (or plugin id) to key to value. */
const pluginData = z.record(z.string(), z.record(z.string(), z.string()))

export const RestBoardNodeSchema = z.looseObject({
  id: z.string().check(z.minLength(1, 'must not be empty')),
  type: z.string().check(z.minLength(1, 'must not be empty')),
  name: z._default(z.string(), ''),
  absoluteBoundingBox: z.optional(z.nullable(rectangle)),
  characters: z.optional(z.string()),
  fills: z.optional(z.array(paint)),
  strokes: z.optional(z.array(paint)),
  shapeType: z.optional(z.string()),
  connectorStart: z.optional(endpoint),
  connectorEnd: z.optional(endpoint),
  connectorStartStrokeCap: z.optional(z.string()),
  connectorEndStrokeCap: z.optional(z.string()),
  connectorLineType: z.optional(z.string()),
  sharedPluginData: z.optional(pluginData),
  children: z.optional(z.array(z.unknown()))
})

/** `GET /v1/files/:key`: the document and its pages (a FigJam file has one). */
export const RestFileResponseSchema = z.looseObject({
  document: z.looseObject({
    type: z.literal('DOCUMENT'),
    children: z.array(z.looseObject({ type: z.string(), children: z._default(z.array(z.unknown()), []) }))
  })
})

/** `GET /v1/files/:key/nodes?ids=...`: each asked-for node with its subtree, or null when it does not exist. */
export const RestNodesResponseSchema = z.looseObject({
  nodes: z.record(z.string(), z.nullable(z.looseObject({ document: z.unknown() })))
})

export type RestBoardNode = z.output<typeof RestBoardNodeSchema>
export type RestBoardEndpoint = z.output<typeof endpoint>
