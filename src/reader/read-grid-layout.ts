import { minOf, maxOf } from '../model'
import { STICKY_SIZE } from '../layout'
import type { Stage } from '../model'
import { unionBoxes } from '../geometry'
import type { SnapshotBox, SnapshotNode } from './board-snapshot'
import { centreOf } from '../geometry/centre-of'
import { horizontalOverlap, linesOf, stickyAnchor, verticalOverlap } from './board-geometry'
import { type AxisPlacement, type HandMadeLayout, labelName, labelText } from './hand-made-layout'
import { IdAllocator, slugId } from './id-allocator'
import { type AxisBand, bandAt, median, shareInside, splitAxis } from './split-axis'
import type { WarningLog } from './warning-log'

const HEADER_TYPES = new Set(['TEXT', 'SHAPE_WITH_TEXT'])
/** A header is above (a label left of) the map when at least this share of its stickies starts below (right of) it. */
const MOST = 0.8
/** Two labels are in one row (column) when they share at least half the smaller one's height (width). */
const SAME_LINE = 0.5
/** Below this share inside its cell, a sticky is read with a warning that it sits across a line. */
export const UNSURE_SHARE = 0.6

/**
 * A map drawn without sections or lines: stage names (texts or shapes) in a row across the top,
 * lane names in a column on the left, stickies in the grid they imply. A column runs from its header
 * to the gutter the stickies leave before the next one (rows likewise), so headers may be left-aligned
 * or centred and stickies need not line up. Without a header row the board is one stage; without
 * labels on the left it has no lane labels (a colour legend or one lane stands in).
 * @param stickies the stickies that may be items
 * @param labels texts and shapes that may be headers or labels
 */
export function readGridLayout(log: WarningLog, stickies: readonly SnapshotNode[], labels: readonly SnapshotNode[], boardNodeId: string | null): HandMadeLayout {
  const used = new Set<string>()
  // With no sticky yet, every label is where the stickies would be read from.
  const share = (test: (box: SnapshotBox) => boolean): number => (stickies.length === 0 ? 1 : stickies.filter((s) => test(s.box)).length / stickies.length)
  const candidates = labels.filter((n) => HEADER_TYPES.has(n.type) && labelText(n) !== '')

  // The header row: the lowest row of two or more labels above most stickies.
  const above = candidates.filter((n) => share((box) => box.y >= n.box.y + n.box.height) >= MOST)
  const rows = linesOf(above, (a, b) => verticalOverlap(a.box, b.box) >= SAME_LINE)
  // A lone label is a stage name only under another line of labels (the title); alone it is the title.
  const lowestFirst = [...rows].sort((a, b) => bottom(b) - bottom(a))
  const headerRow = lowestFirst.find((row) => row.length >= 2) ?? (lowestFirst.length >= 2 ? lowestFirst[0] : undefined) ?? []
  const headerBottom = headerRow.length === 0 ? -Infinity : minOf(headerRow.map((n) => n.box.y + n.box.height))

  // The lane labels: the column of labels left of most stickies, below the header row, nearest the stickies.
  const leftOf = candidates.filter(
    (n) => !headerRow.includes(n) && centreOf(n.box).y > headerBottom && share((box) => box.x >= n.box.x + n.box.width) >= MOST
  )
  const columns = linesOf(leftOf, (a, b) => horizontalOverlap(a.box, b.box) >= SAME_LINE)
  const labelColumn = [...columns].sort((a, b) => b.length - a.length || right(b) - right(a))[0] ?? []
  const laneLabels = [...labelColumn].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x)
  for (const node of laneLabels) used.add(node.id)

  const labelsRight = laneLabels.length === 0 ? -Infinity : maxOf(laneLabels.map((n) => n.box.x + n.box.width))
  const headers = headerRow.filter((n) => centreOf(n.box).x > labelsRight).sort((a, b) => a.box.x - b.box.x)
  // What lines up with the lane labels heads their column (the grid's corner): read, not a stage. Anything else left of them is not the grid's.
  for (const node of headerRow) {
    if (headers.includes(node) || laneLabels.some((label) => horizontalOverlap(label.box, node.box) >= SAME_LINE)) used.add(node.id)
  }

  const ids = new IdAllocator()
  const stages: Stage[] = headers.map((node, i) => {
    const name = labelName(node)
    return { id: ids.allocate(slugId(name, `stage-${i + 1}`)), name, description: '' }
  })
  const area = unionBoxes(stickies.map((s) => s.box))
  if (stages.length === 0) {
    stages.push({ id: 'stage-1', name: 'Stage 1', description: '' })
    if (stickies.length > 0) log.add(boardNodeId, 'no-stage-row')
  }

  // Gutters are found between the stickies' reading squares: a turned sticky's bounding box grows into them.
  const squares = stickies.map(readingSquare)
  const xs = squares.map((q) => ({ start: q.x, end: q.x + q.width }))
  const ys = squares.map((q) => ({ start: q.y, end: q.y + q.height }))
  const stageBands: AxisBand<string>[] =
    headers.length === 0
      ? [{ value: stages[0]?.id ?? 'stage-1', start: -Infinity, end: Infinity }]
      : splitAxis(
          headers.map((n, i) => ({ value: stages[i]?.id ?? '', start: n.box.x, end: n.box.x + n.box.width })),
          xs,
          lastLength(headers.map((n) => n.box.x), area === undefined ? 0 : area.x + area.width)
        )
  const laneBands: AxisBand<number>[] = splitAxis(
    laneLabels.map((n, i) => ({ value: i, start: n.box.y, end: n.box.y + n.box.height })),
    ys,
    lastLength(laneLabels.map((n) => n.box.y), area === undefined ? 0 : area.y + area.height)
  )
  // Nothing above the first lane label's row is in a lane.
  const mapTop = headers.length === 0 ? -Infinity : headerBottom

  return {
    kind: 'grid',
    stages,
    laneLabels: laneLabels.map((node) => ({ node, name: labelName(node) })),
    used,
    area: unionBoxes([...headers, ...laneLabels, ...stickies].map((n) => n.box)),
    cellItems: [],
    outside: 'outside-grid',
    stageHolding: () => undefined,
    stageOf(node): AxisPlacement<string> | undefined {
      const at = stickyAnchor(node)
      if (at.y < mapTop) return undefined
      const band = bandAt(stageBands, at.x)
      if (band === undefined) return undefined
      if (headers.length === 0) return { value: band.value, by: 'only-one', confidence: 1 }
      const square = readingSquare(node)
      const inside = shareInside(band, square.x, square.x + square.width)
      return { value: band.value, by: 'grid-header', confidence: inside, ...neighbour(stageBands, band, square.x, square.x + square.width) }
    },
    laneOf(node): AxisPlacement<number> | undefined {
      if (laneBands.length === 0) return undefined
      const square = readingSquare(node)
      const band = bandAt(laneBands, stickyAnchor(node).y)
      if (band === undefined) return undefined
      const inside = shareInside(band, square.y, square.y + square.height)
      return { value: band.value, by: 'grid-header', confidence: inside, ...neighbour(laneBands, band, square.y, square.y + square.height) }
    }
  }
}

