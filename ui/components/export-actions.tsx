import { Button, SegmentedControl } from '@create-figma-plugin/ui'
import { useState } from 'preact/hooks'

import { EXPORT_FORMATS, type ExportFormat, exportJourney } from '../../src/formats'
import { journeyReportHtml } from '../../src/formats/journey-report-html'
import type { Journey } from '../../src/model'
import { copyTextAsync } from '../platform/copy-text-async'
import { downloadText } from '../platform/download-text'
import { EXPORT_FORMAT_ORDER, exportFileName, reportFileName } from '../state/export-file'
import { usePanelText } from '../i18n/panel-text'

interface ExportActionsProps {
  journey: Journey
  format: ExportFormat
  onFormatChange: (format: ExportFormat) => void
}

/** Export of a read-back journey as JSON, CSV, Markdown or Mermaid (a download or the clipboard), or as the HTML report. */
export function ExportActions({ journey, format, onFormatChange }: ExportActionsProps) {
  const { t, fill } = usePanelText()
  const [status, setStatus] = useState('')
  const info = EXPORT_FORMATS[format]
  const fileName = exportFileName(journey.title, format)
  return (
    <div class="jb-footer" data-testid="export">
      <div class="jb-row">
        <span class="jb-heading" id="jb-export-heading">
          {t.export.heading}
        </span>
        <div class="jb-grow jb-segmented" role="radiogroup" aria-labelledby="jb-export-heading">
          <SegmentedControl
            options={EXPORT_FORMAT_ORDER.map((value) => ({ value, children: t.export.formats[value] }))}
            value={format}
            onValueChange={(value) => {
              const picked = EXPORT_FORMAT_ORDER.find((candidate) => candidate === value)
              if (picked === undefined) return
              setStatus('')
              onFormatChange(picked)
            }}
          />
        </div>
      </div>
      <div class="jb-row">
        <span class="jb-grow jb-muted" role="status" data-testid="export-status">
          {status}
        </span>
        <Button
          secondary
          onClick={async () => {
            const copied = await copyTextAsync(exportJourney(journey, format))
            setStatus(copied ? fill(t.export.copied, { format: t.export.formats[format] }) : t.export.noClipboard)
          }}
        >
          {t.export.copy}
        </Button>
        <Button
          secondary
          onClick={() => {
            const report = reportFileName(journey.title)
            downloadText(report, journeyReportHtml([{ label: journey.title, journey }]), 'text/html')
            setStatus(fill(t.export.saved, { file: report }))
          }}
        >
          {t.export.report}
        </Button>
        <Button
          onClick={() => {
            downloadText(fileName, exportJourney(journey, format), info.mimeType)
            setStatus(fill(t.export.saved, { file: fileName }))
          }}
        >
          {t.export.download}
        </Button>
      </div>
    </div>
  )
}
