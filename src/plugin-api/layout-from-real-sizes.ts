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
export async function layoutFromRealSizesAsync<T>(
  layout: (measure: TextMeasure) => T,
  nodes: MeasuredNodes,
  options: MeasureOptions & { already?: (request: MeasureRequest) => number | undefined } = {}
): Promise<T> {
  const known = new Map<string, number>()
  for (let pass = 1; ; pass += 1) {
    const table = new MeasurementTable(known, estimatedTextMeasure, options.already)
    const result = layout(table)
    if (table.misses.size === 0) return result
    if (pass === MAX_LAYOUT_PASSES) throw new Error(`the layout still needed ${table.misses.size} text sizes after ${pass} passes`)
    for (const [key, height] of await nodes.measureAsync(table.misses.values(), options)) known.set(key, height)
  }
}
