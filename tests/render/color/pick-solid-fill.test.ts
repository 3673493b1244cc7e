import { describe, expect, it } from 'vitest'

import { pickSolidFill } from '../../../src/render/color/pick-solid-fill'
import { rgba, solid } from '../rest-board-fixtures'

describe('pickSolidFill', () => {
  it('takes the topmost (last) visible solid paint', () => {
    const paints = [solid('#FFE299'), solid('#A8DAFF'), { ...solid('#FF0000'), visible: false }]
    expect(pickSolidFill(paints as never)).toEqual({ color: '#A8DAFF', opacity: 1 })
  })

  it('multiplies colour alpha by paint opacity', () => {
    const paint = { type: 'SOLID', color: rgba('#1E1E1E', 0.5), opacity: 0.5 }
    expect(pickSolidFill([paint])).toEqual({ color: '#1E1E1E', opacity: 0.25 })
  })

  it('skips gradients and images, and gives nothing when no solid paint is left', () => {
    expect(pickSolidFill([solid('#FFFFFF') as never, { type: 'GRADIENT_LINEAR' }])).toEqual({ color: '#FFFFFF', opacity: 1 })
    expect(pickSolidFill([{ type: 'IMAGE' }])).toBeUndefined()
    expect(pickSolidFill([])).toBeUndefined()
    expect(pickSolidFill(undefined)).toBeUndefined()
  })
})
