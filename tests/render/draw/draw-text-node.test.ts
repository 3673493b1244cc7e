import { describe, expect, it } from 'vitest'

import { drawTextNode } from '../../../src/render/draw/draw-text-node'
import type { RestNode } from '../../../src/render/rest/rest-file-schema'
import { text } from '../rest-board-fixtures'

function lines(node: Record<string, unknown>): string[] {
  const item = drawTextNode(node as RestNode)[0]
  return item?.kind === 'text' ? item.lines.map((l) => l.text) : []
}

describe('drawTextNode', () => {
  it('keeps auto-width text on its own lines and wraps fixed-width text to its box', () => {
    const long = 'Customer journey for renting a car at the airport'
    const auto = text('t', long, { x: 0, y: 0, width: 100, height: 30 }, 16)
    expect(lines(auto)).toEqual([long])
    const fixed = { ...auto, style: { ...(auto.style as object), textAutoResize: 'HEIGHT' } }
    expect(lines(fixed).length).toBeGreaterThan(1)
  })

  it('aligns by textAlignHorizontal and falls back to 16px charcoal when style and fills are missing', () => {
    const centred = text('t', 'Hi', { x: 0, y: 0, width: 200, height: 30 }, 16)
    centred.style = { ...(centred.style as object), textAlignHorizontal: 'CENTER' }
    expect(drawTextNode(centred as RestNode)[0]).toMatchObject({ anchor: 'middle', lines: [{ x: 100 }] })
    const bare = { id: 'b', type: 'TEXT', characters: 'Plain', absoluteBoundingBox: { x: 0, y: 0, width: 50, height: 20 } }
    expect(drawTextNode(bare as RestNode)[0]).toMatchObject({ fontSize: 16, fill: { color: '#1E1E1E' } })
  })

  it('keeps a custom font family first in the font list', () => {
    const serif = text('t', 'Quote', { x: 0, y: 0, width: 200, height: 30 }, 16)
    serif.style = { ...(serif.style as object), fontFamily: 'Merriweather' }
    expect(drawTextNode(serif as RestNode)[0]).toMatchObject({ fontFamily: expect.stringMatching(/^'Merriweather', Inter/) })
  })
})
