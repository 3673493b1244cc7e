import { describe, expect, it } from 'vitest'

import { displayItemBounds, displayListBounds } from '../../src/render/display-list-bounds'

describe('displayItemBounds', () => {
  it('grows a rect by half its stroke and by its shadow', () => {
    expect(displayItemBounds({ kind: 'rect', x: 0, y: 0, width: 100, height: 50, radius: 0, stroke: { color: '#000000', opacity: 1, width: 4 } })).toEqual({ x: -2, y: -2, width: 104, height: 54 })
    const shadowed = displayItemBounds({ kind: 'rect', x: 0, y: 0, width: 100, height: 50, radius: 0, shadow: { offsetX: 0, offsetY: 2, blur: 4, color: '#000000', opacity: 0.2 } })
    // Blur reaches 3 sigma (12) around the box, shifted down by the offset.
    expect(shadowed).toEqual({ x: -12, y: -10, width: 124, height: 74 })
  })

  it('takes in arrowheads at the tips of a path', () => {
    const box = displayItemBounds({
      kind: 'path',
      commands: [{ op: 'M', x: 0, y: 0 }, { op: 'L', x: 100, y: 0 }],
      endCap: { cap: 'TRIANGLE_ARROW', tip: { x: 100, y: 0 }, angle: 0, size: 14, inset: 7, color: '#000000', opacity: 1, strokeWidth: 2 }
    })
    expect(box).toEqual({ x: 0, y: -16, width: 116, height: 32 })
  })

  it('spans text lines by their anchor and the font ascent and descent', () => {
    const base = { kind: 'text', fontFamily: 'Inter', fontSize: 10, fontWeight: 400, fill: { color: '#000000', opacity: 1 } } as const
    const line = { text: 'x', x: 100, y: 50, width: 40 }
    expect(displayItemBounds({ ...base, anchor: 'start', lines: [line] })?.x).toBe(100)
    expect(displayItemBounds({ ...base, anchor: 'middle', lines: [line] })?.x).toBe(80)
    expect(displayItemBounds({ ...base, anchor: 'end', lines: [line] })?.x).toBe(60)
    expect(displayItemBounds({ ...base, anchor: 'start', lines: [] })).toBeUndefined()
  })
})

describe('displayListBounds', () => {
  it('ignores items that paint nothing and is an empty box for an empty list', () => {
    expect(displayListBounds([])).toEqual({ x: 0, y: 0, width: 0, height: 0 })
    const items = [
      { kind: 'rect', x: 500, y: 500, width: 10, height: 10, radius: 0 },
      { kind: 'text', fontFamily: 'Inter', fontSize: 10, fontWeight: 400, fill: { color: '#000000', opacity: 1 }, anchor: 'start', lines: [] }
    ] as const
    expect(displayListBounds(items)).toEqual({ x: 500, y: 500, width: 10, height: 10 })
  })
})
