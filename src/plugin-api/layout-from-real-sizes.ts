import { estimatedTextMeasure, type MeasureRequest, MeasurementTable, type TextMeasure } from '../layout/text-measure'
import type { MeasuredNodes, MeasureOptions } from './measured-nodes'

/**
 * Layout passes before giving up. Each pass measures what the one before asked for and did not
 * know: the square stickies and texts, then the wide stickies and the texts whose width followed
 * the columns, then (rarely) texts in columns that widened again.
 */
export const MAX_LAYOUT_PASSES = 5

/**
 * Lays out from the sizes FigJam reports, FigJam's two-pass rule: the pure `layout` runs with the
 * heights measured so far; every text it asked for and no one had measured is measured in FigJam
 * (measured-nodes.ts), and it runs again, until it asks for nothing new. The result rests only on
 * heights FigJam reported. The measuring nodes stay in `nodes` for the writer to place.
 */
export async function layoutFromRealSizesAsync<T>(layout: (measure: TextMeasure) => T, nodes: MeasuredNodes, options: RealSizesOptions = {}): Promise<T> {
  return (await measuredLayoutAsync(layout, nodes, options)).layout
}

export interface RealSizesOptions extends MeasureOptions {
  /** Heights known without measuring (what FigJam reported for texts already on the board). */
  already?: (request: MeasureRequest) => number | undefined
}

/**
 * layoutFromRealSizesAsync, also returning the height of every text (not sticky) the layout used,
 * by request key (measureRequestKey), in key order: the board stores them, so an update measures
 * only texts that changed (a shape's or a marker's text height cannot be read off the board).
 */
export async function measuredLayoutAsync<T>(
  layout: (measure: TextMeasure) => T,
  nodes: MeasuredNodes,
  options: RealSizesOptions = {}
): Promise<{ layout: T; textHeights: Record<string, number> }> {
  const known = new Map<string, number>()
  for (let pass = 1; ; pass += 1) {
    const table = new MeasurementTable(known, estimatedTextMeasure, options.already)
    const result = layout(table)
    if (table.misses.size === 0) return { layout: result, textHeights: Object.fromEntries([...table.textHeights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) }
    if (pass === MAX_LAYOUT_PASSES) throw new Error(`the layout still needed ${table.misses.size} text sizes after ${pass} passes`)
    for (const [key, height] of await nodes.measureAsync(table.misses.values(), options)) known.set(key, height)
  }
}