/**
 * The square a sticky is read by: its top square (it grows down as its text grows), centred on its
 * anchor. A turned sticky's centre is its bounding box's centre whichever point it was turned about
 * (the Plugin API's `rotation` turns it about its x/y [T: rotation], a hand on the canvas need not),
 * so live and REST boxes read alike and no rotation is read.
 */
function readingSquare(node: SnapshotNode): SnapshotBox {
  const at = stickyAnchor(node)
  const side = Math.min(node.box.width, node.box.height, STICKY_SIZE)
  return { x: at.x - side / 2, y: at.y - side / 2, width: side, height: side }
}

/** The band next to `band` that [start, end) reaches into most, as the alternative reading. */
function neighbour<T>(bands: readonly AxisBand<T>[], band: AxisBand<T>, start: number, end: number): { alternative?: T } {
  const i = bands.indexOf(band)
  const options = [bands[i - 1], bands[i + 1]].filter((b): b is AxisBand<T> => b !== undefined)
  const best = options.map((b) => ({ b, s: shareInside(b, start, end) })).sort((a, c) => c.s - a.s)[0]
  return best === undefined || best.s <= 0 ? {} : { alternative: best.b.value }
}

/**
 * How far the last column (row) reaches past its header: the usual spacing of the headers and half a
 * sticky more (so a legend beside the map stays out of it), else to the end of the stickies.
 */
function lastLength(starts: readonly number[], stickiesEnd: number): number {
  const sorted = [...starts].sort((a, b) => a - b)
  const spacing = median(sorted.slice(1).map((s, i) => s - (sorted[i] ?? s)))
  const last = sorted[sorted.length - 1] ?? 0
  return spacing === undefined ? Math.max(stickiesEnd - last, STICKY_SIZE) : spacing + STICKY_SIZE / 2
}

function bottom(row: readonly SnapshotNode[]): number {
  return maxOf(row.map((n) => n.box.y + n.box.height))
}

function right(column: readonly SnapshotNode[]): number {
  return maxOf(column.map((n) => n.box.x + n.box.width))
}
