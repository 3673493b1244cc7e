import type * as Rest from '@figma/rest-api-spec'
import * as z from 'zod'

/**
 * The parts of `GET /v1/files/:key` and `GET /v1/files/:key/nodes` JSON a board snapshot needs,
 * checked loosely: the REST API adds fields over time, and a reader should not fail on them.
 * Each node is checked on its own as the tree is walked, so a problem names its exact path.
 */

const color = z.object({ r: z.number(), g: z.number(), b: z.number() })
const paint = z.looseObject({ type: z.string(), visible: z.boolean().optional(), color: color.optional() })
const vector = z.object({ x: z.number().finite(), y: z.number().finite() }) satisfies z.ZodType<Rest.Vector>
const rectangle = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite(),
  height: z.number().finite()
}) satisfies z.ZodType<Rest.Rectangle>

const endpoint = z.looseObject({
  endpointNodeId: z.string().min(1).optional(),
  position: vector.optional()
})

/** Namespace (or plugin id) to key to value. */
const pluginData = z.record(z.string(), z.record(z.string(), z.string()))

export const RestBoardNodeSchema = z.looseObject({
  id: z.string().min(1, 'must not be empty'),
  type: z.string().min(1, 'must not be empty'),
  name: z.string().default(''),
  absoluteBoundingBox: rectangle.nullable().optional(),
  characters: z.string().optional(),
  fills: z.array(paint).optional(),
  strokes: z.array(paint).optional(),
  shapeType: z.string().optional(),
  connectorStart: endpoint.optional(),
  connectorEnd: endpoint.optional(),
  connectorStartStrokeCap: z.string().optional(),
  connectorEndStrokeCap: z.string().optional(),
  sharedPluginData: pluginData.optional(),
  children: z.array(z.unknown()).optional()
})

/** `GET /v1/files/:key`: the document and its pages (a FigJam file has one). */
export const RestFileResponseSchema = z.looseObject({
  document: z.looseObject({
    type: z.literal('DOCUMENT'),
    children: z.array(z.looseObject({ type: z.string(), children: z.array(z.unknown()).default([]) }))
  })
})

/** `GET /v1/files/:key/nodes?ids=...`: each asked-for node with its subtree, or null when it does not exist. */
export const RestNodesResponseSchema = z.looseObject({
  nodes: z.record(z.string(), z.looseObject({ document: z.unknown() }).nullable())
})

export type RestBoardNode = z.output<typeof RestBoardNodeSchema>
export type RestBoardEndpoint = z.output<typeof endpoint>
