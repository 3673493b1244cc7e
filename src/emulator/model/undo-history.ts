import type { RestFile } from '../rest/rest-file-types'
import { sameJson } from '../support/same-json'
import type { NodeRegistry } from './node-registry'

/**
 * FigJam's undo, as far as it is documented: `figma.commitUndo()` marks a checkpoint, and what the
 * plugin did since the one before becomes one undo step ([T] plugin-api.d.ts, `commitUndo`). The
 * history keeps the document as it stood at each checkpoint, so `undo()` puts back exactly the
 * document before the last step. A person's own edits between runs are steps too (`checkpoint`).
 * How checkpoints interact with awaits between chunks is not documented: the emulator makes none
 * of its own there, so a run that relies on one step per run is tested as one step.
 */
export class UndoHistory {
  private readonly steps: RestFile[] = []
  /** The documents undone, latest last: what redo brings back, until the document changes again. */
  private readonly undone: RestFile[] = []
  /**
   * The document as the last undo or redo left it: the step it restored, which reads back exactly
   * as it was stored (tests/emulator/rest/rest-round-trip.test.ts). Any difference is a new edit.
   */
  private leftAs: RestFile | undefined

  constructor(
    private readonly snapshot: (registry: NodeRegistry) => RestFile,
    private readonly restore: (snapshot: RestFile) => NodeRegistry,
    registry: NodeRegistry
  ) {
    this.steps.push(snapshot(registry))
  }

  /** Closes the current step: the document as it is now is what the next undo goes back to. */
  checkpoint(registry: NodeRegistry): void {
    this.steps.push(this.snapshot(registry))
    // A new step after an undo forks the history: what was undone can no longer be redone, as in any editor.
    this.undone.length = 0
  }

  /** The document before the last step, or undefined when there is nothing to undo. */
  undo(): NodeRegistry | undefined {
    if (this.steps.length < 2) return undefined
    const last = this.steps.pop()
    if (last !== undefined) this.undone.push(last)
    const before = this.steps[this.steps.length - 1]
    return before === undefined ? undefined : this.restoreLeaving(before)
  }

  /**
   * The document after the step undone last, or undefined when nothing was undone or the document
   * changed since the last undo or redo. Neither the Plugin API (which has no redo) nor Figma's
   * documentation says what FigJam's redo does after a new edit; the emulator takes the strict
   * reading, that any edit ends redo, so a plugin write that no checkpoint closed ends redo too
   * rather than be thrown away by it. Only tests acting as a person redo.
   */
  redo(registry: NodeRegistry): NodeRegistry | undefined {
    if (this.leftAs !== undefined && !sameJson(this.snapshot(registry), this.leftAs)) this.undone.length = 0
    const next = this.undone.pop()
    if (next === undefined) return undefined
    this.steps.push(next)
    return this.restoreLeaving(next)
  }

  private restoreLeaving(file: RestFile): NodeRegistry {
    this.leftAs = file
    return this.restore(file)
  }

  /** The document at the last checkpoint, the step left open: what `figma.triggerUndo()` goes back to. */
  revert(): NodeRegistry {
    const last = this.steps[this.steps.length - 1]
    if (last === undefined) throw new Error('the undo history holds no checkpoint')
    return this.restore(last)
  }

  get depth(): number {
    return this.steps.length - 1
  }
}
