import { describe, expect, it } from 'vitest'

import { drawSection } from '../../../src/render/draw/draw-section'
import type { RestNode } from '../../../src/render/rest/rest-file-schema'
import { section } from '../rest-board-fixtures'

const asNode = (value: Record<string, unknown>): RestNode => value as RestNode

describe('drawSection', () => {
  it('draws the panel in its fill with a darker border, then a title pill at the top-left corner', () => {
    const [panel, pill, title] = drawSection(asNode(section('s', 'Discover', { x: 100, y: 200, width: 600, height: 400 }, [], '#EBFFEE')))
    expect(panel).toMatchObject({ kind: 'rect', x: 100, y: 200, width: 600, height: 400, fill: { color: '#EBFFEE' }, stroke: { width: 1 } })
    if (panel?.kind !== 'rect' || pill?.kind !== 'rect' || title?.kind !== 'text') throw new Error('expected panel, pill and title')
    expect(panel.stroke?.color).not.toBe('#EBFFEE')
    expect(pill.x).toBeGreaterThan(100)
    expect(pill.y).toBeGreaterThan(200)
    expect(pill.x + pill.width).toBeLessThan(700)
    expect(pill.fill?.color).not.toBe('#EBFFEE')
    expect(title.lines.map((l) => l.text)).toEqual(['Discover'])
  })

  it('shortens a title longer than the section with an ellipsis', () => {
    const items = drawSection(asNode(section('s', 'A very long stage name that cannot fit', { x: 0, y: 0, width: 160, height: 400 }, [])))
    const pill = items[1]
    const title = items[2]
    if (pill?.kind !== 'rect' || title?.kind !== 'text') throw new Error('expected pill and title')
    expect(title.lines[0]?.text.endsWith('\u2026')).toBe(true)
    expect(pill.x + pill.width).toBeLessThanOrEqual(160)
  })

  it('uses the section stroke when it has one, and draws no pill for an unnamed section', () => {
    const node = { ...section('s', '  ', { x: 0, y: 0, width: 300, height: 300 }, []), strokes: [{ type: 'SOLID', color: { r: 1, g: 0, b: 0, a: 1 } }] }
    const items = drawSection(asNode(node))
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ stroke: { color: '#FF0000' } })
  })
})
