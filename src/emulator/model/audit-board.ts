import { CHARCOAL_HEX, CONNECTOR_SWATCHES, exactHex, SECTION_SWATCHES, SHAPE_PRESETS, STICKY_SWATCHES } from './figjam-palettes'
import type { PageRecord, SceneRecord } from './node-records'
import { descendantsOf } from './node-tree'
import { shapeTextOverflow } from './refresh-auto-size'
import type { TextMetrics } from './text-metrics'

/** A shape whose text FigJam would clip, and by how many pixels it overflows. */
export interface ClippedShape {
  id: string
  name: string
  characters: string
  overflow: number
}

/** A colour FigJam would show as "custom": off the palette of its node's type, or not exact hex/255. */
export interface OffPaletteColour {
  id: string
  type: string
  /** Which paint: a fill, a stroke, the text's fill, or a shape's fill+stroke+text together. */
  paint: 'fill' | 'stroke' | 'text' | 'preset'
  /** `RRGGBB` for each paint involved, or `inexact`. */
  colour: string
}

/** Shapes on the page whose text does not fit them (shapes never grow with their text). */
export function clippedShapes(page: PageRecord, metrics: TextMetrics): ClippedShape[] {
  return descendantsOf(page).flatMap((node) => {
    if (node.kind !== 'SHAPE_WITH_TEXT') return []
    const overflow = shapeTextOverflow(node, metrics)
    return overflow > 0 ? [{ id: node.id, name: node.name, characters: node.text.characters, overflow }] : []
  })
}

/**
 * Every colour on the page that is not a swatch of its own node type's palette (figjam-palettes.ts):
 * sticky fills, section fills, connector strokes, text-node text, and shapes, whose fill, stroke and
 * text colour must be one preset together.
 */
export function offPaletteColours(page: PageRecord): OffPaletteColour[] {
  return descendantsOf(page).flatMap((node) => coloursOff(node))
}

function coloursOff(node: SceneRecord): OffPaletteColour[] {
  const off = (paint: OffPaletteColour['paint'], colour: string | undefined): OffPaletteColour[] => [{ id: node.id, type: node.kind, paint, colour: colour ?? 'inexact' }]
  switch (node.kind) {
    case 'STICKY': {
      const fill = exactHex(node.fills)
      return fill !== undefined && STICKY_SWATCHES.includes(fill) ? [] : off('fill', fill)
    }
    case 'SECTION': {
      const fill = exactHex(node.fills)
      return fill !== undefined && SECTION_SWATCHES.includes(fill) ? [] : off('fill', fill)
    }
    case 'CONNECTOR': {
      const stroke = exactHex(node.strokes)
      return stroke !== undefined && CONNECTOR_SWATCHES.includes(stroke) ? [] : off('stroke', stroke)
    }
    case 'TEXT': {
      const text = exactHex(node.text.fills)
      return text === CHARCOAL_HEX ? [] : off('text', text)
    }
    case 'SHAPE_WITH_TEXT': {
      const colours = { fill: exactHex(node.fills), stroke: exactHex(node.strokes), text: exactHex(node.text.fills) }
      const preset = SHAPE_PRESETS.some((p) => p.fill === colours.fill && p.stroke === colours.stroke && p.text === colours.text)
      return preset ? [] : off('preset', `${colours.fill ?? 'inexact'}/${colours.stroke ?? 'none'}/${colours.text ?? 'inexact'}`)
    }
    default:
      return []
  }
}
