import { describe, expect, it } from 'vitest'

import type { Box } from '../../../src/render/display-list'
import { shapeOutline } from '../../../src/render/geometry/shape-outline'

const box: Box = { x: 100, y: 50, width: 200, height: 120 }
const inside = (outer: Box, inner: Box): boolean =>
  inner.x >= outer.x - 1e-9 && inner.y >= outer.y - 1e-9 && inner.x + inner.width <= outer.x + outer.width + 1e-9 && inner.y + inner.height <= outer.y + outer.height + 1e-9

const SHAPE_TYPES = ['SQUARE', 'ELLIPSE', 'ROUNDED_RECTANGLE', 'DIAMOND', 'TRIANGLE_UP', 'TRIANGLE_DOWN', 'PARALLELOGRAM_RIGHT', 'PARALLELOGRAM_LEFT', 'ENG_DATABASE', 'ENG_QUEUE', 'ENG_FILE', 'ENG_FOLDER', 'TRAPEZOID', 'PREDEFINED_PROCESS', 'SHIELD', 'DOCUMENT_SINGLE', 'DOCUMENT_MULTIPLE', 'MANUAL_INPUT', 'HEXAGON', 'CHEVRON', 'PENTAGON', 'OCTAGON', 'STAR', 'PLUS', 'ARROW_LEFT', 'ARROW_RIGHT', 'SUMMING_JUNCTION', 'OR', 'SPEECH_BUBBLE', 'INTERNAL_STORAGE', 'SOMETHING_NEW']

describe('shapeOutline', () => {
  it('draws squares sharp, rounded rectangles rounded, ellipses as ellipses and diamonds through the side midpoints', () => {
    expect(shapeOutline('SQUARE', box)).toMatchObject({ kind: 'rect', radius: 0 })
    expect(shapeOutline('ROUNDED_RECTANGLE', box)).toMatchObject({ kind: 'rect', radius: 16 })
    expect(shapeOutline('ROUNDED_RECTANGLE', box, 4)).toMatchObject({ kind: 'rect', radius: 4 })
    expect(shapeOutline('ELLIPSE', box).kind).toBe('ellipse')
    const diamond = shapeOutline('DIAMOND', box)
    expect(diamond.kind === 'path' && diamond.commands.slice(0, 4)).toEqual([
      { op: 'M', x: 200, y: 50 },
      { op: 'L', x: 300, y: 110 },
      { op: 'L', x: 200, y: 170 },
      { op: 'L', x: 100, y: 110 }
    ])
  })

  it('falls back to a rounded rectangle for shapes without an outline of their own', () => {
    expect(shapeOutline('ENG_DATABASE', box).kind).toBe('rect')
    expect(shapeOutline('SOMETHING_NEW', box).kind).toBe('rect')
    expect(shapeOutline(undefined, box).kind).toBe('rect')
  })

  it.each(SHAPE_TYPES)('keeps the %s outline and its text area inside the node box', (shapeType) => {
    const outline = shapeOutline(shapeType, box, 1000)
    expect(inside(box, outline.textBox)).toBe(true)
    if (outline.kind === 'rect') expect(outline.radius).toBeLessThanOrEqual(60)
    if (outline.kind === 'path') {
      for (const c of outline.commands) if (c.op !== 'Z') expect(inside(box, { x: c.x, y: c.y, width: 0, height: 0 })).toBe(true)
    }
  })
})
