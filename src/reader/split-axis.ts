/**
 * Column and row boundaries of a grid drawn without lines: between two headers the boundary is the
 * middle of the widest gap the stickies leave between them (people leave a gutter between columns),
 * else halfway between the headers.
 */

export interface Interval {
  start: number
  end: number
}

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
  const bands: AxisBand<T>[] = []
  headers.forEach((header, i) => {
    const next = headers[i + 1]
    const start = i === 0 ? Math.min(header.start, headerLead(header, next, lastLength)) : (bands[i - 1]?.end ?? header.start)
    const end = next === undefined ? Math.max(header.end, header.start + lastLength) : boundaryBetween(header, next, sorted)
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

function boundaryBetween(a: Interval, b: Interval, sorted: readonly Interval[]): number {
  const from = (a.start + a.end) / 2
  const to = Math.max(from, (b.start + b.end) / 2)
  let best: Interval | undefined
  let reach = from
  for (const span of sorted) {
    if (span.end <= reach) continue
    if (span.start >= to) break
    if (span.start > reach && (best === undefined || span.start - reach > best.end - best.start)) best = { start: reach, end: span.start }
    reach = Math.max(reach, span.end)
  }
  if (reach < to && (best === undefined || to - reach > best.end - best.start)) best = { start: reach, end: to }
  if (best === undefined) return (Math.max(a.end, from) + Math.min(b.start, to)) / 2
  return (best.start + best.end) / 2
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
