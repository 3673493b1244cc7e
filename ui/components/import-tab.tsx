import { useMemo, useState } from 'preact/hooks'

import { IMPORT_FORMATS, type ImportFormat } from '../../src/formats/import-formats'
import type { FileEnvelope, ImportAnswer, ParsedMainToUi } from '../../src/messages'
import type { Journey } from '../../src/model'
import type { Bridge } from '../bridge'
import { Dropdown } from '../controls/dropdown'
import { FileUploadButton } from '../controls/file-upload-button'
import { TextboxMultiline } from '../controls/textbox-multiline'
import { useLatestAnswer } from '../hooks/use-latest-answer'
import { useSettledValue } from '../hooks/use-settled-value'
import { type Oversize, textOversize } from '../platform/import-size'
import { readFileTextAsync } from '../platform/read-file-text-async'
import { describeJourney } from '../state/describe-journey'
import type { GenerateState } from '../state/generate-state'
import { GenerateFooter } from './generate-footer'
import { JourneySketch } from './journey-sketch'
import { LabelledField } from './labelled-field'
import { ProblemList } from './problem-list'
import { usePanelText } from '../i18n/panel-text'
import { problemLine } from '../i18n/problem-words'

const AUTO = 'auto'
const IMPORT_FORMAT_ORDER: readonly ImportFormat[] = ['json', 'csv', 'mermaid']
/** The format choices: detect, or one of the import formats. */
const FORMAT_VALUES: readonly (typeof AUTO | ImportFormat)[] = [AUTO, ...IMPORT_FORMAT_ORDER]
/** What the file picker offers: every import format's extensions and media types, and plain text. */
const ACCEPTED_FILES = [...IMPORT_FORMAT_ORDER.flatMap((format) => [...IMPORT_FORMATS[format].extensions, ...IMPORT_FORMATS[format].mimeTypes]), '.txt', 'text/plain']
/**
 * How long typing must pause before the sandbox reads the text: each question sends the whole text,
 * so a burst of keystrokes asks once. A paste or an opened file, after a pause, is read at once.
 */
export const IMPORT_TYPING_PAUSE_MS = 200

/** What the sandbox read the text as; without a format when it could not read it at all. */
interface ImportRead {
  format: ImportFormat | undefined
  result: ImportAnswer
}

function importReadOf(message: ParsedMainToUi): ImportRead | undefined {
  if (message.type === 'import-result') return { format: message.format, result: message.result }
  // The sandbox failed while reading (it threw): its problem, worded by code, is what the panel shows.
  if (message.type === 'error') return { format: undefined, result: { ok: false, problems: [message.problem ?? { path: '', message: message.message }] } }
  return undefined
}

interface ImportTabProps {
  bridge: Bridge
  generateState: GenerateState
  onGenerate: (journey: Journey, envelope?: FileEnvelope) => void
  onUpdate: (journey: Journey, envelope?: FileEnvelope) => void
  /** The text to import changed: a result shown for the previous text no longer applies. */
  onInputChange: () => void
}

/**
 * Paste or open a journey, see every problem with its line or path, preview it, then draw it. The
 * sandbox reads the text (it holds the importers); while it reads, what it said of the previous
 * text stays in view, dimmed if the answer takes long, and nothing can be drawn from it.
 */
