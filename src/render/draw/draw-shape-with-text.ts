import { centreOf } from '../../geometry'
import { shapePresetOfFill } from '../../palette/figjam-palette'
import { pickSolidFill } from '../color/pick-solid-fill'
import type { DisplayItem, Fill, Stroke } from '../display-list'
import { shapeOutline } from '../geometry/shape-outline'
import { FONT_WEIGHT_MEDIUM, SHAPE_DEFAULT_FILL, SHAPE_MAX_FONT_SIZE, SHAPE_MIN_FONT_SIZE, SHAPE_PADDING, SHAPE_PADDING_SHARE } from '../render-theme'
import type { RestNode } from '../rest/rest-file-schema'
import { fitText } from '../text/fit-text'
import { layoutTextBlock } from '../text/layout-text-block'
import { nodeBox } from './node-box'
import { textFillOn } from './text-fill-on'

/**
 * A FigJam shape: its outline by `shapeType` with fill and stroke, and its text centred inside. The
 * REST API gives a shape's fill and stroke but not its text colour; FigJam sets that with the fill
 * (one shape preset), so a preset fill takes its preset's text colour, any other a readable one.
 */
export function drawShapeWithText(node: RestNode): DisplayItem[] {
  const box = nodeBox(node)
  if (box === undefined) return []
  const fill: Fill = pickSolidFill(node.fills) ?? { color: SHAPE_DEFAULT_FILL, opacity: 1 }
  const strokePaint = pickSolidFill(node.strokes)
  const strokeWidth = node.strokeWeight ?? 1
  const stroke: Stroke | undefined = strokePaint !== undefined && strokeWidth > 0 ? { ...strokePaint, width: strokeWidth } : undefined
  const outline = shapeOutline(node.shapeType, box, node.cornerRadius)
  const paint = stroke === undefined ? { fill } : { fill, stroke }
  const items: DisplayItem[] = []
  if (outline.kind === 'rect') items.push({ kind: 'rect', nodeId: node.id, ...box, radius: outline.radius, ...paint })
  else if (outline.kind === 'ellipse') {
    const centre = centreOf(box)
    items.push({ kind: 'ellipse', nodeId: node.id, cx: centre.x, cy: centre.y, rx: box.width / 2, ry: box.height / 2, ...paint })
  } else items.push({ kind: 'path', nodeId: node.id, commands: outline.commands, ...paint })

  const text = node.characters ?? ''
  if (text.trim() === '') return items
  // A small shape (a score badge) keeps a padding in proportion: a fixed one would leave no room
  // for even one digit, and the text would show as an ellipsis.
  const padding = Math.min(SHAPE_PADDING, Math.min(outline.textBox.width, outline.textBox.height) * SHAPE_PADDING_SHARE)
  const inner = {
    x: outline.textBox.x + padding,
    y: outline.textBox.y + padding,
    width: Math.max(0, outline.textBox.width - 2 * padding),
    height: Math.max(0, outline.textBox.height - 2 * padding)
  }
  const fitted = fitText(text, inner.width, inner.height, {
    // FigJam draws shape text at the size it was given; larger would never fit where it was placed.
    maxFontSize: Math.min(SHAPE_MAX_FONT_SIZE, node.style?.fontSize ?? SHAPE_MAX_FONT_SIZE),
    minFontSize: SHAPE_MIN_FONT_SIZE,
    fontWeight: FONT_WEIGHT_MEDIUM
  })
  items.push(
    layoutTextBlock(fitted.lines, inner, {
      fontSize: fitted.fontSize,
      fontWeight: FONT_WEIGHT_MEDIUM,
      lineHeight: fitted.lineHeight,
      fill: shapeTextFill(fill),
      align: 'center',
      verticalAlign: 'center',
      nodeId: node.id
    })
  )
  return items
}

function shapeTextFill(fill: Fill): Fill {
  const preset = fill.opacity === 1 ? shapePresetOfFill(fill.color) : undefined
  return preset === undefined ? textFillOn(fill) : { color: preset.textFill, opacity: 1 }
}
