import { STICKY_SIZE } from '../layout'

/**
 * Column and row boundaries of a grid drawn without lines: between two headers the boundary is the
 * middle of a gap the stickies leave between them (people leave a gutter between columns), else
 * halfway between the headers. Which gap is read off the headers: where they stand at the start of
 * their columns (the first column's stickies start where its header does), the gap at or nearest
 * the next header's start; where they stand over the middle of their columns, the widest.
 *
 * Width alone cannot tell a gutter between columns from one between two stickies of a cell: a
 * sticky turned 10° about its corner (as the Plugin API's `rotation` turns it) moves its centre, and
 * so its reading square, by up to 23 px, which closes a 100 px gutter and opens a 20 px one to
 * about the same width. A header's start does not move with the stickies.
 */

export interface Interval {
  start: number
  end: number
}

/**
 * How far before its header a column's first sticky may start and the header still count as standing
 * at the start of its column: the slack of a hand-placed, turned sticky. A header centred over a
 * cell of two or three stickies stands further in than this.
 */
const LEAD_SLACK = STICKY_SIZE / 4

export interface AxisBand<T> {
  value: T
  start: number
  end: number
}

/**
 * Bands along one axis, one per header, in order. `headers` are the headers' extents on the axis,
 * sorted; `occupied` the extents the stickies cover; `lastLength` how far the last band reaches past
 * its header's start when nothing else says (the usual spacing of the headers).
 */
export function splitAxis<T>(headers: readonly (Interval & { value: T })[], occupied: readonly Interval[], lastLength: number): AxisBand<T>[] {
  const sorted = [...occupied].sort((a, b) => a.start - b.start)
  const atStarts = headersAtColumnStarts(headers, sorted)
  const bands: AxisBand<T>[] = []
  headers.forEach((header, i) => {
    const next = headers[i + 1]
    const start = i === 0 ? Math.min(header.start, headerLead(header, next, lastLength)) : (bands[i - 1]?.end ?? header.start)
    const end = next === undefined ? Math.max(header.end, header.start + lastLength) : boundaryBetween(header, next, sorted, atStarts)
    bands.push({ value: header.value, start, end })
  })
  return bands
}

/** The first band starts a little before its header, as far as a centred header would leave. */
function headerLead(header: Interval, next: Interval | undefined, lastLength: number): number {
  const spacing = next === undefined ? lastLength : next.start - header.start
  const width = header.end - header.start
  return header.start - Math.max(0, (spacing - width) / 2)
}

/**
 * Whether the headers stand at the start of their columns: nothing the first header heads starts
 * more than the slack before it. What it heads is what starts before the second header (everything,
 * with one header); with nothing there, the headers say nothing and the widest gap decides.
 */
function headersAtColumnStarts(headers: readonly Interval[], sorted: readonly Interval[]): boolean {
  const first = headers[0]
  const leading = sorted[0]
  if (first === undefined || leading === undefined) return false
  const second = headers[1]
  if (second !== undefined && leading.start >= second.start) return false
  return leading.start >= first.start - LEAD_SLACK
}

function boundaryBetween(a: Interval, b: Interval, sorted: readonly Interval[], atStarts: boolean): number {
  const from = (a.start + a.end) / 2
  const to = Math.max(from, (b.start + b.end) / 2)
  const better = (gap: Interval, best: Interval | undefined): boolean => {
    if (best === undefined) return true
    const wider = gap.end - gap.start > best.end - best.start
    if (!atStarts) return wider
    const nearer = distanceTo(gap, b.start) - distanceTo(best, b.start)
    return nearer < 0 || (nearer === 0 && wider)
  }
  let best: Interval | undefined
  let reach = from
  for (const span of sorted) {
    if (span.end <= reach) continue
    if (span.start >= to) break
    if (span.start > reach && better({ start: reach, end: span.start }, best)) best = { start: reach, end: span.start }
    reach = Math.max(reach, span.end)
  }
  if (reach < to && better({ start: reach, end: to }, best)) best = { start: reach, end: to }
  if (best === undefined) return (Math.max(a.end, from) + Math.min(b.start, to)) / 2
  return (best.start + best.end) / 2
}

/** How far a coordinate is from a gap; 0 inside it. */
function distanceTo(gap: Interval, at: number): number {
  return at < gap.start ? gap.start - at : at > gap.end ? at - gap.end : 0
}

/** The band holding a coordinate, else undefined; with how far inside it the coordinate is (0 at an edge, 0.5 at the middle). */
export function bandAt<T>(bands: readonly AxisBand<T>[], at: number): AxisBand<T> | undefined {
  return bands.find((band) => at >= band.start && at < band.end) ?? (bands.length > 0 && at === bands[bands.length - 1]?.end ? bands[bands.length - 1] : undefined)
}

/** How much of [start, end) lies inside the band, 0..1. */
export function shareInside(band: Interval, start: number, end: number): number {
  const length = end - start
  if (length <= 0) return 1
  return Math.max(0, Math.min(end, band.end) - Math.max(start, band.start)) / length
}

/** The middle value of a list of numbers; undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}
