import type { EmotionChartView } from '../../src/formats/emotion-chart-view'
import { usePanelText } from '../i18n/panel-text'
import { svgTreeView } from './svg-tree-view'

/**
 * The journey's emotion curves as the report draws them (one SVG, every curve in its colour, to-be
 * dashed), so what the panel shows is what stakeholders get.
 */
export function EmotionChart({ chart }: { chart: EmotionChartView }) {
  const { t } = usePanelText()
  return (
    <section class="jb-section" aria-labelledby="jb-chart-heading" data-testid="emotion-chart">
      <h3 class="jb-heading" id="jb-chart-heading">
        {t.read.chart}
      </h3>
      <div class="jb-chart">{svgTreeView(chart.svg)}</div>
      <ul class="jb-chart-legend">
        {chart.series.map((s) => (
          <li key={s.name}>
            <span class="jb-chart-swatch" data-dashed={s.dashed ? 'true' : undefined} style={{ borderColor: s.color }} />
            {s.name}
          </li>
        ))}
      </ul>
    </section>
  )
}
