import * as z from 'zod/mini'

import { CONNECTOR_LINE_TYPES, CONNECTOR_MAGNETS } from '../../geometry/connector-vocabulary'

/**
 * zod schemas for the REST JSON the emulator loads: the file's outer shape, then each node kind it
 * models. Objects are loose because the REST API adds fields over time; only what the emulator reads
 * is checked. Unknown node types are only checked for the fields every layer has.
 */

const unit = z.number().check(z.gte(0), z.lte(1))
const vector = z.object({ x: z.number(), y: z.number() })
const rectangle = z.object({ x: z.number(), y: z.number(), width: z.number().check(z.gte(0)), height: z.number().check(z.gte(0)) })
const entries = z.record(z.string(), z.record(z.string(), z.string()))

const paint = z.looseObject({
    type: z.string(),
    visible: z.optional(z.boolean()),
    opacity: z.optional(unit),
    blendMode: z.optional(z.string()),
    color: z.optional(z.object({ r: unit, g: unit, b: unit, a: z.optional(unit) }))
  }).check(z.refine((p) => p.type !== 'SOLID' || p.color !== undefined, { message: 'a SOLID paint needs a color', path: ['color'] }))

const paints = z._default(z.array(paint), [])

const layerFields = {
  id: z.string().check(z.minLength(1, 'must not be empty')),
  type: z.string().check(z.minLength(1, 'must not be empty')),
  name: z._default(z.string(), ''),
  visible: z._default(z.boolean(), true),
  locked: z._default(z.boolean(), false),
  pluginData: z.optional(entries),
  sharedPluginData: z.optional(entries)
}

const transformRow = z.tuple([z.number(), z.number(), z.number()])

/**
 * A turned node's transform and unturned size, as REST gives them with `geometry=paths`: the box
 * alone cannot say how big a turned node is.
 */
const placedFields = {
  ...layerFields,
  absoluteBoundingBox: rectangle,
  relativeTransform: z.optional(z.tuple([transformRow, transformRow])),
  size: z.optional(vector)
}

const strokeFields = {
  strokes: paints,
  strokeWeight: z.optional(z.number().check(z.gte(0))),
  strokeDashes: z.optional(z.array(z.number().check(z.gte(0))))
}

export const RestLayerSchema = z.looseObject({
  ...layerFields,
  absoluteBoundingBox: z.optional(z.nullable(rectangle)),
  children: z.optional(z.array(z.unknown()))
})

/** A sticky's, shape's or cell's font where it is not FigJam's default (RestSublayerStyle). */
const sublayerStyle = z.optional(z.looseObject({ fontFamily: z.string(), fontStyle: z.string() }))

export const RestStickySchema = z.looseObject({
  ...placedFields,
  characters: z.string(),
  style: sublayerStyle,
  fills: paints,
  authorVisible: z._default(z.boolean(), true)
})

export const RestShapeWithTextSchema = z.looseObject({
  ...placedFields,
  ...strokeFields,
  shapeType: z.string(),
  characters: z.string(),
  style: sublayerStyle,
  fills: paints
})

const endpoint = z.looseObject({
    endpointNodeId: z.optional(z.string().check(z.minLength(1))),
    position: z.optional(vector),
    magnet: z.optional(z.enum(CONNECTOR_MAGNETS))
  }).check(z.refine((e) => e.endpointNodeId !== undefined || e.position !== undefined, {
    message: 'an endpoint needs an endpointNodeId or a position'
  }))

export const RestConnectorSchema = z.looseObject({
  ...layerFields,
  ...strokeFields,
  absoluteBoundingBox: z.optional(z.nullable(rectangle)),
  characters: z._default(z.string(), ''),
  connectorStart: endpoint,
  connectorEnd: endpoint,
  connectorLineType: z._default(z.enum(CONNECTOR_LINE_TYPES), 'ELBOWED'),
  connectorStartStrokeCap: z._default(z.string(), 'NONE'),
  connectorEndStrokeCap: z._default(z.string(), 'NONE'),
  textBackground: z.optional(z.looseObject({ fills: paints }))
})

/** A table's cell: REST gives its box and text, but not its row or column (found from the boxes). */
export const RestTableCellSchema = z.looseObject({
  id: z.string().check(z.minLength(1, 'must not be empty')),
  type: z.literal('TABLE_CELL'),
  absoluteBoundingBox: rectangle,
  characters: z._default(z.string(), ''),
  style: sublayerStyle,
  fills: paints
})

export const RestTableSchema = z.looseObject({
  ...placedFields,
  fills: paints,
  children: z.array(z.unknown()).check(z.minLength(1, 'a table has at least one cell'))
})

export const RestSectionSchema = z.looseObject({
  ...placedFields,
  ...strokeFields,
  fills: paints,
  sectionContentsHidden: z._default(z.boolean(), false),
  children: z._default(z.array(z.unknown()), [])
})

export const RestFrameSchema = z.looseObject({
  ...placedFields,
  ...strokeFields,
  fills: paints,
  clipsContent: z._default(z.boolean(), true),
  children: z._default(z.array(z.unknown()), [])
})

/** A group: its box is its members' union, so only its children matter; Figma has no empty group. */
export const RestGroupSchema = z.looseObject({
  ...layerFields,
  children: z.array(z.unknown()).check(z.minLength(1, 'a group holds at least one node'))
})

export const RestTextSchema = z.looseObject({
  ...placedFields,
  characters: z.string(),
  fills: paints,
  style: z._default(z.looseObject({
      fontFamily: z.optional(z.string()),
      fontStyle: z.optional(z.string()),
      fontSize: z.optional(z.number().check(z.positive())),
      textAutoResize: z.optional(z.enum(['NONE', 'WIDTH_AND_HEIGHT', 'HEIGHT', 'TRUNCATE'])),
      textAlignHorizontal: z.optional(z.enum(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFIED'])),
      textAlignVertical: z.optional(z.enum(['TOP', 'CENTER', 'BOTTOM']))
    }), {})
})

const container = {
  id: z.string().check(z.minLength(1, 'must not be empty')),
  name: z._default(z.string(), ''),
  pluginData: z.optional(entries),
  sharedPluginData: z.optional(entries)
}

/** The outer shape: a FigJam file whose document holds at least one page (the first is loaded). */
export const RestFileSchema = z.looseObject({
  name: z.optional(z.string()),
  editorType: z.optional(z.literal('figjam')),
  document: z.looseObject({
    ...container,
    type: z.literal('DOCUMENT'),
    children: z.array(z.looseObject({ ...container, type: z.literal('CANVAS'), children: z.array(z.unknown()) })).check(z.minLength(1, 'must hold at least one page'))
  })
})

export type RestFileInput = z.output<typeof RestFileSchema>
export type RestLayerInput = z.output<typeof RestLayerSchema>
export type RestPaintInput = z.output<typeof paint>
export type RestEndpointInput = z.output<typeof endpoint>
