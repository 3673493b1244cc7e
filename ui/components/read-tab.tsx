import { Button, LoadingIndicator, SegmentedControl } from '@create-figma-plugin/ui'

import type { ExportFormat } from '../../src/formats'
import type { ReadScope } from '../../src/messages'
import type { Bridge } from '../bridge'
import { useReadBack } from '../hooks/use-read-back'
import { ExportActions } from './export-actions'
import { JourneySummary } from './journey-summary'
import { FailureNotice } from './failure-notice'

interface ReadTabProps {
  bridge: Bridge
  scope: ReadScope
  onScopeChange: (scope: ReadScope) => void
  exportFormat: ExportFormat
  onExportFormatChange: (format: ExportFormat) => void
}

const SCOPES: readonly ReadScope[] = ['selection', 'page']
const SCOPE_LABELS: Readonly<Record<ReadScope, string>> = { selection: 'Selection', page: 'Whole page' }

/** Reads a board back into data, summarises it and exports it. */
export function ReadTab({ bridge, scope, onScopeChange, exportFormat, onExportFormatChange }: ReadTabProps) {
  const { state, read } = useReadBack(bridge)
  return (
    <>
      <div class="jb-body">
        <section class="jb-section" aria-labelledby="jb-read-heading">
          <div class="jb-section-head">
            <h2 class="jb-heading" id="jb-read-heading">
              Read a board back
            </h2>
          </div>
          <p class="jb-hint">Turns a journey board on this page back into data you can check and export.</p>
          <div class="jb-row">
            <div class="jb-grow jb-segmented" role="radiogroup" aria-label="What to read">
              <SegmentedControl
                options={SCOPES.map((value) => ({ value, children: SCOPE_LABELS[value] }))}
                value={scope}
                onValueChange={(value) => {
                  const picked = SCOPES.find((candidate) => candidate === value)
                  if (picked !== undefined) onScopeChange(picked)
                }}
              />
            </div>
            <Button onClick={() => read(scope)} loading={state.status === 'reading'} disabled={state.status === 'reading'}>
              Read board
            </Button>
          </div>
        </section>
        {state.status === 'reading' ? (
          <div class="jb-section jb-row" role="status">
            <LoadingIndicator />
            <span class="jb-muted">Reading the board…</span>
          </div>
        ) : null}
        {state.status === 'failed' ? (
          <div class="jb-section">
            <FailureNotice message={state.message} problems={state.problems} testId="read-error" />
          </div>
        ) : null}
        {state.status === 'done' ? (
          <div class="jb-section">
            <JourneySummary
              journey={state.journey}
              warnings={state.warnings}
              origin={state.origin}
              onShowNode={(nodeId) => bridge.send({ type: 'show-node', nodeId })}
            />
          </div>
        ) : null}
      </div>
      {state.status === 'done' ? <ExportActions journey={state.journey} format={exportFormat} onFormatChange={onExportFormatChange} /> : null}
    </>
  )
}
