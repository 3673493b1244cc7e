import { useEffect, useRef, useState } from 'preact/hooks'

import { EXPORT_FORMATS, type ExportFormat, exportJourney } from '../../src/formats'
import type { Journey, JourneyEnvelope } from '../../src/model'
import type { Bridge } from '../bridge'
import { Button } from '../controls/button'
import { SegmentedControl } from '../controls/segmented-control'
import { copyTextAsync } from '../platform/copy-text-async'
import { downloadText } from '../platform/download-text'
import { EXPORT_FORMAT_ORDER, exportFileName, reportFileName } from '../state/export-file'
import { createRequestId } from '../state/request-id'
import { usePanelText } from '../i18n/panel-text'

interface ExportActionsProps {
  bridge: Bridge
  journey: Journey
  /** The file envelope the board stores (`$schema`, extension fields), written into a JSON export. */
  envelope?: JourneyEnvelope
  format: ExportFormat
  onFormatChange: (format: ExportFormat) => void
}

/** Export of a read-back journey as JSON, CSV, Markdown or Mermaid (a download or the clipboard), or as the HTML report. */
export function ExportActions({ bridge, journey, envelope = {}, format, onFormatChange }: ExportActionsProps) {
  const { t, fill } = usePanelText()
  const [status, setStatus] = useState('')
  const report = useRef<{ requestId: string; fileName: string }>()
  useEffect(
    () =>
      bridge.subscribe((message) => {
        const asked = report.current
        if (asked === undefined || !('requestId' in message) || message.requestId !== asked.requestId) return
        report.current = undefined
        if (message.type === 'report-result') {
          downloadText(asked.fileName, message.html, 'text/html')
          setStatus(fill(t.export.saved, { file: asked.fileName }))
        } else if (message.type === 'error') setStatus(message.message)
      }),
    [bridge, fill, t]
  )
  const info = EXPORT_FORMATS[format]
  const fileName = exportFileName(journey.title, format)
  return (
    <div class="jb-footer" data-testid="export">
      <div class="jb-row">
        <span class="jb-heading" id="jb-export-heading">
          {t.export.heading}
        </span>
        <SegmentedControl
          class="jb-grow"
          aria-labelledby="jb-export-heading"
          options={EXPORT_FORMAT_ORDER.map((value) => ({ value, children: t.export.formats[value] }))}
          value={format}
          onValueChange={(picked) => {
            setStatus('')
            onFormatChange(picked)
          }}
        />
      </div>
      <div class="jb-row">
        <span class="jb-grow jb-muted" role="status" data-testid="export-status">
          {status}
        </span>
        <Button
          secondary
          onClick={async () => {
            const copied = await copyTextAsync(exportJourney(journey, format, { envelope }))
            setStatus(copied ? fill(t.export.copied, { format: t.export.formats[format] }) : t.export.noClipboard)
          }}
        >
          {t.export.copy}
        </Button>
        <Button
          secondary
          onClick={() => {
            report.current = { requestId: createRequestId('report'), fileName: reportFileName(journey.title) }
            bridge.send({ type: 'report', requestId: report.current.requestId, journey })
          }}
        >
          {t.export.report}
        </Button>
        <Button
          onClick={() => {
            downloadText(fileName, exportJourney(journey, format, { envelope }), info.mimeType)
            setStatus(fill(t.export.saved, { file: fileName }))
          }}
        >
          {t.export.download}
        </Button>
      </div>
    </div>
  )
}
