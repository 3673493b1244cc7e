import { IdTable } from '../reader/id-table'
import { sameValue } from './same-value'

export interface OrderInputs {
  /** Ids in the order the board shows them. */
  board: readonly string[]
  /** Ids in the data's order. */
  data: readonly string[]
  /** Ids in the base's order (what the data last said). */
  base: readonly string[]
  /** The ids the merged journey keeps; the order holds exactly these. */
  keep: ReadonlySet<string>
}

export interface MergedOrder {
  /** The merged order, taking the board's side where both reordered differently. */
  order: string[]
  /** Set when both sides reordered the ids they share, differently: the whole order each choice gives. */
  conflict?: { board: string[]; data: string[] }
  /** Whether the shared ids follow the board's order (people reordered them and the data did not). */
  boardWins: boolean
}

/**
 * Merges the order of stages or lanes three ways. Only the ids both the board and the data hold are
 * compared: if one side kept the base's relative order, the other side's order wins; if both
 * reordered them differently, that is a conflict. Ids only one side holds then go after their
 * nearest predecessor on that side (the data's new ones first, then the board's), so a stage the
 * data added lands where the data put it and one kept on the board stays beside its neighbours.
 */
export function mergeOrder({ board, data, base, keep }: OrderInputs): MergedOrder {
  const inData = new Set(data)
  const inBase = new Set(base)
  const shared = new Set(board.filter((id) => inData.has(id) && keep.has(id)))
  const boardShared = board.filter((id) => shared.has(id))
  const dataShared = data.filter((id) => shared.has(id))
  // Ids both sides added cannot have been reordered from the base; compare the others only.
  const known = (ids: readonly string[]): string[] => ids.filter((id) => shared.has(id) && inBase.has(id))
  const orderFor = (relative: readonly string[]): string[] => {
    const order = [...relative]
    insertAfterPredecessors(order, data, keep)
    insertAfterPredecessors(order, board, keep)
    return order
  }
  if (sameValue(boardShared, dataShared) || sameValue(known(board), known(base))) {
    return { order: orderFor(dataShared), boardWins: false }
  }
  if (sameValue(known(data), known(base))) return { order: orderFor(boardShared), boardWins: true }
  const onBoard = orderFor(boardShared)
  return { order: onBoard, conflict: { board: onBoard, data: orderFor(dataShared) }, boardWins: true }
}

/**
 * A merged sequence without conflicts: the kept ids of `primary` in its order, then those only
 * `secondary` holds, each after its nearest predecessor there. Items follow the data's order this
 * way, with the ones kept on the board beside their neighbours.
 */
export function mergeSequence(primary: readonly string[], secondary: readonly string[], keep: Pick<ReadonlySet<string>, 'has'>): string[] {
  const order = primary.filter((id) => keep.has(id))
  insertAfterPredecessors(order, secondary, keep)
  return order
}

/**
 * Adds the kept ids of `side` missing from `order`, each right after its nearest kept predecessor
 * on that side (else first), in one pass instead of one search per id. Each missing id is recorded
 * after the last kept id met before it on that side, newest first (each goes right after that
 * predecessor, ahead of any placed there before), and the records are then spliced in.
 */
function insertAfterPredecessors(order: string[], side: readonly string[], keep: Pick<ReadonlySet<string>, 'has'>): void {
  // Spread over Maps of a few thousand ids (see IdTable): a big board's items are thousands.
  const placed = new IdTable<true>(order.length)
  for (const id of order) placed.set(id, true)
  const after = new Map<string | undefined, string[]>()
  let predecessor: string | undefined
  for (const id of side) {
    if (!keep.has(id)) continue
    if (!placed.has(id)) {
      placed.set(id, true)
      const next = after.get(predecessor)
      if (next === undefined) after.set(predecessor, [id])
      else next.unshift(id)
    }
    predecessor = id
  }
  if (after.size === 0) return
  const merged: string[] = []
  // Depth first, without recursion: a long run of new ids would otherwise nest as deep as it is long.
  const emit = (start: string | undefined): void => {
    const stack: (string | undefined)[] = [start]
    while (stack.length > 0) {
      const id = stack.pop()
      if (id !== undefined) merged.push(id)
      const next = after.get(id)
      if (next === undefined) continue
      // Only where the id is first put: a repeated id keeps nothing after it a second time.
      after.delete(id)
      for (let i = next.length - 1; i >= 0; i -= 1) stack.push(next[i])
    }
  }
  emit(undefined)
  for (const id of order) emit(id)
  order.length = 0
  for (const id of merged) order.push(id)
}
