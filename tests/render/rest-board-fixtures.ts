/**
 * Small hand-built Figma REST documents, shaped like GET /v1/files/:key responses for FigJam
 * boards (with a few of the fields the renderer ignores, to prove they pass through).
 */

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** A colour the way Figma writes palette swatches: each channel as `byte / 255`. */
export function rgba(hex: string, a = 1): { r: number; g: number; b: number; a: number } {
  const value = Number.parseInt(hex.slice(1), 16)
  return { r: ((value >> 16) & 0xff) / 255, g: ((value >> 8) & 0xff) / 255, b: (value & 0xff) / 255, a }
}

export function solid(hex: string, opacity?: number): Record<string, unknown> {
  return { blendMode: 'NORMAL', type: 'SOLID', color: rgba(hex), ...(opacity === undefined ? {} : { opacity }) }
}

function layer(id: string, type: string, name: string, box: Rect): Record<string, unknown> {
  return {
    id,
    name,
    type,
    scrollBehavior: 'SCROLLS',
    blendMode: 'PASS_THROUGH',
    absoluteBoundingBox: box,
    absoluteRenderBounds: box,
    constraints: { vertical: 'TOP', horizontal: 'LEFT' },
    effects: [],
    interactions: []
  }
}

export const STICKY_SIZE = 240
export const WIDE_STICKY_WIDTH = 416

export function sticky(id: string, characters: string, x: number, y: number, fill = '#FFE299', wide = false): Record<string, unknown> {
  return {
    ...layer(id, 'STICKY', characters.slice(0, 20), { x, y, width: wide ? WIDE_STICKY_WIDTH : STICKY_SIZE, height: STICKY_SIZE }),
    fills: [solid(fill)],
    authorVisible: false,
    characters
  }
}

export function section(id: string, name: string, box: Rect, children: Record<string, unknown>[], fill = '#F5FBFF'): Record<string, unknown> {
  return {
    ...layer(id, 'SECTION', name, box),
    sectionContentsHidden: false,
    fills: [solid(fill)],
    strokes: [],
    strokeWeight: 1,
    strokeAlign: 'INSIDE',
    children
  }
}

export function shape(id: string, shapeType: string, characters: string, box: Rect, fill = '#3DADFF', stroke = '#007AD2'): Record<string, unknown> {
  return {
    ...layer(id, 'SHAPE_WITH_TEXT', characters, box),
    shapeType,
    characters,
    fills: [solid(fill)],
    strokes: [solid(stroke)],
    strokeWeight: 2,
    cornerRadius: 0
  }
}

export function text(id: string, characters: string, box: Rect, fontSize?: number): Record<string, unknown> {
  return {
    ...layer(id, 'TEXT', characters, box),
    characters,
    fills: [solid('#1E1E1E')],
    strokes: [],
    style: {
      fontFamily: 'Inter',
      fontPostScriptName: 'Inter-Medium',
      fontWeight: 500,
      textAutoResize: 'WIDTH_AND_HEIGHT',
      textAlignHorizontal: 'LEFT',
      textAlignVertical: 'TOP',
      letterSpacing: 0,
      ...(fontSize === undefined ? {} : { fontSize, lineHeightPx: fontSize * 1.2 })
    },
    characterStyleOverrides: [],
    styleOverrideTable: {},
    lineTypes: ['NONE'],
    lineIndentations: [0]
  }
}

export type Endpoint = { endpointNodeId: string; magnet?: string } | { position: { x: number; y: number } } | { endpointNodeId: string; position: { x: number; y: number } }

export interface ConnectorOptions {
  label?: string
  startCap?: string
  endCap?: string
  lineType?: string
  stroke?: string
  strokeWeight?: number
}

export function connector(id: string, start: Endpoint, end: Endpoint, options: ConnectorOptions = {}): Record<string, unknown> {
  return {
    ...layer(id, 'CONNECTOR', options.label ?? 'Connector', { x: 0, y: 0, width: 1, height: 1 }),
    connectorStart: start,
    connectorEnd: end,
    connectorStartStrokeCap: options.startCap ?? 'NONE',
    connectorEndStrokeCap: options.endCap ?? 'NONE',
    connectorLineType: options.lineType ?? 'ELBOWED',
    characters: options.label ?? '',
    strokes: [solid(options.stroke ?? '#1E1E1E')],
    strokeWeight: options.strokeWeight ?? 2,
    textBackground: { cornerRadius: 8, fills: [solid('#FFFFFF')] }
  }
}

export function node(id: string, type: string, box: Rect, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...layer(id, type, type.toLowerCase(), box), ...extra }
}

export function restFile(children: Record<string, unknown>[], name = 'Test board'): Record<string, unknown> {
  return {
    name,
    role: 'owner',
    lastModified: '2026-01-01T00:00:00Z',
    editorType: 'figjam',
    version: '1',
    schemaVersion: 0,
    components: {},
    styles: {},
    document: {
      id: '0:0',
      name: 'Document',
      type: 'DOCUMENT',
      scrollBehavior: 'SCROLLS',
      children: [
        {
          id: '0:1',
          name: 'Page 1',
          type: 'CANVAS',
          scrollBehavior: 'SCROLLS',
          backgroundColor: { r: 0.96, g: 0.96, b: 0.96, a: 1 },
          prototypeStartNodeID: null,
          flowStartingPoints: [],
          prototypeDevice: { type: 'NONE', rotation: 'NONE' },
          children
        }
      ]
    }
  }
}
