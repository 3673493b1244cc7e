import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../src/emulator'

/** Deeper than a call stack holds when every level costs a few frames (about 2,000 levels overflowed). */
const DEPTH = 10_000

/**
 * Nests `inner` DEPTH levels deep from the bottom up, each new container taking the whole chain so
 * far, and returns the outermost node. Every move checks the fonts of what moves (FigJam refuses to
 * move text in unloaded fonts); a container already checked is not walked again, so the chain is
 * checked once, not DEPTH times.
 */
type Nester = (api: PluginAPI, inner: SceneNode) => SceneNode

function wrappedIn(make: (api: PluginAPI) => SectionNode | FrameNode): Nester {
  return (api, inner) => {
    let outer = inner
    for (let level = 0; level < DEPTH; level += 1) {
      const next = make(api)
      next.x = 1
      next.appendChild(outer)
      outer = next
    }
    return outer
  }
}

const NESTERS: Record<string, Nester> = {
  sections: wrappedIn((api) => api.createSection()),
  frames: wrappedIn((api) => api.createFrame()),
  groups: (api, inner) => {
    let outer = inner
    for (let level = 0; level < DEPTH; level += 1) outer = api.group([outer], api.currentPage)
    return outer
  }
}

describe(`the emulator's tree walks on a board ${DEPTH.toLocaleString('en')} levels deep`, () => {
  for (const [kind, nest] of Object.entries(NESTERS)) {
    it(`${kind}: findAll, findOne, findAllWithCriteria, boxes, the REST export and removal work without recursion`, async () => {
      const emulator = createFigJamEmulator()
      const { api } = emulator
      await api.loadFontAsync({ family: 'Inter', style: 'Medium' })
      const sticky = api.createSticky()
      const outer = nest(api, sticky)
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
