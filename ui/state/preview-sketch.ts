import { SKETCH_STICKIES_PER_CELL, type SketchOutline, sketchOutline } from '../../src/formats/sketch-outline'
import type { Journey, LaneKind } from '../../src/model'

/** The sketch's own coordinate space; the SVG scales it to whatever width the card has. */
export const SKETCH_WIDTH = 160
export const SKETCH_HEIGHT = 76
const PADDING = 4
const HEADER_HEIGHT = 8
const LABEL_WIDTH = 10
const GAP = 1.5
const STICKY_SIZE_MAX = 5

/** Sticky colours by lane kind, as FigJam's palette shows them (the same in light and dark). */
const LANE_COLORS: Readonly<Record<LaneKind, string>> = {
  actions: '#80CAFF',
  thoughts: '#FFD966',
  emotion: '#FFC470',
  needs: '#85E0A3',
  pains: '#FFAFA3',
  touchpoints: '#AFF4C6',
  delights: '#85E0A3',
  opportunities: '#D3BDFF',
  'action-plan': '#FFC470',
  quotes: '#E6E6E6',
  notes: '#E6E6E6',
  actor: '#80CAFF',
  'customer-actions': '#FFD966',
  frontstage: '#80CAFF',
  backstage: '#D3BDFF',
  'support-processes': '#AFF4C6',
  'physical-evidence': '#E6E6E6'
}

export interface SketchRect {
  x: number
  y: number
  width: number
  height: number
}

export interface SketchSticky extends SketchRect {
  color: string
}

export interface PreviewSketch {
  width: number
  height: number
  /** One header block per stage. */
  stages: SketchRect[]
  /** One band per lane. */
  lanes: SketchRect[]
  stickies: SketchSticky[]
  /** SVG path data of the emotion curve (smoothed through each scored stage), or '' without scores. */
  curve: string
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}

/**
 * Lays out a thumbnail of the board a journey draws: stage headers across, lane bands down, up to
 * three stickies per cell, and the emotion curve across the stages. Pure geometry, so the gallery
 * and the import preview draw the same thing and tests can check it without a DOM.
 */
export function sketchJourney(journey: Journey): PreviewSketch {
  return sketchFromOutline(sketchOutline(journey))
}

/** The thumbnail of a sketch outline (what the sandbox sends for each template in the gallery). */
export function sketchFromOutline(outline: SketchOutline): PreviewSketch {
  const columns = Math.max(1, outline.stages)
  const rows = Math.max(1, outline.lanes.length)
  const gridX = PADDING + LABEL_WIDTH
  const gridY = PADDING + HEADER_HEIGHT + GAP
  const cellWidth = (SKETCH_WIDTH - gridX - PADDING) / columns
  const cellHeight = (SKETCH_HEIGHT - gridY - PADDING) / rows

  const stages = Array.from({ length: outline.stages }, (_, index) => ({
    x: round(gridX + index * cellWidth + GAP / 2),
    y: PADDING,
    width: round(cellWidth - GAP),
    height: HEADER_HEIGHT
  }))
  const lanes = outline.lanes.map((_, index) => ({
    x: PADDING,
    y: round(gridY + index * cellHeight + GAP / 2),
    width: SKETCH_WIDTH - 2 * PADDING,
    height: round(cellHeight - GAP)
  }))

  const size = Math.min(STICKY_SIZE_MAX, cellHeight - 2 * GAP, (cellWidth - 2 * GAP) / SKETCH_STICKIES_PER_CELL - GAP)
  const stickies: SketchSticky[] = []
  if (size > 0) {
    for (let column = 0; column < outline.stages; column += 1) {
      outline.lanes.forEach((kind, row) => {
        const count = outline.cells[row]?.[column] ?? 0
        for (let n = 0; n < count; n += 1) {
          stickies.push({
            x: round(gridX + column * cellWidth + GAP + n * (size + GAP)),
            y: round(gridY + row * cellHeight + (cellHeight - size) / 2),
            width: round(size),
            height: round(size),
            color: LANE_COLORS[kind]
          })
        }
      })
    }
  }

  const gridBottom = SKETCH_HEIGHT - PADDING
  const points = outline.curve.flatMap((share, index) => (share === null ? [] : [{ x: gridX + (index + 0.5) * cellWidth, y: gridBottom - share * (gridBottom - gridY) }]))
  return { width: SKETCH_WIDTH, height: SKETCH_HEIGHT, stages, lanes, stickies, curve: smoothPath(points, gridY, gridBottom) }
}

/**
 * A smooth curve through the points (Catmull-Rom turned into cubic Béziers), with control points
 * kept inside the grid so the curve never overshoots its rows.
 */
export function smoothPath(points: readonly { x: number; y: number }[], top: number, bottom: number): string {
  if (points.length < 2) return ''
  const clampY = (y: number): number => Math.max(top, Math.min(bottom, y))
  const first = points[0] as { x: number; y: number }
  let d = `M${round(first.x)},${round(first.y)}`
  for (let i = 0; i < points.length - 1; i += 1) {
    const p0 = points[Math.max(0, i - 1)] as { x: number; y: number }
    const p1 = points[i] as { x: number; y: number }
    const p2 = points[i + 1] as { x: number; y: number }
    const p3 = points[Math.min(points.length - 1, i + 2)] as { x: number; y: number }
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: clampY(p1.y + (p2.y - p0.y) / 6) }
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: clampY(p2.y - (p3.y - p1.y) / 6) }
    d += ` C${round(c1.x)},${round(c1.y)} ${round(c2.x)},${round(c2.y)} ${round(p2.x)},${round(p2.y)}`
  }
  return d
}
