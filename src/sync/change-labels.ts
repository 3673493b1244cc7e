import type { Item, Journey, Link } from '../model'

/** Labels longer than this are cut with an ellipsis: a change list shows one line per change. */
export const LABEL_LENGTH = 60

/** An item as a change list names it: the first line of its text, shortened; its id when it has no text. */
export function itemLabel(item: Item): string {
  const line = item.text.split(/\r\n|\r|\n|\u2028/)[0]?.trim() ?? ''
  return line === '' ? `(empty item ${item.id})` : shorten(line)
}

/** Where an item sits, as "Stage / Lane", by the names in `journeys` (the first that knows each id). */
export function itemPlace(item: Pick<Item, 'stageId' | 'laneId'>, journeys: readonly Journey[]): string {
  const stage = journeys.map((j) => j.stages.find((s) => s.id === item.stageId)).find((s) => s !== undefined)
  const lane = journeys.map((j) => j.lanes.find((l) => l.id === item.laneId)).find((l) => l !== undefined)
  return `${stage?.name ?? item.stageId} / ${lane?.name ?? item.laneId}`
}

/**
 * The items of `journeys` by id, the first journey that holds an id winning; built once per list of
 * journeys, since a change set labels every link of a big board against the same journeys.
 */
const itemsOf = new WeakMap<readonly Journey[], ReadonlyMap<string, Item>>()
function itemIndex(journeys: readonly Journey[]): ReadonlyMap<string, Item> {
  let index = itemsOf.get(journeys)
  if (index === undefined) {
    const built = new Map<string, Item>()
    for (const journey of journeys) for (const item of journey.items) if (!built.has(item.id)) built.set(item.id, item)
    itemsOf.set(journeys, built)
    index = built
  }
  return index
}

/** A link as "from → to" by its items' labels (and its own label when it has one). */
export function linkLabel(link: Link, journeys: readonly Journey[]): string {
  const name = (id: string): string => {
    const item = itemIndex(journeys).get(id)
    return item === undefined ? id : itemLabel(item)
  }
  const label = link.label.trim()
  return `${name(link.from)} → ${name(link.to)}${label === '' ? '' : ` (${shorten(label)})`}`
}

export function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= LABEL_LENGTH ? flat : `${flat.slice(0, LABEL_LENGTH - 1)}…`
}
