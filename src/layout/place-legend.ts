import type { BoardLabels } from './board-labels'
import {
  BODY_FONT,
  HEADING_FONT,
  LEGEND_COLUMN_GAP,
  LEGEND_LABEL_FONT_SIZE,
  LEGEND_LABEL_WIDTH,
  LEGEND_ROW_GAP,
  LEGEND_SWATCH_GAP,
  LEGEND_SWATCH_SIZE,
  LEGEND_TITLE_FONT_SIZE,
  MARKER_FONT_SIZE
} from './layout-metrics'
import type { LegendEntry } from './legend-entries'
import { BOARD_KEY, type PlanBuilder, planTag } from './plan-builder'
import { glyphShapeSize, measureTextNode, type TextMeasure } from './text-measure'

export interface LegendArea {
  x: number
  y: number
  width: number
  entries: readonly LegendEntry[]
  labels: BoardLabels
}

/**
 * The legend: a title, then each entry as a swatch (the colour or marker itself) with its label
 * beside it, in as many columns as fit the width, row by row.
 * @returns the legend's height.
 */
export function placeLegend(plan: PlanBuilder, measure: TextMeasure, area: LegendArea): number {
  const titleHeight = measureTextNode(measure, 'legend:title', area.labels.legend, HEADING_FONT, LEGEND_TITLE_FONT_SIZE, area.width)
  plan.addText('legend:title', { x: area.x, y: area.y, width: area.width, height: titleHeight }, area.labels.legend, HEADING_FONT, LEGEND_TITLE_FONT_SIZE, {
    role: 'legend',
    part: 'title'
  })
  // One size for every swatch, so the legend's columns line up. Loops rather than map and forEach
  // with callbacks made per call, and tags spelled out rather than spread (see keepShape).
  let swatchSize = LEGEND_SWATCH_SIZE
  for (const entry of area.entries) {
    swatchSize = Math.max(swatchSize, glyphShapeSize(measure, entry.swatch.text, HEADING_FONT, entry.swatch.fontSize ?? MARKER_FONT_SIZE, LEGEND_SWATCH_SIZE, entry.swatch.shapeType))
  }
  const entryWidth = swatchSize + LEGEND_SWATCH_GAP + LEGEND_LABEL_WIDTH
  const columns = Math.max(1, Math.floor((area.width + LEGEND_COLUMN_GAP) / (entryWidth + LEGEND_COLUMN_GAP)))
  let y = area.y + titleHeight + LEGEND_ROW_GAP
  for (let start = 0; start < area.entries.length; start += columns) {
    const end = Math.min(area.entries.length, start + columns)
    const labelHeights: number[] = []
    let rowHeight = swatchSize
    for (let at = start; at < end; at++) {
      const entry = area.entries[at] as LegendEntry
      const height = measureTextNode(measure, `legend:${entry.id}:label`, entry.label, BODY_FONT, LEGEND_LABEL_FONT_SIZE, LEGEND_LABEL_WIDTH)
      labelHeights.push(height)
      rowHeight = Math.max(rowHeight, height)
    }
    for (let at = start; at < end; at++) {
      const entry = area.entries[at] as LegendEntry
      const column = at - start
      const x = area.x + column * (entryWidth + LEGEND_COLUMN_GAP)
      const labelHeight = labelHeights[column] ?? 0
      plan.add({
        kind: 'shape',
        key: `legend:${entry.id}:swatch`,
        parent: BOARD_KEY,
        name: `legend:${entry.id}:swatch`,
        x,
        y,
        width: swatchSize,
        height: swatchSize,
        shapeType: entry.swatch.shapeType,
        fill: entry.swatch.fill,
        stroke: entry.swatch.stroke,
        textFill: entry.swatch.textFill,
        text: entry.swatch.text,
        font: HEADING_FONT,
        fontSize: entry.swatch.fontSize ?? MARKER_FONT_SIZE,
        tag: planTag({ role: 'legend', legendSubject: entry.subject, laneId: entry.laneId, activityTypeId: entry.activityTypeId, variant: entry.variant, part: 'swatch' })
      })
      // A one-line label is centred on its swatch; a longer one hangs from the swatch's top.
      const labelY = y + Math.max(0, Math.floor((swatchSize - labelHeight) / 2))
      plan.addText(
        `legend:${entry.id}:label`,
        { x: x + swatchSize + LEGEND_SWATCH_GAP, y: labelY, width: LEGEND_LABEL_WIDTH, height: labelHeight },
        entry.label,
        BODY_FONT,
        LEGEND_LABEL_FONT_SIZE,
        { role: 'legend', legendSubject: entry.subject, laneId: entry.laneId, activityTypeId: entry.activityTypeId, variant: entry.variant, part: 'label' }
      )
    }
    y += rowHeight + LEGEND_ROW_GAP
  }
  return y - LEGEND_ROW_GAP - area.y
}
