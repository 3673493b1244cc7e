import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../src/emulator'

/** Deeper than a call stack holds when every level costs a few frames (about 2,000 levels overflowed). */
const DEPTH = 10_000

type Nester = (api: PluginAPI, inner: SceneNode) => SceneNode

const NESTERS: Record<string, Nester> = {
  sections: (api, inner) => {
    const section = api.createSection()
    section.x = 1
    section.appendChild(inner)
    return section
  },
  frames: (api, inner) => {
    const frame = api.createFrame()
    frame.x = 1
    frame.appendChild(inner)
    return frame
  },
  groups: (api, inner) => api.group([inner], api.currentPage)
}

describe(`the emulator's tree walks on a board ${DEPTH.toLocaleString('en')} levels deep`, () => {
  for (const [kind, nest] of Object.entries(NESTERS)) {
    it(`${kind}: findAll, findOne, findAllWithCriteria, boxes, the REST export and removal work without recursion`, () => {
      const emulator = createFigJamEmulator()
      const { api } = emulator
      const sticky = api.createSticky()
      let outer: SceneNode = sticky
      for (let level = 0; level < DEPTH; level += 1) outer = nest(api, outer)
      const shift = kind === 'groups' ? 0 : DEPTH

      expect(api.currentPage.findAll()).toHaveLength(DEPTH + 1)
      expect(api.currentPage.findOne((node) => node.type === 'STICKY')).toBe(sticky)
      expect(api.currentPage.findAllWithCriteria({ types: ['STICKY'] })).toEqual([sticky])
      expect(sticky.absoluteBoundingBox).toEqual({ x: shift, y: 0, width: 240, height: 240 })

      const rest = emulator.toRestFile()
      let node = rest.document.children[0]!.children[0] as { type: string; children?: unknown[]; absoluteBoundingBox: unknown }
      let levels = 0
      while (node.children !== undefined && node.children.length > 0) {
        node = node.children[0] as typeof node
        levels += 1
      }
      expect(levels).toBe(DEPTH)
      expect(node).toMatchObject({ type: 'STICKY', absoluteBoundingBox: { x: shift, y: 0, width: 240, height: 240 } })

      outer.remove()
      expect(sticky.removed).toBe(true)
      expect(api.currentPage.children).toEqual([])
    })
  }
})
