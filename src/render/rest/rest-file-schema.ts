import * as z from 'zod/mini'

/**
 * The subset of a Figma REST `GET /v1/files/:key` response the renderer reads. Objects are loose:
 * the API keeps adding fields, and enum-like fields are plain strings so a new shape type or cap
 * from Figma degrades to a default drawing instead of rejecting the whole board.
 */

const finite = z.number()

export const RestRectangleSchema = z.looseObject({
  x: finite,
  y: finite,
  width: finite.check(z.gte(0, 'must be 0 or more')),
  height: finite.check(z.gte(0, 'must be 0 or more'))
})

export const RestColorSchema = z.looseObject({
  r: finite,
  g: finite,
  b: finite,
  a: z.optional(finite)
})

export const RestPaintSchema = z.looseObject({
  type: z.string(),
  visible: z.optional(z.boolean()),
  opacity: z.optional(finite),
  color: z.optional(RestColorSchema)
})

export const RestVectorSchema = z.looseObject({ x: finite, y: finite })

export const RestConnectorEndpointSchema = z.looseObject({
    endpointNodeId: z.optional(z.string()),
    magnet: z.optional(z.string()),
    position: z.optional(RestVectorSchema)
  }).check(z.refine((end) => end.endpointNodeId !== undefined || end.position !== undefined, {
    message: 'needs "endpointNodeId" or "position"'
  }))

export const RestTypeStyleSchema = z.looseObject({
  fontFamily: z.optional(z.string()),
  fontWeight: z.optional(finite),
  fontSize: z.optional(finite.check(z.positive('must be more than 0'))),
  textAlignHorizontal: z.optional(z.string()),
  textAlignVertical: z.optional(z.string()),
  textAutoResize: z.optional(z.string()),
  lineHeightPx: z.optional(finite)
})

export const RestTextBackgroundSchema = z.looseObject({
  cornerRadius: z.optional(finite),
  fills: z.optional(z.array(RestPaintSchema))
})


/**
 * Any node under a canvas. Children nest (sections, groups, tables) with absolute boxes. Checks
 * that depend on `type` (a connector's two ends) run after parsing, in `parseRestFile`, because a
 * refinement here would break the recursive type.
 */
export const RestNodeSchema = z.looseObject({
  id: z.string(),
  name: z.optional(z.string()),
  type: z.string(),
  visible: z.optional(z.boolean()),
  absoluteBoundingBox: z.optional(z.nullable(RestRectangleSchema)),
  fills: z.optional(z.array(RestPaintSchema)),
  strokes: z.optional(z.array(RestPaintSchema)),
  strokeWeight: z.optional(finite.check(z.gte(0, 'must be 0 or more'))),
  strokeDashes: z.optional(z.array(finite)),
  cornerRadius: z.optional(finite),
  characters: z.optional(z.string()),
  style: z.optional(RestTypeStyleSchema),
  shapeType: z.optional(z.string()),
  sectionContentsHidden: z.optional(z.boolean()),
  connectorStart: z.optional(RestConnectorEndpointSchema),
  connectorEnd: z.optional(RestConnectorEndpointSchema),
  connectorStartStrokeCap: z.optional(z.string()),
  connectorEndStrokeCap: z.optional(z.string()),
  connectorLineType: z.optional(z.string()),
  textBackground: z.optional(RestTextBackgroundSchema),
  get children(): z.ZodMiniOptional<z.ZodMiniArray<typeof RestNodeSchema>> {
    return z.optional(z.array(RestNodeSchema))
  }
})

export const RestCanvasSchema = z.looseObject({
  id: z.optional(z.string()),
  name: z.optional(z.string()),
  type: z.literal('CANVAS'),
  backgroundColor: z.optional(RestColorSchema),
  children: z.array(RestNodeSchema)
})

export const RestFileSchema = z.looseObject({
  name: z.optional(z.string()),
  editorType: z.optional(z.string()),
  document: z.looseObject({
    type: z.literal('DOCUMENT'),
    children: z.array(RestCanvasSchema)
  })
})

export type RestRectangle = z.output<typeof RestRectangleSchema>
export type RestColor = z.output<typeof RestColorSchema>
export type RestPaint = z.output<typeof RestPaintSchema>
export type RestConnectorEndpoint = z.output<typeof RestConnectorEndpointSchema>
export type RestTypeStyle = z.output<typeof RestTypeStyleSchema>
export type RestNode = z.output<typeof RestNodeSchema>
export type RestCanvas = z.output<typeof RestCanvasSchema>
export type RestFile = z.output<typeof RestFileSchema>
