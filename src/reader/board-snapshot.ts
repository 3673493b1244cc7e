import * as z from 'zod/mini'

import { CONNECTOR_LINE_TYPES, CONNECTOR_MAGNETS } from '../geometry/connector-vocabulary'

/**
 * A board as plain data, whichever way it was read: live through the Plugin API or from a REST file.
 * Both producers flatten the node tree into one list (parents before children, in the document's
 * back-to-front order) and normalise what the two APIs spell differently, so readBoard sees one shape.
 */

/**
 * Nodes whose children are part of the board: sections, groups and frames, and a table's cells
 * (TABLE_CELL nodes: REST lists them as the table's children, live they come from `cellAt`). A
 * widget's or a stamp's insides are not.
 */
export const SNAPSHOT_CONTAINER_TYPES: ReadonlySet<string> = new Set(['SECTION', 'GROUP', 'FRAME', 'TABLE'])

/**
 * Nodes whose name a reader uses (and so reads): containers, where FigJam shows it, and stamps,
 * whose name says which stamp it is ("Thumbs up", "Heart").
 */
export const SNAPSHOT_NAMED_TYPES: ReadonlySet<string> = new Set([...SNAPSHOT_CONTAINER_TYPES, 'STAMP'])

/** Wider than this, a sticky is a wide one (FigJam makes them 240 or 416 wide). */
export const WIDE_STICKY_MIN_WIDTH = 300

export const SnapshotBoxSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().check(z.gte(0)),
  height: z.number().check(z.gte(0))
})

export const SnapshotPointSchema = z.object({ x: z.number(), y: z.number() })

/** The magnets an attached connector end names (REST writes none for NONE, so neither does a snapshot). */
export const SnapshotMagnetSchema = z.enum(CONNECTOR_MAGNETS)

export const SnapshotLineTypeSchema = z.enum(CONNECTOR_LINE_TYPES)

/** A connector end: attached to a node (at a magnet, when it names one other than NONE), or free at a point. */
export const SnapshotEndpointSchema = z.union([
  z.object({ nodeId: z.string().check(z.minLength(1)), magnet: z.optional(SnapshotMagnetSchema) }),
  z.object({ position: SnapshotPointSchema })
])

/** Connector caps as the Plugin API names them (REST's LINE_ARROW and TRIANGLE_ARROW are renamed). */
export const SnapshotCapSchema = z.enum([
  'NONE',
  'ARROW_LINES',
  'ARROW_EQUILATERAL',
  'TRIANGLE_FILLED',
  'DIAMOND_FILLED',
  'CIRCLE_FILLED',
  'ERD_ZERO_OR_ONE',
  'ERD_EXACTLY_ONE',
  'ERD_ZERO_OR_MORE',
  'ERD_ONE_OR_MORE',
  'ERD_ONE',
  'ERD_MANY'
])

/** `#RRGGBB`, upper case. */
export const HexColorSchema = z.string().check(z.regex(/^#[0-9A-F]{6}$/, 'must be a colour such as "#FFE299"'))

export const SnapshotNodeSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** SECTION, STICKY, SHAPE_WITH_TEXT, CONNECTOR, TEXT, or any other node type as the API names it. */
  type: z.string().check(z.minLength(1)),
  /** A section's (group's, frame's) name, which FigJam shows; empty on every other node, whose name nobody sees. */
  name: z.string(),
  /** The containing node's id; null at the top of what was read (the page, or the chosen section's parent). */
  parentId: z.nullable(z.string()),
  /** Page coordinates. */
  box: SnapshotBoxSchema,
  /** Sticky, shape and text characters, or a connector's label. */
  text: z.optional(z.string()),
  /** The first visible solid fill (a text node's colour); absent when there is none. */
  fill: z.optional(HexColorSchema),
  /** The first visible solid stroke (a connector's line colour). */
  stroke: z.optional(HexColorSchema),
  shapeType: z.optional(z.string()),
  /** Stickies only. */
  wide: z.optional(z.boolean()),
  start: z.optional(SnapshotEndpointSchema),
  end: z.optional(SnapshotEndpointSchema),
  startCap: z.optional(SnapshotCapSchema),
  endCap: z.optional(SnapshotCapSchema),
  /** A connector's line: ELBOWED, STRAIGHT or CURVED; absent where it was not read (the board's own lines that are not links). */
  lineType: z.optional(SnapshotLineTypeSchema),
  /** Shared plugin data in the journeyboard namespace; empty on anything made by hand. */
  data: z.record(z.string(), z.string())
})

export const BoardSnapshotSchema = z.object({
  nodes: z.array(SnapshotNodeSchema)
})

export type SnapshotBox = z.output<typeof SnapshotBoxSchema>
export type SnapshotPoint = z.output<typeof SnapshotPointSchema>
export type SnapshotEndpoint = z.output<typeof SnapshotEndpointSchema>
export type SnapshotLineType = z.output<typeof SnapshotLineTypeSchema>
export type SnapshotCap = z.output<typeof SnapshotCapSchema>
export type SnapshotNode = z.output<typeof SnapshotNodeSchema>
export type BoardSnapshot = z.output<typeof BoardSnapshotSchema>

/**
 * The entries of every node without any, shared by both readings of a page (live and REST): a page
 * of 5,000 hand-made stickies would make 5,000 empty objects. Frozen, since nothing reading a
 * snapshot writes to a node's entries.
 */
export const NO_NODE_DATA: Record<string, string> = Object.freeze({})

/** A node without a box is not placed anywhere; a connector's box only matters for where it is drawn. */
export const NO_NODE_BOX: SnapshotBox = { x: 0, y: 0, width: 0, height: 0 }
