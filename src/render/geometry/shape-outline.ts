import type { Box, PathCommand } from '../display-list'
import { SHAPE_DEFAULT_CORNER_RADIUS } from '../render-theme'

/** How a FigJam shape is drawn, and the part of it where its text goes. */
export type ShapeOutline =
  | { kind: 'rect'; radius: number; textBox: Box }
  | { kind: 'ellipse'; textBox: Box }
  | { kind: 'path'; commands: PathCommand[]; textBox: Box }

type Polygon = readonly (readonly [number, number])[]

/** Unit-square outlines and the unit-square text area (x, y, w, h) inside each. */
const POLYGONS: Readonly<Record<string, { points: Polygon; text: readonly [number, number, number, number] }>> = {
  DIAMOND: { points: [[0.5, 0], [1, 0.5], [0.5, 1], [0, 0.5]], text: [0.25, 0.25, 0.5, 0.5] },
  TRIANGLE_UP: { points: [[0.5, 0], [1, 1], [0, 1]], text: [0.25, 0.45, 0.5, 0.5] },
  TRIANGLE_DOWN: { points: [[0, 0], [1, 0], [0.5, 1]], text: [0.25, 0.05, 0.5, 0.5] },
  PARALLELOGRAM_RIGHT: { points: [[0.2, 0], [1, 0], [0.8, 1], [0, 1]], text: [0.2, 0, 0.6, 1] },
  PARALLELOGRAM_LEFT: { points: [[0, 0], [0.8, 0], [1, 1], [0.2, 1]], text: [0.2, 0, 0.6, 1] },
  TRAPEZOID: { points: [[0.2, 0], [0.8, 0], [1, 1], [0, 1]], text: [0.2, 0, 0.6, 1] },
  HEXAGON: { points: [[0.25, 0], [0.75, 0], [1, 0.5], [0.75, 1], [0.25, 1], [0, 0.5]], text: [0.2, 0.1, 0.6, 0.8] },
  PENTAGON: { points: [[0.5, 0], [1, 0.38], [0.81, 1], [0.19, 1], [0, 0.38]], text: [0.2, 0.3, 0.6, 0.6] },
  OCTAGON: {
    points: [[0.29, 0], [0.71, 0], [1, 0.29], [1, 0.71], [0.71, 1], [0.29, 1], [0, 0.71], [0, 0.29]],
    text: [0.1, 0.1, 0.8, 0.8]
  },
  CHEVRON: { points: [[0, 0], [0.75, 0], [1, 0.5], [0.75, 1], [0, 1], [0.25, 0.5]], text: [0.25, 0, 0.5, 1] },
  ARROW_RIGHT: {
    points: [[0, 0.25], [0.6, 0.25], [0.6, 0], [1, 0.5], [0.6, 1], [0.6, 0.75], [0, 0.75]],
    text: [0, 0.25, 0.7, 0.5]
  },
  ARROW_LEFT: {
    points: [[1, 0.25], [0.4, 0.25], [0.4, 0], [0, 0.5], [0.4, 1], [0.4, 0.75], [1, 0.75]],
    text: [0.3, 0.25, 0.7, 0.5]
  },
  PLUS: {
    points: [[1 / 3, 0], [2 / 3, 0], [2 / 3, 1 / 3], [1, 1 / 3], [1, 2 / 3], [2 / 3, 2 / 3], [2 / 3, 1], [1 / 3, 1], [1 / 3, 2 / 3], [0, 2 / 3], [0, 1 / 3], [1 / 3, 1 / 3]],
    text: [0.1, 1 / 3, 0.8, 1 / 3]
  },
  STAR: { points: starPoints(5, 0.4), text: [0.3, 0.35, 0.4, 0.4] }
}

/** An ellipse's largest inscribed axis-aligned box starts this far in, as a share of its size. */
const ELLIPSE_TEXT_INSET = (1 - Math.SQRT1_2) / 2

function starPoints(tips: number, innerRatio: number): Polygon {
  const points: [number, number][] = []
  for (let i = 0; i < tips * 2; i++) {
    const radius = i % 2 === 0 ? 0.5 : 0.5 * innerRatio
    const angle = -Math.PI / 2 + (i * Math.PI) / tips
    points.push([0.5 + radius * Math.cos(angle), 0.5 + radius * Math.sin(angle)])
  }
  return points
}

function scaleBox(box: Box, [x, y, w, h]: readonly [number, number, number, number]): Box {
  return { x: box.x + x * box.width, y: box.y + y * box.height, width: w * box.width, height: h * box.height }
}

/**
 * The outline of a SHAPE_WITH_TEXT `shapeType` in `box`. Square, rounded rectangle, ellipse and
 * the polygon shapes are drawn as such; the rest (cylinders, documents, speech bubbles…) fall back
 * to a rounded rectangle, which keeps their text and colour readable.
 */
export function shapeOutline(shapeType: string | undefined, box: Box, cornerRadius?: number): ShapeOutline {
  const maxRadius = Math.min(box.width, box.height) / 2
  if (shapeType === 'SQUARE') {
    return { kind: 'rect', radius: Math.min(maxRadius, cornerRadius ?? 0), textBox: box }
  }
  if (shapeType === 'ELLIPSE') {
    return { kind: 'ellipse', textBox: scaleBox(box, [ELLIPSE_TEXT_INSET, ELLIPSE_TEXT_INSET, 1 - 2 * ELLIPSE_TEXT_INSET, 1 - 2 * ELLIPSE_TEXT_INSET]) }
  }
  const polygon = shapeType === undefined ? undefined : POLYGONS[shapeType]
  if (polygon !== undefined) {
    const commands: PathCommand[] = polygon.points.map(([px, py], i) => ({
      op: i === 0 ? 'M' : 'L',
      x: box.x + px * box.width,
      y: box.y + py * box.height
    }))
    commands.push({ op: 'Z' })
    return { kind: 'path', commands, textBox: scaleBox(box, polygon.text) }
  }
  return { kind: 'rect', radius: Math.min(maxRadius, cornerRadius ?? SHAPE_DEFAULT_CORNER_RADIUS), textBox: box }
}
