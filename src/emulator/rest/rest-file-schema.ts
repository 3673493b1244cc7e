import * as z from 'zod'

/**
 * zod schemas for the REST JSON the emulator loads: the file's outer shape, then each node kind it
 * models. Objects are loose because the REST API adds fields over time; only what the emulator reads
 * is checked. Unknown node types are only checked for the fields every layer has.
 */

const unit = z.number().min(0).max(1)
const vector = z.object({ x: z.number(), y: z.number() })
const rectangle = z.object({ x: z.number(), y: z.number(), width: z.number().min(0), height: z.number().min(0) })
const entries = z.record(z.string(), z.record(z.string(), z.string()))

const paint = z
  .looseObject({
    type: z.string(),
    visible: z.boolean().optional(),
    opacity: unit.optional(),
    blendMode: z.string().optional(),
    color: z.object({ r: unit, g: unit, b: unit, a: unit.optional() }).optional()
  })
  .refine((p) => p.type !== 'SOLID' || p.color !== undefined, { message: 'a SOLID paint needs a color', path: ['color'] })

const paints = z.array(paint).default([])

const layerFields = {
  id: z.string().min(1, 'must not be empty'),
  type: z.string().min(1, 'must not be empty'),
  name: z.string().default(''),
  visible: z.boolean().default(true),
  locked: z.boolean().default(false),
  pluginData: entries.optional(),
  sharedPluginData: entries.optional()
}

const transformRow = z.tuple([z.number(), z.number(), z.number()])

/**
 * A turned node's transform and unturned size, as REST gives them with `geometry=paths`: the box
 * alone cannot say how big a turned node is.
 */
const placedFields = {
  ...layerFields,
  absoluteBoundingBox: rectangle,
  relativeTransform: z.tuple([transformRow, transformRow]).optional(),
  size: vector.optional()
}

const strokeFields = {
  strokes: paints,
  strokeWeight: z.number().min(0).optional(),
  strokeDashes: z.array(z.number().min(0)).optional()
}

export const RestLayerSchema = z.looseObject({
  ...layerFields,
  absoluteBoundingBox: rectangle.nullable().optional(),
  children: z.array(z.unknown()).optional()
})

export const RestStickySchema = z.looseObject({
  ...placedFields,
  characters: z.string(),
  fills: paints,
  authorVisible: z.boolean().default(true)
})

export const RestShapeWithTextSchema = z.looseObject({
  ...placedFields,
  ...strokeFields,
  shapeType: z.string(),
  characters: z.string(),
  fills: paints
})

const endpoint = z
  .looseObject({
    endpointNodeId: z.string().min(1).optional(),
    position: vector.optional(),
    magnet: z.enum(['AUTO', 'TOP', 'BOTTOM', 'LEFT', 'RIGHT', 'CENTER']).optional()
  })
  .refine((e) => e.endpointNodeId !== undefined || e.position !== undefined, {
    message: 'an endpoint needs an endpointNodeId or a position'
  })

export const RestConnectorSchema = z.looseObject({
  ...layerFields,
  ...strokeFields,
  absoluteBoundingBox: rectangle.nullable().optional(),
  characters: z.string().default(''),
  connectorStart: endpoint,
  connectorEnd: endpoint,
  connectorLineType: z.enum(['ELBOWED', 'STRAIGHT', 'CURVED']).default('ELBOWED'),
  connectorStartStrokeCap: z.string().default('NONE'),
  connectorEndStrokeCap: z.string().default('NONE'),
  textBackground: z.looseObject({ fills: paints }).optional()
})

/** A table's cell: REST gives its box and text, but not its row or column (found from the boxes). */
export const RestTableCellSchema = z.looseObject({
  id: z.string().min(1, 'must not be empty'),
  type: z.literal('TABLE_CELL'),
  absoluteBoundingBox: rectangle,
  characters: z.string().default(''),
  fills: paints
})

export const RestTableSchema = z.looseObject({
  ...placedFields,
  fills: paints,
  children: z.array(z.unknown()).min(1, 'a table has at least one cell')
})

export const RestSectionSchema = z.looseObject({
  ...placedFields,
  ...strokeFields,
  fills: paints,
  sectionContentsHidden: z.boolean().default(false),
  children: z.array(z.unknown()).default([])
})

export const RestFrameSchema = z.looseObject({
  ...placedFields,
  ...strokeFields,
  fills: paints,
  clipsContent: z.boolean().default(true),
  children: z.array(z.unknown()).default([])
})

/** A group: its box is its members' union, so only its children matter; Figma has no empty group. */
export const RestGroupSchema = z.looseObject({
  ...layerFields,
  children: z.array(z.unknown()).min(1, 'a group holds at least one node')
})

export const RestTextSchema = z.looseObject({
  ...placedFields,
  characters: z.string(),
  fills: paints,
  style: z
    .looseObject({
      fontFamily: z.string().optional(),
      fontStyle: z.string().optional(),
      fontSize: z.number().positive().optional(),
      textAutoResize: z.enum(['NONE', 'WIDTH_AND_HEIGHT', 'HEIGHT', 'TRUNCATE']).optional(),
      textAlignHorizontal: z.enum(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFIED']).optional(),
      textAlignVertical: z.enum(['TOP', 'CENTER', 'BOTTOM']).optional()
    })
    .default({})
})

const container = {
  id: z.string().min(1, 'must not be empty'),
  name: z.string().default(''),
  pluginData: entries.optional(),
  sharedPluginData: entries.optional()
}

/** The outer shape: a FigJam file whose document holds at least one page (the first is loaded). */
export const RestFileSchema = z.looseObject({
  name: z.string().optional(),
  editorType: z.literal('figjam').optional(),
  document: z.looseObject({
    ...container,
    type: z.literal('DOCUMENT'),
    children: z
      .array(z.looseObject({ ...container, type: z.literal('CANVAS'), children: z.array(z.unknown()) }))
      .min(1, 'must hold at least one page')
  })
})

export type RestFileInput = z.output<typeof RestFileSchema>
export type RestLayerInput = z.output<typeof RestLayerSchema>
export type RestPaintInput = z.output<typeof paint>
export type RestEndpointInput = z.output<typeof endpoint>
