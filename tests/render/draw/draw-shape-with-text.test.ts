import { describe, expect, it } from 'vitest'

import { SHAPE_PRESETS } from '../../../src/palette/figjam-palette'
import { drawShapeWithText } from '../../../src/render/draw/draw-shape-with-text'
import type { RestNode } from '../../../src/render/rest/rest-file-schema'
import { shape } from '../rest-board-fixtures'

const box = { x: 0, y: 0, width: 200, height: 80 }

function drawn(node: Record<string, unknown>): { outline: unknown; text: unknown } {
  const [outline, text] = drawShapeWithText(node as RestNode)
  return { outline, text }
}

describe('drawShapeWithText', () => {
  it('draws a preset shape with its fill, outline and the text colour FigJam sets with them', () => {
    for (const preset of [SHAPE_PRESETS.blue, SHAPE_PRESETS.yellow, SHAPE_PRESETS.lightViolet, SHAPE_PRESETS.black]) {
      const { outline, text } = drawn(shape('s', 'ROUNDED_RECTANGLE', 'Plan', box, preset.fill, preset.stroke))
      expect(outline).toMatchObject({ fill: { color: preset.fill }, stroke: { color: preset.stroke } })
      expect(text).toMatchObject({ kind: 'text', fill: { color: preset.textFill } })
    }
  })

  it('keeps a readable text colour on a fill no preset has (the REST API gives no shape text colour)', () => {
    expect(drawn(shape('s', 'SQUARE', 'Dark', box, '#102030', '#000000')).text).toMatchObject({ fill: { color: '#FFFFFF' } })
    expect(drawn(shape('s', 'SQUARE', 'Light', box, '#FAFAF0', '#000000')).text).toMatchObject({ fill: { color: '#1E1E1E' } })
  })
})
