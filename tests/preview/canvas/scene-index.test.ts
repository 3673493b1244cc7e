import { describe, expect, it } from 'vitest'

import { SceneIndex } from '../../../src/preview/canvas/scene-index'
import { MOVABLE_TYPES } from '../../../src/preview/canvas/tools/select-tool'
import { drawAsync, itemSticky, stageSection, templateJourney } from '../../reader/generated-board'

const centre = (box: Rect | null) => ({ x: (box?.x ?? NaN) + (box?.width ?? 0) / 2, y: (box?.y ?? NaN) + (box?.height ?? 0) / 2 })

describe('SceneIndex', () => {
  it('indexes every node of a generated board, connectors painted last', async () => {
    const emulator = await drawAsync(templateJourney('car-rental'))
    const scene = SceneIndex.fromRestFile(emulator.toRestFile())
    const page = emulator.api.currentPage
    for (const type of ['SECTION', 'STICKY', 'SHAPE_WITH_TEXT', 'TEXT', 'CONNECTOR'] as const) {
      expect(scene.count(type), type).toBe(page.findAllWithCriteria({ types: [type] }).length)
    }
    const types = scene.entries().map((entry) => entry.type)
    expect(types.indexOf('CONNECTOR')).toBe(types.length - scene.count('CONNECTOR'))
  })

  it('finds the sticky under a point and the innermost section there, as FigJam drops into it', async () => {
    const journey = templateJourney('car-rental')
    const item = journey.items[4]
    if (item === undefined) throw new Error('fixture')
    const emulator = await drawAsync(journey)
    const sticky = itemSticky(emulator.api, item.id)
    const scene = SceneIndex.fromRestFile(emulator.toRestFile())
    const at = centre(sticky.absoluteBoundingBox)

    const hit = scene.topmostAt(at, MOVABLE_TYPES)
    expect(hit?.id).toBe(sticky.id)
    expect(hit?.characters).toBe(sticky.text.characters)
    expect(hit?.fill).toMatch(/^#[0-9A-F]{6}$/)
    // The stage section, not the board section around it.
    expect(scene.sectionAt(at)?.id).toBe(stageSection(emulator.api, item.stageId).id)
    expect(scene.sectionAt(at)?.parentId).not.toBeNull()
    expect(scene.topmostAt({ x: -10_000, y: -10_000 }, MOVABLE_TYPES)).toBeUndefined()
    expect(scene.sectionAt({ x: -10_000, y: -10_000 })).toBeUndefined()
  })

  it('gives the bounds of everything and of chosen nodes', async () => {
    const emulator = await drawAsync(templateJourney('blank'))
    const board = emulator.api.currentPage.children[0]
    const scene = SceneIndex.fromRestFile(emulator.toRestFile())
    expect(scene.boundsOf([board?.id ?? ''])).toEqual(board?.absoluteBoundingBox)
    expect(scene.bounds()).toEqual(board?.absoluteBoundingBox)
    expect(new SceneIndex([]).bounds()).toBeUndefined()
  })
})
