import { useMemo } from 'preact/hooks'

import { journeyEmotionChart } from '../../src/formats/journey-emotion-chart'
import type { Journey } from '../../src/model'
import { usePanelText } from '../i18n/panel-text'
import { svgTreeView } from './svg-tree-view'

/**
 * The journey's emotion curves as the report draws them (one SVG, every curve in its colour, to-be
 * dashed), so what the panel shows is what stakeholders get.
 */
export function EmotionChart({ journey }: { journey: Journey }) {
  const { t } = usePanelText()
  const { svg, series } = useMemo(() => journeyEmotionChart([{ label: journey.title, journey }]), [journey])
  if (svg === undefined || series.length === 0) return null
  return (
    <section class="jb-section" aria-labelledby="jb-chart-heading" data-testid="emotion-chart">
      <h3 class="jb-heading" id="jb-chart-heading">
        {t.read.chart}
      </h3>
      <div class="jb-chart">{svgTreeView(svg)}</div>
      <ul class="jb-chart-legend">
        {series.map((s) => (
          <li key={s.name}>
            <span class="jb-chart-swatch" data-dashed={s.dashed ? 'true' : undefined} style={{ borderColor: s.color }} />
            {s.name}
          </li>
        ))}
      </ul>
    </section>
  )
}
