import { type BoardCatalogue, fillText } from '../i18n'
import { type SvgNode, svgMarkup, svgNode } from '../render/svg/svg-tree'

const SVG_NS = 'http://www.w3.org/2000/svg'

/** One curve on the chart: a value per stage, undefined where the stage has no score. */
export interface ChartSeries {
  name: string
  /** `#RRGGBB`. */
  color: string
  /** Drawn dashed: a designed ("to be") experience rather than today's. */
  dashed: boolean
  values: readonly (number | undefined)[]
}

export interface EmotionChart {
  /** Read by screen readers as the chart's name. */
  title: string
  stages: readonly string[]
  scale: { min: number; max: number }
  series: readonly ChartSeries[]
  /** How a value is written in point labels (the report's language decides the decimal sign). */
  formatValue: (value: number) => string
  /** How the report's language sets a point's curve, stage and score apart in its tip (`To be · Pickup: 1.5`). */
  typography: Pick<BoardCatalogue['typography'], 'separator' | 'labelled'>
}

const STAGE_WIDTH = 128
const MIN_PLOT_WIDTH = 480
const PLOT_HEIGHT = 200
const MARGIN = { top: 16, right: 24, bottom: 56, left: 44 }
const POINT_RADIUS = 5
const LINE_WIDTH = 3
const LABEL_FONT_SIZE = 12
const LABEL_LINE_HEIGHT = 14
/** Stage names longer than this are cut to two lines and shown whole in their tooltip. */
const LABEL_LINE_CHARS = 18
const GRID_COLOR = '#D9D9D9'
const AXIS_TEXT_COLOR = '#757575'
const TEXT_COLOR = '#1E1E1E'
const MAX_GRID_LINES = 11

/**
 * An emotion chart as standalone SVG: the stages along the bottom, the scale up the side, one line
 * per series with a dot per scored stage (each dot's tooltip names series, stage and score). Pure
 * string building, so it renders the same in a report or a test, without a browser.
 */
export function emotionChartSvg(chart: EmotionChart): string {
  return svgMarkup(emotionChartTree(chart))
}

/** The emotion chart as an SVG tree, for the panel to build as elements (see `emotionChartSvg`). */
export function emotionChartTree(chart: EmotionChart): SvgNode {
  const { min, max } = chart.scale
  const columns = Math.max(1, chart.stages.length)
  const plotWidth = Math.max(MIN_PLOT_WIDTH, columns * STAGE_WIDTH)
  const width = MARGIN.left + plotWidth + MARGIN.right
  const height = MARGIN.top + PLOT_HEIGHT + MARGIN.bottom
  const x = (stage: number): number => MARGIN.left + ((stage + 0.5) * plotWidth) / columns
  const y = (value: number): number => MARGIN.top + ((max - Math.min(max, Math.max(min, value))) / (max - min)) * PLOT_HEIGHT
  const r = (value: number): string => String(Math.round(value * 10) / 10)

  const parts: SvgNode[] = [svgNode('title', {}, chart.title)]
  for (const value of gridValues(min, max)) {
    parts.push(
      svgNode('line', { x1: MARGIN.left, x2: MARGIN.left + plotWidth, y1: r(y(value)), y2: r(y(value)), stroke: GRID_COLOR, 'stroke-width': 1 }),
      svgNode(
        'text',
        { x: MARGIN.left - 8, y: r(y(value) + 4), 'text-anchor': 'end', 'font-size': LABEL_FONT_SIZE, fill: AXIS_TEXT_COLOR },
        chart.formatValue(value)
      )
    )
  }
  chart.stages.forEach((stage, index) => {
    const lines = labelLines(stage).map((line, l) => svgNode('tspan', { x: r(x(index)), dy: l === 0 ? 0 : LABEL_LINE_HEIGHT }, line))
    parts.push(
      svgNode(
        'text',
        { x: r(x(index)), y: MARGIN.top + PLOT_HEIGHT + 20, 'text-anchor': 'middle', 'font-size': LABEL_FONT_SIZE, fill: TEXT_COLOR },
        svgNode('title', {}, stage),
        ...lines
      )
    )
  })
  for (const series of chart.series) {
    const dash: Record<string, string> = series.dashed ? { 'stroke-dasharray': '8 5' } : {}
    for (const run of definedRuns(series.values)) {
      if (run.length < 2) continue
      const d = run.map(({ index, value }, i) => `${i === 0 ? 'M' : 'L'}${r(x(index))} ${r(y(value))}`).join(' ')
      parts.push(svgNode('path', { d, fill: 'none', stroke: series.color, 'stroke-width': LINE_WIDTH, 'stroke-linejoin': 'round', ...dash }))
    }
    series.values.forEach((value, index) => {
      if (value === undefined) return
      const tip = fillText(chart.typography.labelled, { label: `${series.name}${chart.typography.separator}${chart.stages[index] ?? ''}`, value: chart.formatValue(value) })
      parts.push(
        svgNode('circle', { cx: r(x(index)), cy: r(y(value)), r: POINT_RADIUS, fill: series.color, stroke: '#FFFFFF', 'stroke-width': 1.5 }, svgNode('title', {}, tip))
      )
    })
  }
  return svgNode(
    'svg',
    { xmlns: SVG_NS, class: 'emotion-chart', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': chart.title },
    ...parts
  )
}

/** Whole steps when the scale has few of them (-2..2, 1..10), else the bottom, middle and top. */
function gridValues(min: number, max: number): number[] {
  if (Number.isInteger(min) && Number.isInteger(max) && max - min + 1 <= MAX_GRID_LINES) {
    return Array.from({ length: max - min + 1 }, (_, i) => min + i)
  }
  return [min, (min + max) / 2, max]
}

/** Consecutive stages that have a value: a line breaks where a stage has none. */
function definedRuns(values: readonly (number | undefined)[]): { index: number; value: number }[][] {
  const runs: { index: number; value: number }[][] = [[]]
  values.forEach((value, index) => {
    if (value === undefined) runs.push([])
    else runs[runs.length - 1]?.push({ index, value })
  })
  return runs.filter((run) => run.length > 0)
}

/** A stage name on at most two lines under its column, cut with an ellipsis when longer. */
function labelLines(name: string): string[] {
  const words = name.trim().split(/\s+/)
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    const next = line === '' ? word : `${line} ${word}`
    if ([...next].length <= LABEL_LINE_CHARS || line === '') line = next
    else {
      lines.push(line)
      line = word
    }
  }
  if (line !== '') lines.push(line)
  if (lines.length <= 2 && lines.every((l) => [...l].length <= LABEL_LINE_CHARS)) return lines
  const second = [...(lines[1] ?? '')]
  return [[...(lines[0] ?? '')].slice(0, LABEL_LINE_CHARS).join(''), `${second.slice(0, LABEL_LINE_CHARS - 1).join('')}…`]
}
