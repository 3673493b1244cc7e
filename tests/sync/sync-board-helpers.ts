import { expect } from 'vitest'

import { type SyncSummary, syncBoardAsync } from '../../src/plugin-api/sync-board'
import type { FigJamEmulator } from '../../src/emulator'
import { STAGE_PADDING, CELL_PADDING } from '../../src/layout'
import type { Journey } from '../../src/model'
import type { Resolutions } from '../../src/sync'
import { boardProblems } from '../plugin-api/board-invariants'
import { readBothWaysAsync, rowTop, stageSection } from '../reader/generated-board'

/** Helpers for tests that draw a board, change it like a person, and sync it to new data. */

export const noYield = { yieldAsync: async (): Promise<void> => {} }

/** The first board section on the page. */
export function boardOf(emulator: FigJamEmulator): SectionNode {
  const board = emulator.api.currentPage.children.find((node) => node.type === 'SECTION')
  if (board === undefined) throw new Error('no board on the page')
  return board as SectionNode
}

/** Syncs the board to `data`; fails the test when the sync returns problems. */
export async function syncAsync(emulator: FigJamEmulator, data: Journey, resolutions: Resolutions = {}): Promise<SyncSummary> {
  const result = await syncBoardAsync(emulator.api, boardOf(emulator).id, data, resolutions, noYield)
  if (!result.ok) throw new Error(`sync failed: ${JSON.stringify(result.problems)}`)
  return result.value
}

/** Reads the synced board back (live and through REST, which must agree) and checks it is sound. */
export async function readSyncedAsync(emulator: FigJamEmulator): Promise<Journey> {
  const reading = await readBothWaysAsync(emulator)
  expect(boardProblems(emulator.toRestFile(), boardOf(emulator).id, reading.journey)).toEqual([])
  return reading.journey
}

/** Puts a node into a section at a page position (appendChild keeps x/y, so they are set after). */
export function dropInto(section: SectionNode, node: SceneNode, at: { x: number; y: number }): void {
  section.appendChild(node)
  const origin = section.absoluteBoundingBox ?? { x: 0, y: 0 }
  node.x = at.x - origin.x
  node.y = at.y - origin.y
}

/** The page position of a cell's top-left sticky slot. */
export function cellSlot(api: PluginAPI, stageId: string, laneId: string): { x: number; y: number } {
  const section = stageSection(api, stageId).absoluteBoundingBox ?? { x: 0, y: 0 }
  return { x: section.x + STAGE_PADDING, y: rowTop(api, laneId) + CELL_PADDING }
}

/** Every node id on the page. */
export function nodeIds(api: PluginAPI): Set<string> {
  return new Set(api.currentPage.findAll().map((node) => node.id))
}
