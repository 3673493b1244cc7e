import { minOf, maxOf } from '../model'
import type { StickyColor } from '../model'
import type { SnapshotNode } from './board-snapshot'
import { verticalOverlap } from './board-geometry'
import { labelName, labelText } from './hand-made-layout'
import { stickyColorOf } from './sticky-color-of'
import type { WarningLog } from './warning-log'

export interface LegendEntry {
  colour: StickyColor
  name: string
  /** The swatch and, when the word is beside it, the text. */
  nodes: SnapshotNode[]
}

export interface ColourLegend {
  /** In reading order (top to bottom, then left to right). */
  entries: LegendEntry[]
  used: Set<string>
}

const SWATCH_TYPES = new Set(['STICKY', 'SHAPE_WITH_TEXT'])
/** A word beside a swatch may start this far right of it, as a share of the swatch's width. */
const WORD_GAP = 1
/** Entries of one legend are no further apart than this, as a share of the larger swatch. */
const ENTRY_GAP = 1.5

/**
 * A colour legend among the nodes the map's layout left over: two or more swatches (sample stickies
 * or shapes) of different colours close together, each with its word (written on it, or a text just
 * right of it). It counts only when the map's stickies use at least two of its colours; the largest
 * such group wins. Undefined when there is none.
 * @param leftovers nodes outside the map's stages and labels
 * @param itemColours the colours of the stickies that are items
 */
export function findColourLegend(log: WarningLog, leftovers: readonly SnapshotNode[], itemColours: ReadonlySet<StickyColor>): ColourLegend | undefined {
  const texts = leftovers.filter((n) => n.type === 'TEXT' && labelText(n) !== '')
  const entries: LegendEntry[] = []
  const takenTexts = new Set<string>()
  const swatches = leftovers.filter((n) => SWATCH_TYPES.has(n.type) && n.fill !== undefined).sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x)
  for (const swatch of swatches) {
    const own = labelText(swatch)
    const word =
      own === ''
        ? texts
            .filter((t) => !takenTexts.has(t.id) && t.box.x >= swatch.box.x + swatch.box.width * 0.5)
            .filter((t) => t.box.x - (swatch.box.x + swatch.box.width) <= swatch.box.width * WORD_GAP && verticalOverlap(t.box, swatch.box) >= 0.5)
            .sort((a, b) => a.box.x - b.box.x)[0]
        : undefined
    if (own === '' && word === undefined) continue
    if (word !== undefined) takenTexts.add(word.id)
    entries.push({ colour: stickyColorOf(swatch.fill ?? ''), name: own !== '' ? labelName(swatch) : labelName(word as SnapshotNode), nodes: word === undefined ? [swatch] : [swatch, word] })
  }

  const groups = groupsOf(entries)
  const useful = groups
    .map(distinctColours)
    .filter((group) => group.entries.length >= 2 && group.entries.filter((e) => itemColours.has(e.colour)).length >= 2)
    .sort((a, b) => b.entries.length - a.entries.length)
  const legend = useful[0]
  if (legend === undefined) return undefined
  for (const { entry, first } of legend.repeats) {
    const node = entry.nodes[0]
    if (node !== undefined) log.add(node.id, 'legend-colour-repeated', { node, colour: entry.colour, name: first.name })
  }
  return { entries: legend.entries, used: new Set([...legend.entries, ...legend.repeats.map((r) => r.entry)].flatMap((e) => e.nodes.map((n) => n.id))) }
}

/** Entries chained by nearness into groups. */
function groupsOf(entries: readonly LegendEntry[]): LegendEntry[][] {
  const groups: LegendEntry[][] = []
  const near = (a: LegendEntry, b: LegendEntry): boolean => {
    const sa = a.nodes[0]?.box
    const sb = b.nodes[0]?.box
    if (sa === undefined || sb === undefined) return false
    const reach = Math.max(sa.width, sa.height, sb.width, sb.height) * ENTRY_GAP
    const dx = Math.max(0, Math.max(sa.x, sb.x) - Math.min(sa.x + sa.width, sb.x + sb.width))
    const dy = Math.max(0, Math.max(sa.y, sb.y) - Math.min(sa.y + sa.height, sb.y + sb.height))
    return dx <= reach && dy <= reach
  }
  for (const entry of entries) {
    const joined = groups.filter((g) => g.some((other) => near(entry, other)))
    const merged = [...joined.flat(), entry]
    for (const g of joined) groups.splice(groups.indexOf(g), 1)
    groups.push(merged)
  }
  return groups
}

/** A group in reading order with one entry per colour: a repeated colour keeps its first word. */
function distinctColours(group: readonly LegendEntry[]): { entries: LegendEntry[]; repeats: { entry: LegendEntry; first: LegendEntry }[] } {
  const seen = new Map<StickyColor, LegendEntry>()
  const entries: LegendEntry[] = []
  const repeats: { entry: LegendEntry; first: LegendEntry }[] = []
  // A legend laid out in a row reads left to right, one in a column top to bottom.
  const xs = group.map((e) => e.nodes[0]?.box.x ?? 0)
  const ys = group.map((e) => e.nodes[0]?.box.y ?? 0)
  const across = maxOf(xs) - minOf(xs) > maxOf(ys) - minOf(ys)
  const at = (e: LegendEntry): number => (across ? (e.nodes[0]?.box.x ?? 0) : (e.nodes[0]?.box.y ?? 0))
  const ordered = [...group].sort((a, b) => at(a) - at(b))
  for (const entry of ordered) {
    const first = seen.get(entry.colour)
    if (first === undefined) {
      seen.set(entry.colour, entry)
      entries.push(entry)
    } else repeats.push({ entry, first })
  }
  return { entries, repeats }
}
