import { useEffect, useMemo, useRef, useState } from 'preact/hooks'

import { EXPORT_FORMATS, type ExportFormat } from '../../src/formats/export-formats'
import type { ParsedMainToUi } from '../../src/messages'
import type { Journey, JourneyEnvelope, Problem } from '../../src/model'
import type { Bridge } from '../bridge'
import { Button } from '../controls/button'
import { Checkbox } from '../controls/checkbox'
import { SegmentedControl } from '../controls/segmented-control'
import { useLatestAnswer } from '../hooks/use-latest-answer'
import { copyTextAsync } from '../platform/copy-text-async'
import { downloadText } from '../platform/download-text'
import { EXPORT_FORMAT_ORDER, exportFileName, reportFileName } from '../state/export-file'
import { createRequestId } from '../state/request-id'
import { usePanelText } from '../i18n/panel-text'
import { problemLine, problemWords } from '../i18n/problem-words'
import { capitalise } from '../state/summary-format'

interface ExportActionsProps {
  bridge: Bridge
  journey: Journey
  /** The file envelope the board stores (`$schema`, extension fields), written into a JSON export. */
  envelope?: JourneyEnvelope
  format: ExportFormat
  onFormatChange: (format: ExportFormat) => void
}

/** The sandbox's export text in its parts with what it could not write exactly, or what went wrong, worded by its code when the panel shows it. */
function exportTextOf(message: ParsedMainToUi): { parts: string[]; warnings: Problem[] } | { problem: Problem } | undefined {
  if (message.type === 'export-result') return { parts: message.parts, warnings: message.warnings ?? [] }
  if (message.type === 'error') return { problem: message.problem ?? { path: '', message: message.message } }
  return undefined
}

/**
 * Export of a read-back journey as JSON, CSV, Markdown or Mermaid (a download or the clipboard), or
 * as the HTML report. The sandbox writes the text (it holds the exporters) as soon as the journey
 * or the format changes, so copying happens while the click still lets the panel use the
 * clipboard; until the text is there, Copy and Download are off.
 */
export function ExportActions({ bridge, journey, envelope, format, onFormatChange }: ExportActionsProps) {
  const panelText = usePanelText()
  const { t, fill } = panelText
  const [status, setStatus] = useState('')
  // A failure stays worded in the panel's language, a language switch included, so it is kept as a problem.
  const [failure, setFailure] = useState<Problem | undefined>(undefined)
  // A CSV's column names: the stable ids every tool reads, or the journey's own language for people.
  const [localizedHeader, setLocalizedHeader] = useState(false)
  const localized = format === 'csv' && localizedHeader
  const journeyKey = useMemo(() => createRequestId('journey'), [journey, envelope])
  const key = `${journeyKey} ${format} ${localized}`
  const answer = useLatestAnswer(
    bridge,
    key,
    (requestId) => ({ type: 'export', requestId, journey, format, ...(envelope === undefined ? {} : { envelope: { ...envelope } }), ...(localized ? { localizedHeader: true } : {}) }),
    exportTextOf
  )
  const exported = answer?.key === key ? answer.value : undefined
  const parts = exported !== undefined && 'parts' in exported ? exported.parts : undefined
  const warnings = exported !== undefined && 'warnings' in exported ? exported.warnings : []
  useEffect(() => {
    if (exported !== undefined && 'problem' in exported) setFailure(exported.problem)
  }, [exported])
  const say = (words: string): void => {
    setFailure(undefined)
    setStatus(words)
  }
  const report = useRef<{ requestId: string; fileName: string }>()
  useEffect(
    () =>
      bridge.subscribe((message) => {
        const asked = report.current
        if (asked === undefined || !('requestId' in message) || message.requestId !== asked.requestId) return
        report.current = undefined
        if (message.type === 'report-result') {
          downloadText(asked.fileName, [message.html], 'text/html')
          say(fill(t.export.saved, { file: asked.fileName }))
        } else if (message.type === 'error') setFailure(message.problem ?? { path: '', message: message.message })
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
            say('')
            onFormatChange(picked)
          }}
        />
      </div>
      {format === 'csv' ? (
        <Checkbox
          value={localizedHeader}
          onValueChange={(value) => {
            say('')
            setLocalizedHeader(value)
          }}
        >
          {t.export.localizedHeader}
        </Checkbox>
      ) : null}
      <div class="jb-row">
        <span class="jb-grow jb-muted" role="status" data-testid="export-status">
          {failure === undefined ? status : capitalise(problemWords(failure, panelText))}
        </span>
        <Button
          secondary
          disabled={parts === undefined}
          onClick={async () => {
            if (parts === undefined) return
            // The clipboard takes one text: joined here, only when copied.
            const copied = await copyTextAsync(parts.join(''))
            say(copied ? fill(t.export.copied, { format: t.export.formats[format] }) : t.export.noClipboard)
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
          disabled={parts === undefined}
          onClick={() => {
            if (parts === undefined) return
            downloadText(fileName, parts, info.mimeType)
            say(fill(t.export.saved, { file: fileName }))
          }}
        >
          {t.export.download}
        </Button>
      </div>
      {warnings.length > 0 ? (
        <ul class="jb-list jb-muted" aria-label={t.export.notExact}>
          {warnings.map((warning, index) => (
            <li key={index}>{problemLine(warning, panelText)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
