import { expect } from 'vitest'

import { decodeBoardTag, TAG_KEY, TAG_NAMESPACE } from '../../src/plugin-data/board-tags'
import type { PlanTag } from '../../src/layout'
import { generateBoardAsync } from '../../src/plugin-api/generate-board'
import { readBoardAsync } from '../../src/plugin-api/read-board'
import { type SnapshotScope } from '../../src/plugin-api/read-live-board'
import { createFigJamEmulator, type FigJamEmulator } from '../../src/emulator'
import { type Journey, type JourneyInput, validateJourney } from '../../src/model'
import { type BoardReading, type ReadBoardOptions, type ReadWarning, readBoard, snapshotFromRestFile } from '../../src/reader'
import { TEMPLATES } from '../../src/templates'

/** Helpers for tests that draw a journey with the generator, change the board like a person, and read it back. */

export function validJourney(input: JourneyInput): Journey {
  const result = validateJourney(input)
  if (!result.ok) throw new Error(`invalid journey: ${JSON.stringify(result.problems)}`)
  return result.value
}

/** A template's journey in its first locale, validated. */
export function templateJourney(id: string): Journey {
  const template = TEMPLATES.find((t) => t.id === id)
  if (template === undefined) throw new Error(`no template "${id}"`)
  return validJourney(template.journey(template.locales[0] ?? 'en'))
}

export async function drawAsync(journey: Journey, emulator: FigJamEmulator = createFigJamEmulator()): Promise<FigJamEmulator> {
  await generateBoardAsync(emulator.api, journey, { yieldAsync: async () => {} })
  return emulator
}

/** Reads the board live (Plugin API) and from its REST export, checks both agree, and returns the reading. */
export async function readBothWaysAsync(emulator: FigJamEmulator, scope: SnapshotScope = 'page', options: ReadBoardOptions = {}): Promise<BoardReading> {
  const live = await readBoardAsync(emulator.api, scope, options)
  if (!live.ok) throw new Error(`could not read the board: ${JSON.stringify(live.problems)}`)
  const snapshot = snapshotFromRestFile(emulator.toRestFile())
  if (!snapshot.ok) throw new Error(`could not read the REST file: ${JSON.stringify(snapshot.problems)}`)
  if (scope === 'page') expect(readBoard(snapshot.value, options)).toEqual(live.value)
  return live.value
}

/** A live node's tag, its plan key beside the fields, or undefined for a node without one. */
export function liveTag(node: BaseNode): (PlanTag & { key: string }) | undefined {
  const decoded = decodeBoardTag({ [TAG_KEY]: node.getSharedPluginData(TAG_NAMESPACE, TAG_KEY) })
  return decoded.ok ? { key: decoded.value.key, ...decoded.value.tag } : undefined
}

/** Every node on the page the plugin tagged, in page order. */
export function taggedNodes(api: PluginAPI): SceneNode[] {
  return api.currentPage.findAllWithCriteria({ sharedPluginData: { namespace: TAG_NAMESPACE, keys: [TAG_KEY] } })
}

/** Every entry a node carries in the namespace. */
export function entriesOf(node: BaseNode): Record<string, string> {
  return Object.fromEntries(node.getSharedPluginDataKeys(TAG_NAMESPACE).map((key) => [key, node.getSharedPluginData(TAG_NAMESPACE, key)]))
}

/** The one node whose tag has these values (a sticky by `{ role: 'item', itemId }`, a point by `{ role: 'emotion-point', itemId }`...). */
export function taggedNode<T extends SceneNode = SceneNode>(api: PluginAPI, match: Readonly<Record<string, string>>): T {
  const found = taggedNodes(api).filter((node) => {
    const tag = liveTag(node) as Record<string, string> | undefined
    return tag !== undefined && Object.entries(match).every(([key, value]) => tag[key] === value)
  })
  if (found.length !== 1) throw new Error(`expected one node tagged ${JSON.stringify(match)}, found ${found.length}`)
  return found[0] as T
}

export function itemSticky(api: PluginAPI, itemId: string): StickyNode {
  return taggedNode<StickyNode>(api, { role: 'item', itemId })
}

export function stageSection(api: PluginAPI, stageId: string): SectionNode {
  return taggedNode<SectionNode>(api, { role: 'stage', key: `stage:${stageId}` })
}

export function laneLabel(api: PluginAPI, laneId: string): ShapeWithTextNode {
  return taggedNode<ShapeWithTextNode>(api, { role: 'lane-label', laneId })
}

/** The page-y of a lane's row top, from its label (the label is as tall as the row). */
export function rowTop(api: PluginAPI, laneId: string): number {
  return laneLabel(api, laneId).absoluteBoundingBox?.y ?? 0
}

/** The journey with one item replaced by `change(item)`, or removed when `change` returns undefined. */
export function withItem(journey: Journey, itemId: string, change: (item: Journey['items'][number]) => Journey['items'][number] | undefined): Journey {
  if (!journey.items.some((item) => item.id === itemId)) throw new Error(`no item "${itemId}"`)
  return {
    ...journey,
    items: journey.items.flatMap((item) => {
      if (item.id !== itemId) return [item]
      const next = change(item)
      return next === undefined ? [] : [next]
    })
  }
}

/** Loads the font a text sublayer uses, as a person's editor (or a plugin) must before changing its characters. */
export async function loadFontOfAsync(api: PluginAPI, text: { fontName: FontName | PluginAPI['mixed'] }): Promise<void> {
  const font = text.fontName
  if (typeof font === 'symbol') throw new Error('mixed fonts')
  await api.loadFontAsync(font)
}

/** Warnings as people read them (node, English words, whether the node was left out), for comparing with what a test expects. */
export function spoken(warnings: readonly ReadWarning[]): { nodeId: string | null; message: string; kind?: ReadWarning['kind'] }[] {
  return warnings.map(({ nodeId, message, kind }) => (kind === undefined ? { nodeId, message } : { nodeId, message, kind }))
}
