import type { Diagnostics } from '../diagnostics/diagnostics'
import type { StepOutcome } from './check-step'

/** Stickies the probe makes, with a wait for the editor between each: the chunks a big board is drawn in. */
const PROBE_NODES = 3

/**
 * Whether `figma.triggerUndo()` takes back everything the plugin did since its last checkpoint
 * when the editor had turns in between ([T] documents the checkpoint, not how awaits between chunks
 * count): the probe makes a few stickies with a wait between each, off to the side, undoes, and
 * counts what is left. Generate and Update rely on one step surviving the waits. It runs first,
 * before the check has done anything, so the undo can only take back the probe.
 */
export async function probeUndoAsync(
  api: PluginAPI,
  at: { x: number; y: number },
  yieldAsync: () => Promise<void>
): Promise<{ outcome: StepOutcome; undo: NonNullable<Diagnostics['undo']> }> {
  const before = api.currentPage.children.map((node) => node.id)
  const ids: string[] = []
  let leftAfterUndo = 0
  try {
    for (let index = 0; index < PROBE_NODES; index += 1) {
      const sticky = api.createSticky()
      sticky.x = at.x + index * sticky.width
      sticky.y = at.y
      ids.push(sticky.id)
      await yieldAsync()
    }
    api.triggerUndo()
  } finally {
    // Whatever the undo left (or an error stopped before it) goes: the check leaves nothing behind.
    for (const id of ids) {
      const left = await api.getNodeByIdAsync(id)
      if (left !== null && !left.removed) {
        left.remove()
        leftAfterUndo += 1
      }
    }
  }
  const after = api.currentPage.children.map((node) => node.id)
  const pageAsBefore = after.length === before.length && after.every((id, index) => id === before[index])
  const undo = { created: PROBE_NODES, awaits: PROBE_NODES, leftAfterUndo }
  return { outcome: { passed: leftAfterUndo === 0 && pageAsBefore, observed: { ...undo, pageAsBefore } }, undo }
}
