import { Button } from '../controls/button'
import { LoadingIndicator } from '../controls/loading-indicator'
import { SegmentedControl } from '../controls/segmented-control'

import type { ExportFormat } from '../../src/formats/export-formats'
import type { ReadScope } from '../../src/messages'
import type { ReadWarning } from '../../src/reader'
import type { Bridge } from '../bridge'
import { useReadBack } from '../hooks/use-read-back'
import { useWordedWarnings } from '../hooks/use-worded-warnings'
import { EmotionChart } from './emotion-chart'
import { ExportActions } from './export-actions'
import { JourneySummary } from './journey-summary'
import { FailureNotice } from './failure-notice'
import { usePanelText } from '../i18n/panel-text'

interface ReadTabProps {
  bridge: Bridge
  scope: ReadScope
  onScopeChange: (scope: ReadScope) => void
  exportFormat: ExportFormat
  onExportFormatChange: (format: ExportFormat) => void
}

const SCOPES: readonly ReadScope[] = ['selection', 'page']
const NO_WARNINGS: readonly ReadWarning[] = []

/** Reads a board back into data, summarises it and exports it. */
export function ReadTab({ bridge, scope, onScopeChange, exportFormat, onExportFormatChange }: ReadTabProps) {
  const { t, language } = usePanelText()
  const { state, read } = useReadBack(bridge)
  const warnings = useWordedWarnings(bridge, language, state.status === 'done' ? state.warnings : NO_WARNINGS)
  return (
    <>
      <div class="jb-body">
        <section class="jb-section" aria-labelledby="jb-read-heading">
          <div class="jb-section-head">
            <h2 class="jb-heading" id="jb-read-heading">
              {t.read.heading}
            </h2>
          </div>
          <p class="jb-hint">{t.read.hint}</p>
          <div class="jb-row">
            <SegmentedControl
              class="jb-grow"
              aria-label={t.read.scope}
              options={SCOPES.map((value) => ({ value, children: t.read[value] }))}
              value={scope}
              onValueChange={onScopeChange}
            />
            <Button onClick={() => read(scope)} loading={state.status === 'reading'} disabled={state.status === 'reading'}>
              {t.read.button}
            </Button>
          </div>
        </section>
        {state.status === 'reading' ? (
          <div class="jb-section jb-row" role="status">
            <LoadingIndicator />
            <span class="jb-muted">{t.read.reading}</span>
          </div>
        ) : null}
        {state.status === 'failed' ? (
          <div class="jb-section">
            <FailureNotice message={state.message} problem={state.problem} problems={state.problems} testId="read-error" />
          </div>
        ) : null}
        {state.status === 'done' ? (
          <div class="jb-section">
            <JourneySummary
              journey={state.journey}
              warnings={warnings}
              origin={state.origin}
              onShowNode={(nodeId) => bridge.send({ type: 'show-node', nodeId })}
            />
            {state.chart === undefined ? null : <EmotionChart chart={state.chart} />}
          </div>
        ) : null}
      </div>
      {state.status === 'done' ? <ExportActions bridge={bridge} journey={state.journey} envelope={state.envelope} format={exportFormat} onFormatChange={onExportFormatChange} /> : null}
    </>
  )
}
