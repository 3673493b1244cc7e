import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../../src/emulator'
import { readyEmulatorAsync } from '../emulator-fixtures'

describe('SectionNode', () => {
  it('starts small and does not grow when children are added', async () => {
    const { api } = await readyEmulatorAsync()
    const section = api.createSection()
    expect([section.width, section.height]).toEqual([100, 100])
    const sticky = api.createSticky()
    section.appendChild(sticky)
    sticky.x = 400
    sticky.y = 300
    expect([section.width, section.height]).toEqual([100, 100])
  })

  it('keeps a child\'s numeric x/y on appendChild, so it lands relative to the section', async () => {
    const { api } = await readyEmulatorAsync()
    const section = api.createSection()
    section.x = 1000
    section.y = 500
    section.resizeWithoutConstraints(800, 600)
    const sticky = api.createSticky()
    sticky.x = 50
    sticky.y = 60
    section.appendChild(sticky)
    expect([sticky.x, sticky.y]).toEqual([50, 60])
    expect(sticky.parent).toBe(section)
    expect(sticky.absoluteBoundingBox).toEqual({ x: 1050, y: 560, width: 240, height: 240 })
    expect(sticky.absoluteTransform).toEqual([
      [1, 0, 1050],
      [0, 1, 560]
    ])
    section.x = 0
    expect(sticky.absoluteBoundingBox?.x).toBe(50)
    api.currentPage.appendChild(sticky)
    expect([sticky.x, sticky.y]).toEqual([50, 60])
    expect(section.children).toEqual([])
  })

  it('resizes with resize or resizeWithoutConstraints, down to 0.01', () => {
    const { api } = createFigJamEmulator()
    const section = api.createSection()
    section.resize(1200, 800)
    expect([section.width, section.height]).toEqual([1200, 800])
    section.resizeWithoutConstraints(0.01, 0.01)
    expect(section.width).toBe(0.01)
    expect(() => section.resize(0, 10)).toThrow(/>= 0.01/)
  })

  it('orders children with insertChild and refuses to nest a section in itself', async () => {
    const { api } = await readyEmulatorAsync()
    const section = api.createSection()
    const a = api.createSticky()
    const b = api.createSticky()
    section.appendChild(a)
    section.insertChild(0, b)
    expect(section.children.map((n) => n.id)).toEqual([b.id, a.id])
    section.insertChild(2, b)
    expect(section.children.map((n) => n.id)).toEqual([a.id, b.id])
    expect(() => section.insertChild(5, api.createSticky())).toThrow(RangeError)
    expect(() => section.appendChild(section)).toThrow(/into itself/)
  })

  it('removes its children with it; removed nodes throw on access', async () => {
    const { api } = await readyEmulatorAsync()
    const section = api.createSection()
    const sticky = api.createSticky()
    section.appendChild(sticky)
    section.remove()
    expect(section.removed).toBe(true)
    expect(sticky.removed).toBe(true)
    expect(api.currentPage.children).toEqual([])
    expect(() => sticky.x).toThrow(`The node with id "${sticky.id}" does not exist`)
    expect(() => {
      section.name = 'x'
    }).toThrow(/does not exist/)
    expect(() => section.appendChild(api.createSticky())).toThrow(/does not exist/)
    expect(() => api.currentPage.appendChild(sticky)).toThrow(/does not exist/)
    expect(sticky.id).toMatch(/^1:\d+$/)
  })

  it('searches its subtree', async () => {
    const { api } = await readyEmulatorAsync()
    const section = api.createSection()
    const sticky = api.createSticky()
    const shape = api.createShapeWithText()
    section.appendChild(sticky)
    section.appendChild(shape)
    api.createSticky()
    expect(section.findAll((n) => n.type === 'STICKY')).toEqual([sticky])
    expect(section.findAllWithCriteria({ types: ['SHAPE_WITH_TEXT'] })).toEqual([shape])
    expect(section.findOne((n) => n.type === 'SHAPE_WITH_TEXT')).toBe(shape)
    expect(section.findChildren()).toEqual([sticky, shape])
  })
})