export function ImportTab({ bridge, generateState, onGenerate, onUpdate, onInputChange }: ImportTabProps) {
  const [text, setTextState] = useState('')
  const setText = (value: string): void => {
    setTextState(value)
    onInputChange()
  }
  const panelText = usePanelText()
  const { t, fill, count } = panelText
  const formatText = (value: (typeof FORMAT_VALUES)[number]): string => (value === AUTO ? t.import.detect : t.import.formats[value])
  const [format, setFormat] = useState<(typeof FORMAT_VALUES)[number]>(AUTO)
  // A file or a pasted text too big to import (`file` names the file), worded when shown. A new
  // object each time, so a second refusal still puts the box back to the text it held.
  const [refused, setRefused] = useState<(Oversize & { file?: string }) | undefined>(undefined)
  const keyOf = (question: { format: string; text: string }): string | undefined => (question.text.trim() === '' ? undefined : `${question.format}\n${question.text}`)
  const key = keyOf({ format, text })
  // What the sandbox is asked is the text once typing pauses; the answer applies only while the box still holds it.
  const asked = useSettledValue(useMemo(() => ({ format, text }), [format, text]), IMPORT_TYPING_PAUSE_MS)
  const answer = useLatestAnswer(
    bridge,
    keyOf(asked),
    (requestId) => ({ type: 'import', requestId, text: asked.text, ...(asked.format === AUTO ? {} : { format: asked.format }) }),
    importReadOf
  )
  const shown = key === undefined ? undefined : answer?.value
  const current = answer !== undefined && answer.key === key
  const result = shown?.result
  // Dimmed only when the answer is slow to come, so typing does not flicker (see .jb-stale).
  const stale = shown !== undefined && !current ? { class: 'jb-stale', 'aria-busy': true } : {}
  const journey = current && result?.ok === true ? result.journey : undefined
  // A journey file's `$schema` and extension fields go onto the board with the journey, so its exports write them back.
  const envelope = current && result?.ok === true ? result.envelope : undefined
  const readAs = (words: string): string => (shown?.format === undefined ? '' : fill(words, { format: t.import.formats[shown.format] }))

  return (
    <>
      <div class="jb-body">
        <section class="jb-section" aria-labelledby="jb-import-heading">
          <div class="jb-section-head">
            <h2 class="jb-heading" id="jb-import-heading">
              {t.import.heading}
            </h2>
          </div>
          <p class="jb-hint">{t.import.hint}</p>
          <div class="jb-row" style={{ marginBottom: 'var(--space-8)' }}>
            <FileUploadButton
              secondary
              aria-label={t.import.open}
              acceptedFileTypes={ACCEPTED_FILES}
              onSelectedFiles={async (files) => {
                const file = files[0]
                if (file === undefined) return
                const read = await readFileTextAsync(file)
                if (!read.ok) {
                  setRefused({ sizeKb: read.sizeKb, maxKb: read.maxKb, file: file.name })
                  return
                }
                setRefused(undefined)
                setText(read.text)
              }}
            >
              {t.import.openButton}
            </FileUploadButton>
            <div class="jb-grow">
              <Dropdown
                aria-label={t.import.format}
                data-testid="import-format"
                options={FORMAT_VALUES.map((value) => ({ value, text: formatText(value) }))}
                value={format}
                onValueChange={(value) => {
                  setFormat(value)
                  onInputChange()
                }}
              />
            </div>
          </div>
          <LabelledField id="jb-import-text" label={t.import.text}>
            <TextboxMultiline
              id="jb-import-text"
              class="jb-code"
              rows={10}
              placeholder={t.import.placeholder}
              value={text}
              onValueInput={(value) => {
                // Refused as a file that size is: the box keeps the text it had.
                const tooBig = textOversize(value)
                setRefused(tooBig)
                if (tooBig === undefined) setText(value)
              }}
            />
          </LabelledField>
        </section>
        {refused === undefined ? null : (
          <ProblemList
            problems={[{ path: '', message: refused.file === undefined ? fill(t.import.pastedTooBig, { size: refused.sizeKb, max: refused.maxKb }) : `${refused.file}: ${fill(t.import.tooBig, { size: refused.sizeKb, max: refused.maxKb })}` }]}
            label={t.import.fileProblems}
          />
        )}
        <div aria-live="polite" {...stale}>
          {result?.ok === false ? (
            <section class="jb-section" aria-labelledby="jb-import-problems-heading">
              <h3 class="jb-heading" id="jb-import-problems-heading">
                {count(t.import.toFix, result.problems.length)} {shown?.format === undefined ? null : <span class="jb-muted">{fill(t.aside, { text: readAs(t.import.readAs) })}</span>}
              </h3>
              <ProblemList problems={result.problems} label={t.import.inputProblems} />
            </section>
          ) : null}
        </div>
        {result?.ok === true ? (
          <section class="jb-section" aria-labelledby="jb-import-preview-heading" data-testid="import-preview" {...stale}>
            <h3 class="jb-heading" id="jb-import-preview-heading">
              {t.import.preview}
            </h3>
            <div class="jb-preview">
              <JourneySketch journey={result.journey} label={describeJourney(result.journey, panelText)} />
              <div>
                <div class="jb-card-title">{result.journey.title}</div>
                <div class="jb-muted">{describeJourney(result.journey, panelText)}</div>
                <div class="jb-muted">{readAs(t.import.previewReadAs)}</div>
              </div>
            </div>
            {result.warnings.length > 0 ? (
              <ul class="jb-list jb-muted" aria-label={t.import.guesses} style={{ marginTop: 'var(--space-8)' }}>
                {result.warnings.map((warning, index) => (
                  <li key={index}>{problemLine(warning, panelText)}</li>
                ))}
              </ul>
            ) : null}
          </section>
        ) : null}
      </div>
      <GenerateFooter
        journey={journey}
        problems={[]}
        waiting={key === undefined ? t.import.empty : current ? t.import.fixAbove : t.import.reading}
        state={generateState}
        onGenerate={() => {
          if (journey !== undefined) onGenerate(journey, envelope)
        }}
        onUpdate={() => {
          if (journey !== undefined) onUpdate(journey, envelope)
        }}
      />
    </>
  )
}
