import { describe, expect, it } from 'vitest'

import { layoutTextBlock } from '../../../src/render/text/layout-text-block'

const style = { fontSize: 20, fontWeight: 500, lineHeight: 25, fill: { color: '#1E1E1E', opacity: 1 } }
const box = { x: 100, y: 200, width: 300, height: 100 }

describe('layoutTextBlock', () => {
  it('stacks lines one line height apart with baselines inside their line boxes', () => {
    const item = layoutTextBlock(['one', 'two'], box, { ...style, align: 'left', verticalAlign: 'top' })
    const [first, second] = item.lines
    expect(first?.x).toBe(100)
    expect(second?.y).toBeCloseTo((first?.y ?? 0) + 25, 6)
    // The baseline sits below the top of the box by about the ascent, and above the bottom of the first line box.
    expect(first?.y).toBeGreaterThan(200 + 0.9 * 20)
    expect(first?.y).toBeLessThan(225)
  })

  it('centres the block and anchors lines in the middle or at the end', () => {
    const centred = layoutTextBlock(['a', 'b'], box, { ...style, align: 'center', verticalAlign: 'center' })
    expect(centred.anchor).toBe('middle')
    expect(centred.lines[0]?.x).toBe(250)
    const top = layoutTextBlock(['a', 'b'], box, { ...style, align: 'left', verticalAlign: 'top' })
    expect((centred.lines[0]?.y ?? 0) - (top.lines[0]?.y ?? 0)).toBeCloseTo((100 - 50) / 2, 6)
    const right = layoutTextBlock(['a'], box, { ...style, align: 'right', verticalAlign: 'bottom', nodeId: 'n' })
    expect(right).toMatchObject({ anchor: 'end', nodeId: 'n', lines: [{ x: 400 }] })
  })
})
