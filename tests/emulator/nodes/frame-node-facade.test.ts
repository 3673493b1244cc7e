import { describe, expect, it } from 'vitest'

import { createFigJamEmulator, loadRestFile } from '../../../src/emulator'
import { readyEmulatorAsync } from '../emulator-fixtures'

describe('FrameNode (figma.createFrame)', () => {
  it('starts white, 100 x 100, named Frame, on the current page [T: createFrame]', () => {
    const { api } = createFigJamEmulator()
    const frame = api.createFrame()
    expect([frame.type, frame.name, frame.width, frame.height, frame.parent]).toEqual(['FRAME', 'Frame', 100, 100, api.currentPage])
    expect(frame.fills).toEqual([{ type: 'SOLID', color: { r: 1, g: 1, b: 1 }, visible: true, opacity: 1, blendMode: 'NORMAL' }])
  })

  it('places children from its top-left and exports as a REST FRAME that loads back', async () => {
    const emulator = await readyEmulatorAsync()
    const { api } = emulator
    const frame = api.createFrame()
    frame.x = 300
    frame.y = 100
    frame.resize(800, 600)
    const sticky = api.createSticky()
    frame.appendChild(sticky)
    sticky.x = 40
    sticky.y = 30
    expect(sticky.absoluteBoundingBox).toEqual({ x: 340, y: 130, width: 240, height: 240 })
    const rest = emulator.toRestFile()
    expect(rest.document.children[0]!.children[0]).toMatchObject({
      type: 'FRAME',
      absoluteBoundingBox: { x: 300, y: 100, width: 800, height: 600 },
      clipsContent: true,
      children: [{ type: 'STICKY', absoluteBoundingBox: { x: 340, y: 130 } }]
    })
    const again = loadRestFile(JSON.parse(JSON.stringify(rest)))
    expect(again.toRestFile()).toEqual(rest)
    const loaded = again.api.currentPage.children[0] as FrameNode
    expect([loaded.type, loaded.children[0]!.x, loaded.children[0]!.y]).toEqual(['FRAME', 40, 30])
  })
})
