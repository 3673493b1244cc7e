import type * as Rest from '@figma/rest-api-spec'

/**
 * The subset of `GET /v1/files/:key?plugin_data=<id>,shared` JSON the emulator writes and reads,
 * typed from @figma/rest-api-spec. Real responses carry more fields; readers should ignore extras.
 */

/** `{ [pluginId]: { key: value } }` and `{ [namespace]: { key: value } }`, present only when non-empty. */
export type RestPluginData = Record<string, Record<string, string>>

interface RestLayerFields {
  pluginData?: RestPluginData
  sharedPluginData?: RestPluginData
  absoluteBoundingBox: Rest.Rectangle
  absoluteRenderBounds: Rest.Rectangle
  /** Only for a turned node: its transform and its unturned size. */
  relativeTransform?: Rest.Transform
  size?: Rest.Vector
}

type Layer<N extends Rest.Node, K extends keyof N> = Pick<N, 'id' | 'name' | 'type' | 'visible' | 'locked' | K> & RestLayerFields

/**
 * The font of a sticky's, shape's or table cell's text. The REST API documents none for them
 * (@figma/rest-api-spec StickyNode, ShapeWithTextNode, TableCellNode: `characters` only); the
 * emulator writes it, shaped like a text node's `style`, only where the text is not in FigJam's
 * default font, so a file and an undo step keep a sticky people set in Figma Hand.
 */
export type RestSublayerStyle = Pick<Rest.TypeStyle, 'fontFamily' | 'fontStyle' | 'fontWeight'>

export type RestStickyNode = Layer<Rest.StickyNode, 'characters' | 'fills' | 'authorVisible'> & { style?: RestSublayerStyle }

export type RestShapeWithTextNode = Layer<
  Rest.ShapeWithTextNode,
  'characters' | 'fills' | 'strokes' | 'strokeWeight' | 'strokeDashes' | 'shapeType'
> & { style?: RestSublayerStyle }

export type RestConnectorNode = Layer<
  Rest.ConnectorNode,
  | 'characters'
  | 'strokes'
  | 'strokeWeight'
  | 'strokeDashes'
  | 'connectorStart'
  | 'connectorEnd'
  | 'connectorLineType'
  | 'connectorStartStrokeCap'
  | 'connectorEndStrokeCap'
  | 'textBackground'
>

export type RestTextNode = Layer<Rest.TextNode, 'characters' | 'fills'> & {
  style: Pick<
    Rest.TypeStyle,
    'fontFamily' | 'fontStyle' | 'fontWeight' | 'fontSize' | 'textAutoResize' | 'textAlignHorizontal' | 'textAlignVertical'
  >
}

export type RestSectionNode = Layer<Rest.SectionNode, 'fills' | 'strokes' | 'strokeWeight' | 'strokeDashes' | 'sectionContentsHidden'> & {
  children: RestSceneNode[]
}

export type RestGroupNode = Layer<Rest.GroupNode, never> & { children: RestSceneNode[] }

export type RestFrameNode = Layer<Rest.FrameNode, 'fills' | 'strokes' | 'strokeWeight' | 'strokeDashes' | 'clipsContent'> & {
  children: RestSceneNode[]
}

/** REST types tables only by their traits (@figma/rest-api-spec TableNode, TableCellNode). */
export interface RestTableCellNode {
  id: string
  name: string
  type: 'TABLE_CELL'
  absoluteBoundingBox: Rest.Rectangle
  absoluteRenderBounds: Rest.Rectangle
  characters: string
  style?: RestSublayerStyle
  fills: Rest.Paint[]
}

export type RestTableNode = Pick<Rest.TableNode, 'id' | 'name' | 'type' | 'visible' | 'locked'> &
  RestLayerFields & {
    fills: Rest.Paint[]
    children: RestTableCellNode[]
  }

/** A node type the emulator keeps opaque, re-emitted as it was read (with its current box and plugin data). */
export interface RestGenericNode {
  id: string
  name: string
  type: string
  absoluteBoundingBox: Rest.Rectangle | null
  pluginData?: RestPluginData
  sharedPluginData?: RestPluginData
  [field: string]: unknown
}

export type RestSceneNode =
  | RestStickyNode
  | RestShapeWithTextNode
  | RestConnectorNode
  | RestTextNode
  | RestSectionNode
  | RestGroupNode
  | RestFrameNode
  | RestTableNode
  | RestGenericNode

export type RestCanvasNode = Pick<Rest.CanvasNode, 'id' | 'name' | 'type'> & {
  children: RestSceneNode[]
  pluginData?: RestPluginData
  sharedPluginData?: RestPluginData
}

export type RestDocumentNode = Pick<Rest.DocumentNode, 'id' | 'name' | 'type'> & {
  children: RestCanvasNode[]
  pluginData?: RestPluginData
  sharedPluginData?: RestPluginData
}

export interface RestFile {
  name: string
  editorType: 'figjam'
  document: RestDocumentNode
}

export type RestPaint = Rest.Paint
export type RestConnectorEndpoint = Rest.ConnectorEndpoint
export type RestConnectorStrokeCap = Rest.ConnectorNode['connectorStartStrokeCap']
