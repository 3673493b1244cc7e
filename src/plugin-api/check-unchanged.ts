import type { ProblemCatalogue } from '../i18n/catalogues/problems/en'
import type { PlanNode } from '../layout/board-plan'
import { TAG_KEY, TAG_NAMESPACE } from '../plugin-data/board-tags'
import type { SnapshotBox } from '../reader/board-snapshot'
import { type PaintLike, solidPaintHex } from '../reader/solid-paint-hex'
import type { LiveNode } from './live-board'
import { atPosition, type NodeNow } from './node-writers'

/** What an apply will change on the nodes a reading found, to be checked before it starts. */
export interface PlannedChanges {
  /** Plan nodes with the node standing for each now, as read, and what the reading says it is. */
  bound: readonly { spec: PlanNode; live: LiveNode; now: NodeNow; keepFill: boolean; relabel: boolean }[]
  /** Nodes people made that move, and nodes that go. */
  moved: readonly LiveNode[]
  removed: readonly LiveNode[]
}

/**
 * What changed on a node since the reading, by kind: the kinds the problem catalogues word
 * (`changedSince`), so a kind without words in every language does not compile. `updated`: another
 * update came in between.
 */
export type ChangeSinceReading = keyof ProblemCatalogue['changedSince']

/** A change since the reading, as data: the node (by id) and what happened to it. */
export interface ChangedSinceReading {
  change: ChangeSinceReading
  node: string
}

/**
 * Whether the board is still as a reading found it, as far as an apply depends on it: for each node
 * the apply will change, the values it would overwrite (text, place and size, colour) are read
 * again, once each; nodes it will move or remove must still be there; and the board's own tag must
 * be the same (no other update came in between). Everything else people did since is left alone
 * and read next time.
 * @returns what changed, or undefined when nothing the apply touches did
 */
export function changedSinceReading(changes: PlannedChanges): ChangedSinceReading | undefined {
  // The node being read: a node deleted since throws on any read but of `removed`, and is the one
  // that changed; any other error is not a change people made, and goes on to the caller.
  let reading: LiveNode | undefined
  try {
    for (const { spec, live, now, keepFill, relabel } of changes.bound) {
      const { snap, handle } = live
      reading = live
      if (spec.parent === null) {
        // Its tag and the journey it stores: another update in between changes them.
        for (const [key, value] of Object.entries({ [TAG_KEY]: '', ...snap.data })) {
          if (handle.getSharedPluginData(TAG_NAMESPACE, key) !== value) return { change: 'updated', node: snap.id }
        }
        continue
      }
      if (spec.kind !== 'section' && relabel && (now.text ?? '') !== spec.text) {
        const text = spec.kind === 'text' ? (handle as TextNode).characters : (now.textLayer ?? (handle as StickyNode).text).characters
        if (text !== (snap.text ?? '')) return { change: 'text', node: snap.id }
      }
      const placed = spec.kind !== 'connector' && (!atPosition(now, spec.x, spec.y) || now.width !== spec.width || now.height !== spec.height)
      if (placed && !sameBox(handle.absoluteBoundingBox, snap.box)) return { change: 'moved-or-resized', node: snap.id }
      if (spec.kind !== 'connector' && !keepFill && now.fill !== spec.fill && solidPaintHex((handle as StickyNode).fills as readonly PaintLike[]) !== snap.fill) {
        return { change: 'colour', node: snap.id }
      }
    }
    for (const live of changes.moved) {
      reading = live
      if (!sameBox(live.handle.absoluteBoundingBox, live.snap.box)) return { change: 'moved', node: live.snap.id }
    }
    for (const live of changes.removed) {
      reading = live
      if (live.handle.removed) return { change: 'deleted', node: live.snap.id }
    }
  } catch (error) {
    if (reading?.handle.removed === true) return { change: 'deleted', node: reading.snap.id }
    throw error
  }
  return undefined
}

function sameBox(rect: Rect | null, box: SnapshotBox): boolean {
  return rect !== null && rect.x === box.x && rect.y === box.y && rect.width === box.width && rect.height === box.height
}
