import type { Item, Journey, Lane, Link, Stage } from '../../src/model'

/**
 * What a synced board must read back as, worked out plainly from the three journeys, independently
 * of the merge's code: J2 (the data) plus what survives of people's edits (the board as read after
 * them, `board`), with J1 (what the board was drawn from) as the base, and one resolution for every
 * conflict. Covers the edits the property tests make: the data changes anything, people move, edit,
 * add and delete stickies and draw connectors.
 */
export interface ExpectedSync {
  /** Items by id. */
  items: Map<string, Item>
  /** Items kept though the data removed them, which carry the "Removed from data" label. */
  marked: Set<string>
  links: Map<string, Link>
  stages: Map<string, Stage>
  lanes: Map<string, Lane>
}

/** JSON with object keys sorted, so equal values give equal strings whatever order their keys were set in. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_key, x: unknown) =>
    x !== null && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x
  ) ?? 'undefined'
const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b)
const value = (entity: object, field: string): unknown => (entity as Record<string, unknown>)[field]
const set = (target: Record<string, unknown>, field: string, to: unknown): void => {
  if (to === undefined) delete target[field]
  else target[field] = to
}

export function expectedSync(
  j1: Journey,
  j2: Journey,
  board: Journey,
  resolution: 'board' | 'data' | 'keep-both',
  attachedByHand: ReadonlySet<string>
): ExpectedSync {
  const byId = <T extends { id: string }>(list: readonly T[]): Map<string, T> => new Map(list.map((e) => [e.id, e]))
  const base = byId(j1.items)
  const onBoard = byId(board.items)
  const inData = byId(j2.items)
  const baseLinks = byId(j1.links)
  const handLinks = board.links.filter((link) => !same(link, baseLinks.get(link.id)))
  const linkedOnBoard = new Set(handLinks.flatMap((link) => [link.from, link.to]))

  const items = new Map<string, Item>()
  const marked = new Set<string>()
  for (const id of new Set([...base.keys(), ...onBoard.keys(), ...inData.keys()])) {
    const o = base.get(id)
    const b = onBoard.get(id)
    const d = inData.get(id)
    if (o === undefined) {
      const added = b ?? d
      if (added !== undefined) items.set(id, added)
      continue
    }
    if (b !== undefined && d !== undefined) {
      const merged: Record<string, unknown> = { ...b }
      const conflicts: string[] = []
      for (const field of new Set([...Object.keys(b), ...Object.keys(d), ...Object.keys(o)])) {
        const [bv, dv, ov] = [value(b, field), value(d, field), value(o, field)]
        if (same(bv, dv) || same(dv, ov)) continue
        if (!same(bv, ov)) conflicts.push(field)
        if (same(bv, ov) || resolution === 'data') set(merged, field, dv)
      }
      items.set(id, merged as Item)
      if (conflicts.length > 0 && resolution === 'keep-both') {
        const copy: Record<string, unknown> = { ...merged, id: `${id}-data` }
        for (const field of conflicts) set(copy, field, value(d, field))
        items.set(copy.id as string, copy as Item)
      }
      continue
    }
    if (b !== undefined) {
      if (!same(b, o) || linkedOnBoard.has(id) || attachedByHand.has(id)) {
        items.set(id, b)
        marked.add(id)
      }
      continue
    }
    if (d !== undefined && !same(d, o) && resolution !== 'board') items.set(id, d)
  }

  // Evidence may cite only items that are still there: an item the merge drops leaves no dangling id behind.
  for (const [id, item] of items) {
    if (item.evidence !== undefined && item.evidence.itemIds.some((cited) => !items.has(cited))) {
      items.set(id, { ...item, evidence: { ...item.evidence, itemIds: item.evidence.itemIds.filter((cited) => items.has(cited)) } })
    }
  }

  const links = new Map<string, Link>()
  for (const link of [...j2.links, ...handLinks]) {
    if (items.has(link.from) && items.has(link.to)) links.set(link.id, link)
  }
  const homes = <T extends { id: string }>(data: readonly T[], boardList: readonly T[], needed: (item: Item) => string): Map<string, T> => {
    const found = byId(data)
    for (const item of items.values()) {
      const id = needed(item)
      const kept = boardList.find((e) => e.id === id)
      if (!found.has(id) && kept !== undefined) found.set(id, kept)
    }
    return found
  }
  return {
    items,
    marked,
    links,
    stages: homes(j2.stages, board.stages, (item) => item.stageId),
    lanes: homes(j2.lanes, board.lanes, (item) => item.laneId)
  }
}
