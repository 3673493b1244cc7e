import { type BoardCatalogue, boardCatalogueFor, fillText, formatNumber, languageOrDefault } from '../i18n'
import { MARK_COLORS } from '../layout'
import { followedPersona, type Journey, journeyCurves, type MarkColor, rescaleScore } from '../model'
import type { SvgNode } from '../render/svg/svg-tree'
import { type ChartSeries, emotionChartTree } from './emotion-chart-svg'
import { analyseJourney, type JourneyAnalytics } from './journey-analytics'

/** One board or journey file a report or chart is made from. */
export interface ReportSource {
  /** What the reader calls it: a file name, a board name. */
  label: string
  journey: Journey
}

export interface AnalysedSource extends ReportSource {
  analytics: JourneyAnalytics
}

/** Curve colours handed out, in turn, when two series of one chart would share a colour. */
const SERIES_COLORS: readonly MarkColor[] = ['pink', 'violet', 'blue', 'orange', 'teal', 'green', 'red', 'yellow', 'gray', 'black']

/**
 * The emotion chart of one journey's boards, as the report and the panel's Read back tab show it:
 * every scored curve of every board, on the first board's stages and scale, in the first board's
 * language.
 */
export function journeyEmotionChart(group: readonly (ReportSource | AnalysedSource)[]): { svg: SvgNode | undefined; series: ChartSeries[] } {
  const analysed = group.map((source) => ('analytics' in source ? source : { ...source, analytics: analyseJourney(source.journey) }))
  const lead = analysed[0]
  if (lead === undefined) return { svg: undefined, series: [] }
  const t = boardCatalogueFor(lead.journey.locale)
  const language = languageOrDefault(lead.journey.locale)
  const stages = unionStages(analysed)
  const series = chartSeries(analysed, stages, lead.journey, t.typography)
  const svg = emotionChartTree({
    title: fillText(t.typography.labelled, { label: t.report.emotionByStage, value: lead.journey.title }),
    typography: t.typography,
    stages: stages.map((stage) => stage.name),
    scale: lead.journey.emotionScale,
    series,
    formatValue: (value) => formatNumber(language, value)
  })
  return { svg, series }
}

/** The lead journey's stages, then any stage only another board has, in the order it has them. */
export function unionStages(group: readonly ReportSource[]): { id: string; name: string }[] {
  const stages: { id: string; name: string }[] = []
  const seen = new Set<string>()
  for (const { journey } of group) {
    for (const stage of journey.stages) {
      if (seen.has(stage.id)) continue
      seen.add(stage.id)
      stages.push({ id: stage.id, name: stage.name })
    }
  }
  return stages
}

/** Every curve with a score on every board of the journey, on the lead journey's scale, each in a colour of its own. */
function chartSeries(analysed: readonly AnalysedSource[], stages: readonly { id: string }[], lead: Journey, typography: BoardCatalogue['typography']): ChartSeries[] {
  const used = new Set<MarkColor>()
  const many = analysed.length > 1
  const series: ChartSeries[] = []
  for (const { journey, analytics, label } of analysed) {
    const persona = followedPersona(journey)?.name ?? label
    journeyCurves(journey).forEach((curve, c) => {
      const values = stages.map((stage) => {
        const value = analytics.stages.find((s) => s.stageId === stage.id)?.emotionByCurve[c]?.emotion
        return value === undefined ? undefined : rescaleScore(value, journey.emotionScale, lead.emotionScale)
      })
      if (values.every((value) => value === undefined)) return
      const color = used.has(curve.color) ? (SERIES_COLORS.find((candidate) => !used.has(candidate)) ?? curve.color) : curve.color
      used.add(color)
      const own = journey.curves === undefined ? persona : curve.name
      series.push({
        name: many && journey.curves !== undefined ? `${own}${typography.separator}${persona}` : own,
        color: MARK_COLORS[color],
        dashed: (curve.state ?? (journey.curves === undefined ? journey.state : 'current')) === 'future',
        values
      })
    })
  }
  return series
}
