import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../../src/emulator'
import { readyEmulatorAsync } from '../emulator-fixtures'

describe('ShapeWithTextNode', () => {
  it('starts as a 208 x 208 ellipse with Inter Medium text', () => {
    const { api } = createFigJamEmulator()
    const shape = api.createShapeWithText()
    expect(shape.shapeType).toBe('ELLIPSE')
    expect([shape.width, shape.height]).toEqual([208, 208])
    expect(shape.text.fontName).toEqual({ family: 'Inter', style: 'Medium' })
  })

  it('starts its text in FigJam’s default text colour, Charcoal 1E1E1E ([G] edit-text)', () => {
    const { api } = createFigJamEmulator()
    const shape = api.createShapeWithText()
    const [paint] = shape.text.fills as readonly Paint[]
    expect(paint).toMatchObject({ type: 'SOLID', color: { r: 0x1e / 255, g: 0x1e / 255, b: 0x1e / 255 } })
  })

  it('resizes down to 0.01 and rescales', () => {
    const { api } = createFigJamEmulator()
    const shape = api.createShapeWithText()
    shape.resize(300, 120)
    expect([shape.width, shape.height]).toEqual([300, 120])
    shape.rescale(2)
    expect([shape.width, shape.height]).toEqual([600, 240])
    expect(() => shape.resize(0.001, 10)).toThrow(/>= 0.01/)
  })

  it('does not grow with its text', async () => {
    const { api } = await readyEmulatorAsync()
    const shape = api.createShapeWithText()
    shape.text.characters = 'long '.repeat(100)
    expect([shape.width, shape.height]).toEqual([208, 208])
  })

  it('accepts only the documented shape types', () => {
    const { api } = createFigJamEmulator()
    const shape = api.createShapeWithText()
    shape.shapeType = 'ROUNDED_RECTANGLE'
    expect(shape.shapeType).toBe('ROUNDED_RECTANGLE')
    expect(() => {
      shape.shapeType = 'CLOUD' as ShapeWithTextNode['shapeType']
    }).toThrow(/one of/)
  })
})
