/**
 * Every change an apply makes to the board, with how to undo it, so a failure half-way can put the
 * board back exactly as it was: a node it created is removed, a node it changed gets its old
 * values. A change is recorded only once it succeeded; undoing runs newest first, so each undo sees the board as that change left it (a connector end is re-attached before
 * the node it was moved to is removed again, a node goes back to its old parent before its old
 * position there is restored).
 *
 * Removals are never recorded: a removed node cannot come back with its id, so an update removes
 * last, once everything else succeeded.
 */
export class RollbackJournal {
  private readonly undos: (() => void)[] = []

  /** How many changes are recorded. */
  get size(): number {
    return this.undos.length
  }

  /**
   * Writes `value` to `target[key]`; undoing writes `previous` back. The caller says what was there
   * (from its one reading of the board), so recording never reads the node again.
   */
  set<T extends object, K extends keyof T>(target: T, key: K, value: T[K], previous: T[K]): void {
    target[key] = value
    this.undos.push(() => {
      target[key] = previous
    })
  }

  /** Records how to undo a change just made through a call (a resize, a move to another parent...). */
  done(undo: () => void): void {
    this.undos.push(undo)
  }

  /**
   * Undoes every recorded change, newest first, carrying on past any undo that throws.
   * @returns how many undos failed (0 when the board is back as it was)
   */
  rollback(): number {
    let failed = 0
    for (const undo of this.undos.splice(0).reverse()) {
      try {
        undo()
      } catch {
        failed += 1
      }
    }
    return failed
  }
}

/** Writes without recording: for nodes the apply created, which undoing removes whole. */
export const UNRECORDED = {
  set<T extends object, K extends keyof T>(target: T, key: K, value: T[K], _previous?: T[K]): void {
    target[key] = value
  },
  done(_undo: () => void): void {}
}

/** What node writers need: a journal, or UNRECORDED for fresh nodes. */
export type ChangeRecorder = Pick<RollbackJournal, 'set' | 'done'>
