import { STICKY_SIZE, STICKY_WIDE_WIDTH } from './emulator-defaults'
import type { ShapeWithTextRecord, StickyRecord, TextNodeRecord } from './node-records'
import type { TextMetrics } from './text-metrics'

/**
 * Stickies keep their width (240, or 416 when wide) and grow taller when their text needs more than
 * the square [G create-sticky: "Stickies automatically grow taller when text overflows"]: the height
 * a calibration observed for the text, else max(240, padding + wrapped lines x line height + padding)
 * by text-metrics.ts. With the default metrics and 24 px type that is 16 characters a line on a
 * square sticky, 30 on a wide one, and six lines before the sticky grows.
 */
export function refreshStickySize(sticky: StickyRecord, metrics: TextMetrics): void {
  sticky.width = sticky.isWideWidth ? STICKY_WIDE_WIDTH : STICKY_SIZE
  const { characters, fontName, fontSize } = sticky.text
  const observed = metrics.observedStickyHeight(characters, fontName, fontSize, sticky.isWideWidth)
  if (observed !== undefined) {
    sticky.height = observed
    return
  }
  const padding = metrics.calibration.stickyPadding
  const text = metrics.measure(characters, fontSize, sticky.width - 2 * padding)
  sticky.height = Math.max(STICKY_SIZE, 2 * padding + text.height)
}

/** Text nodes follow `textAutoResize`: both sides, height only (wrapping at the width), or neither. */
export function refreshTextNodeSize(node: TextNodeRecord, metrics: TextMetrics): void {
  const { characters, fontSize } = node.text
  if (node.autoResize === 'WIDTH_AND_HEIGHT') {
    const box = metrics.measure(characters, fontSize)
    node.width = box.width
    node.height = box.height
  } else if (node.autoResize === 'HEIGHT') {
    node.height = metrics.measure(characters, fontSize, node.width).height
  }
}

/**
 * How much taller a shape's text is than the shape's text area (0 when it fits). Shapes never grow
 * with their text; FigJam clips what does not fit [G create-shape-with-text: "Default sizes are too
 * small for most text and will clip"].
 */
export function shapeTextOverflow(shape: ShapeWithTextRecord, metrics: TextMetrics): number {
  const padding = metrics.calibration.shapePadding
  const area = { width: Math.max(1, shape.width - 2 * padding), height: shape.height - 2 * padding }
  if (shape.text.characters === '') return 0
  return Math.max(0, metrics.measure(shape.text.characters, shape.text.fontSize, area.width).height - area.height)
}
