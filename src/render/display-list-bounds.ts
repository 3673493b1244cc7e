import type { Box, CapMarker, DisplayItem, PathCommand, Shadow, Stroke } from './display-list'
import { unionBoxes } from '../geometry'
import { FONT_ASCENT_EM, FONT_DESCENT_EM } from './render-theme'

/** A Gaussian shadow is visibly gone beyond three standard deviations. */
const SHADOW_REACH = 3

function grow(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by }
}

function withPaint(box: Box, stroke: Stroke | undefined, shadow: Shadow | undefined): Box[] {
  const outlined = stroke === undefined ? box : grow(box, stroke.width / 2)
  if (shadow === undefined) return [outlined]
  const spread = grow(outlined, SHADOW_REACH * shadow.blur)
  return [outlined, { ...spread, x: spread.x + shadow.offsetX, y: spread.y + shadow.offsetY }]
}

function commandPoints(commands: readonly PathCommand[]): Box[] {
  const boxes: Box[] = []
  const at = (x: number, y: number): void => {
    boxes.push({ x, y, width: 0, height: 0 })
  }
  for (const c of commands) {
    if (c.op === 'M' || c.op === 'L') at(c.x, c.y)
    else if (c.op === 'Q') {
      at(c.cx, c.cy)
      at(c.x, c.y)
    } else if (c.op === 'C') {
      at(c.c1x, c.c1y)
      at(c.c2x, c.c2y)
      at(c.x, c.y)
    }
  }
  return boxes
}

function capBox(cap: CapMarker): Box {
  return grow({ x: cap.tip.x, y: cap.tip.y, width: 0, height: 0 }, cap.size + cap.strokeWidth)
}

/**
 * The area an item paints, strokes, shadows and arrowheads included. Curves are bounded by their
 * control points, which may overshoot a little but never undershoot.
 * @returns the box, else `undefined` for an item that paints nothing (a path or text with no points or lines).
 */
export function displayItemBounds(item: DisplayItem): Box | undefined {
  switch (item.kind) {
    case 'rect':
      return unionBoxes(withPaint(item, item.stroke, item.shadow))
    case 'ellipse': {
      const box = { x: item.cx - item.rx, y: item.cy - item.ry, width: 2 * item.rx, height: 2 * item.ry }
      return unionBoxes(withPaint(box, item.stroke, item.shadow))
    }
    case 'path': {
      const outline = unionBoxes(commandPoints(item.commands))
      if (outline === undefined) return undefined
      const caps = [item.startCap, item.endCap].filter((cap): cap is CapMarker => cap !== undefined).map(capBox)
      return unionBoxes([...withPaint(outline, item.stroke, item.shadow), ...caps])
    }
    case 'text': {
      const ascent = FONT_ASCENT_EM * item.fontSize
      const descent = FONT_DESCENT_EM * item.fontSize
      const lines = item.lines.map((line) => {
        const left = item.anchor === 'start' ? line.x : item.anchor === 'middle' ? line.x - line.width / 2 : line.x - line.width
        return { x: left, y: line.y - ascent, width: line.width, height: ascent + descent }
      })
      return unionBoxes(lines)
    }
  }
}

/** The area every item paints together, or an empty box at the origin for an empty list. */
export function displayListBounds(items: readonly DisplayItem[]): Box {
  const boxes = items.map(displayItemBounds).filter((box): box is Box => box !== undefined)
  return unionBoxes(boxes) ?? { x: 0, y: 0, width: 0, height: 0 }
}
