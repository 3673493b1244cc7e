import * as z from 'zod'

/**
 * The subset of a Figma REST `GET /v1/files/:key` response the renderer reads. Objects are loose:
 * the API keeps adding fields, and enum-like fields are plain strings so a new shape type or cap
 * from Figma degrades to a default drawing instead of rejecting the whole board.
 */

const finite = z.number()

export const RestRectangleSchema = z.looseObject({
  x: finite,
  y: finite,
  width: finite.min(0, 'must be 0 or more'),
  height: finite.min(0, 'must be 0 or more')
})

export const RestColorSchema = z.looseObject({
  r: finite,
  g: finite,
  b: finite,
  a: finite.optional()
})

export const RestPaintSchema = z.looseObject({
  type: z.string(),
  visible: z.boolean().optional(),
  opacity: finite.optional(),
  color: RestColorSchema.optional()
})

export const RestVectorSchema = z.looseObject({ x: finite, y: finite })

export const RestConnectorEndpointSchema = z
  .looseObject({
    endpointNodeId: z.string().optional(),
    magnet: z.string().optional(),
    position: RestVectorSchema.optional()
  })
  .refine((end) => end.endpointNodeId !== undefined || end.position !== undefined, {
    message: 'needs "endpointNodeId" or "position"'
  })

export const RestTypeStyleSchema = z.looseObject({
  fontFamily: z.string().optional(),
  fontWeight: finite.optional(),
  fontSize: finite.positive('must be more than 0').optional(),
  textAlignHorizontal: z.string().optional(),
  textAlignVertical: z.string().optional(),
  textAutoResize: z.string().optional(),
  lineHeightPx: finite.optional()
})

export const RestTextBackgroundSchema = z.looseObject({
  cornerRadius: finite.optional(),
  fills: z.array(RestPaintSchema).optional()
})


/**
 * Any node under a canvas. Children nest (sections, groups, tables) with absolute boxes. Checks
 * that depend on `type` (a connector's two ends) run after parsing, in `parseRestFile`, because a
 * refinement here would break the recursive type.
 */
export const RestNodeSchema = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  type: z.string(),
  visible: z.boolean().optional(),
  absoluteBoundingBox: RestRectangleSchema.nullable().optional(),
  fills: z.array(RestPaintSchema).optional(),
  strokes: z.array(RestPaintSchema).optional(),
  strokeWeight: finite.min(0, 'must be 0 or more').optional(),
  strokeDashes: z.array(finite).optional(),
  cornerRadius: finite.optional(),
  characters: z.string().optional(),
  style: RestTypeStyleSchema.optional(),
  shapeType: z.string().optional(),
  sectionContentsHidden: z.boolean().optional(),
  connectorStart: RestConnectorEndpointSchema.optional(),
  connectorEnd: RestConnectorEndpointSchema.optional(),
  connectorStartStrokeCap: z.string().optional(),
  connectorEndStrokeCap: z.string().optional(),
  connectorLineType: z.string().optional(),
  textBackground: RestTextBackgroundSchema.optional(),
  get children(): z.ZodOptional<z.ZodArray<typeof RestNodeSchema>> {
    return z.array(RestNodeSchema).optional()
  }
})

export const RestCanvasSchema = z.looseObject({
  id: z.string().optional(),
  name: z.string().optional(),
  type: z.literal('CANVAS'),
  backgroundColor: RestColorSchema.optional(),
  children: z.array(RestNodeSchema)
})

export const RestFileSchema = z.looseObject({
  name: z.string().optional(),
  editorType: z.string().optional(),
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
