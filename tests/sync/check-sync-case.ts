import { expect } from 'vitest'

import { syncPreviewAsync } from '../../src/plugin-api/sync-preview'
import type { RestFile } from '../../src/emulator'
import type { Journey } from '../../src/model'
import { type ChangeSet, REMOVED_MARKER_VARIANT, type Resolution, resolveAll } from '../../src/sync'
import { restEntries, tagOf } from '../plugin-api/rest-board'
import { drawAsync, readBothWaysAsync } from '../reader/generated-board'
import { applyBoardEditsAsync, type BoardEdit } from './board-edits'
import { expectedSync } from './expected-sync'
import { boardOf, nodeIds, readSyncedAsync, syncAsync } from './sync-board-helpers'

/** One case of the sync law: a journey J1, its changed data J2, people's edits E, one resolution for every conflict. */
export interface SyncCase {
  j1: Journey
  j2: Journey
  edits: BoardEdit[]
  resolution: Resolution
}

const byId = <T extends { id: string }>(list: Iterable<T>): T[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

/** The ids a removed node must be accounted for by, by its role; undefined when any change may account for it. */
function accountedFor(file: RestFile, nodeId: string, changeSet: ChangeSet, scoresShown: ReadonlySet<string>): string | undefined {
  const entry = restEntries(file).find((e) => e.node.id === nodeId)
  const tag = entry === undefined ? undefined : tagOf(entry.node)?.tag
  if (tag === undefined) return `node ${nodeId} was made by hand (or carries no tag) and was removed`
  // Removed by the sync, or by people (a sticky they deleted, kept deleted by a resolution): the change set names it.
  const removed = (id: string): boolean =>
    [...changeSet.changes, ...changeSet.boardEdits].some((c) => c.id === id && c.kind === 'removed') ||
    changeSet.conflicts.some((c) => c.id === id && c.kind === 'removed-on-board' && c.resolution === 'board')
  const changed = (id: string): boolean => [...changeSet.changes, ...changeSet.boardEdits, ...changeSet.conflicts, ...changeSet.keptRemovals].some((c) => c.id === id)
  const laneChanges = changeSet.changes.some((c) => c.subject === 'lane' || c.subject === 'journey')
  switch (tag.role) {
    case 'item':
      return removed(`item:${tag.itemId}`) ? undefined : `the sticky of item ${tag.itemId} was removed, but the change set does not remove the item`
    case 'link':
      return removed(`link:${tag.linkId}`) ? undefined : `the connector of link ${tag.linkId} was removed, but the change set does not remove the link`
    case 'lane-label':
      return removed(`lane:${tag.laneId}`) ? undefined : `the label of lane ${tag.laneId} was removed, but the change set does not remove the lane`
    case 'stage':
      if (tag.part !== undefined) return changed(`stage:${tag.stageId}`) ? undefined : `the description of stage ${tag.stageId} went unaccounted for`
      return removed(`stage:${tag.stageId}`) ? undefined : `the section of stage ${tag.stageId} was removed, but the change set does not remove the stage`
    case 'score-badge':
    case 'emotion-point':
      // Which items sit on the curve depends on the others (a touchpoint moved out of its lane hands the
      // curve to another lane): a score still shown by the other mark was moved between them, not lost.
      if (tag.itemId !== undefined && scoresShown.has(tag.itemId)) return undefined
      return changed(`item:${tag.itemId}`) || laneChanges ? undefined : `a ${tag.role} of item ${tag.itemId} was removed, but the item did not change`
    case 'flag-marker':
      return changed(`item:${tag.itemId}`) || laneChanges ? undefined : `a ${tag.role} of item ${tag.itemId} was removed, but the item did not change`
    default:
      // The header, legend, persona card, phase bands, emotion lines and blueprint lines follow the journey as a whole.
      return undefined
  }
}

/**
 * Draws J1, makes the edits, syncs to J2 and checks the law: the board reads back as J2 plus what
 * survives of the edits (as expectedSync works it out, unless `oracle` is false: for edits it does
 * not cover, the board must still read back as the merge says); every sticky and connector made by hand is still there with its id; the
 * board is sound (no overlaps, everything tagged and in its cell); no node went that the change set
 * does not account for; and syncing again to the same data changes nothing.
 */
export async function checkSyncCaseAsync({ j1, j2, edits, resolution }: SyncCase, options: { oracle?: boolean } = {}): Promise<void> {
  const emulator = await drawAsync(j1)
  const { api } = emulator
  const hand = await applyBoardEditsAsync(emulator, j1, edits)
  const board = (await readBothWaysAsync(emulator)).journey
  const before = emulator.toRestFile()
  const idsBefore = nodeIds(api)
  const stickyOf = new Map(
    restEntries(before).flatMap((e) => (e.node.type === 'STICKY' && tagOf(e.node)?.tag.itemId !== undefined ? [[e.node.id, tagOf(e.node)!.tag.itemId!]] : []))
  )
  hand.stickies.forEach((id) => stickyOf.set(id, `item-${id.replace(':', '-')}`))
  const attached = new Set(
    hand.connectors.flatMap((id) => {
      const connector = api.currentPage.findOne((n) => n.id === id) as ConnectorNode
      return [connector.connectorStart, connector.connectorEnd].flatMap((end) =>
        'endpointNodeId' in end && stickyOf.has(end.endpointNodeId) ? [stickyOf.get(end.endpointNodeId)!] : []
      )
    })
  )

  const preview = await syncPreviewAsync(api, boardOf(emulator).id, j2)
  if (!preview.ok) throw new Error(JSON.stringify(preview.problems))
  const summary = await syncAsync(emulator, j2, resolveAll(preview.value.changeSet, resolution))
  const after: Journey = await readSyncedAsync(emulator)
  expect(after).toEqual(summary.journey)

  const expected = options.oracle === false ? undefined : expectedSync(j1, j2, board, resolution, attached)
  if (expected !== undefined) {
    expect(byId(after.items)).toEqual(byId(expected.items.values()))
    expect(byId(after.links)).toEqual(byId(expected.links.values()))
    expect(byId(after.stages)).toEqual(byId(expected.stages.values()))
    expect(byId(after.lanes)).toEqual(byId(expected.lanes.values()))
    const order = (list: readonly { id: string }[], keep: readonly { id: string }[]): string[] =>
      list.map((e) => e.id).filter((id) => keep.some((k) => k.id === id))
    expect(order(after.stages, j2.stages)).toEqual(order(j2.stages, after.stages))
    expect(order(after.lanes, j2.lanes)).toEqual(order(j2.lanes, after.lanes))
    expect({ title: after.title, scenario: after.scenario, personas: after.personas }).toEqual({ title: j2.title, scenario: j2.scenario, personas: j2.personas })
  }

  const idsAfter = nodeIds(api)
  for (const id of [...hand.stickies, ...hand.connectors]) expect(idsAfter.has(id)).toBe(true)
  const scoresShown = new Set(
    restEntries(emulator.toRestFile()).flatMap((e) => {
      const tag = tagOf(e.node)?.tag
      return (tag?.role === 'score-badge' || tag?.role === 'emotion-point') && tag.itemId !== undefined ? [tag.itemId] : []
    })
  )
  const unaccounted = [...idsBefore].filter((id) => !idsAfter.has(id)).flatMap((id) => accountedFor(before, id, summary.changeSet, scoresShown) ?? [])
  expect(unaccounted).toEqual([])
  const labelled = restEntries(emulator.toRestFile()).flatMap((e) => {
    const tag = tagOf(e.node)?.tag
    return tag?.variant === REMOVED_MARKER_VARIANT && tag.itemId !== undefined ? [tag.itemId] : []
  })
  if (expected !== undefined) expect(labelled.sort()).toEqual([...expected.marked].sort())

  const file = emulator.toRestFile()
  const again = await syncAsync(emulator, j2, resolveAll(summary.changeSet, resolution))
  expect(again.changeSet.changes).toEqual([])
  expect(emulator.toRestFile()).toEqual(file)
}
