import { Dropdown, FileUploadButton, TextboxMultiline } from '@create-figma-plugin/ui'
import { useMemo, useState } from 'preact/hooks'

import { IMPORT_FORMATS, importJourney, type ImportFormat } from '../../src/formats'
import type { Journey } from '../../src/model'
import { readFileTextAsync } from '../platform/read-file-text-async'
import { describeJourney, plural } from '../state/describe-journey'
import type { GenerateState } from '../state/generate-state'
import { GenerateFooter } from './generate-footer'
import { JourneySketch } from './journey-sketch'
import { LabelledField } from './labelled-field'
import { ProblemList } from './problem-list'

const AUTO = 'auto'
const IMPORT_FORMAT_ORDER: readonly ImportFormat[] = ['json', 'csv', 'mermaid']
const FORMAT_OPTIONS: readonly { value: typeof AUTO | ImportFormat; text: string }[] = [
  { value: AUTO, text: 'Detect the format' },
  ...IMPORT_FORMAT_ORDER.map((value) => ({ value, text: IMPORT_FORMATS[value].label }))
]
/** What the file picker offers: every import format's extensions and media types, and plain text. */
const ACCEPTED_FILES = [...IMPORT_FORMAT_ORDER.flatMap((format) => [...IMPORT_FORMATS[format].extensions, ...IMPORT_FORMATS[format].mimeTypes]), '.txt', 'text/plain']

interface ImportTabProps {
  generateState: GenerateState
  onGenerate: (journey: Journey) => void
  onUpdate: (journey: Journey) => void
  /** The text to import changed: a result shown for the previous text no longer applies. */
  onInputChange: () => void
}

/** Paste or open a journey, see every problem with its line or path, preview it, then draw it. */
export function ImportTab({ generateState, onGenerate, onUpdate, onInputChange }: ImportTabProps) {
  const [text, setTextState] = useState('')
  const setText = (value: string): void => {
    setTextState(value)
    onInputChange()
  }
  const [format, setFormat] = useState<(typeof FORMAT_OPTIONS)[number]['value']>(AUTO)
  const [fileProblem, setFileProblem] = useState<string | undefined>(undefined)
  const result = useMemo(() => (text.trim() === '' ? undefined : importJourney(text, format === AUTO ? undefined : format)), [text, format])
  const journey = result?.ok === true ? result.value : undefined

  return (
    <>
      <div class="jb-body">
        <section class="jb-section" aria-labelledby="jb-import-heading">
          <div class="jb-section-head">
            <h2 class="jb-heading" id="jb-import-heading">
              Import a journey
            </h2>
          </div>
          <p class="jb-hint">Paste a Journeyboard file, a CSV table or a Mermaid journey diagram, or open one. Nothing is drawn until it is valid.</p>
          <div class="jb-row" style={{ marginBottom: 'var(--space-8)' }}>
            <FileUploadButton
              secondary
              aria-label="Open a journey file"
              acceptedFileTypes={ACCEPTED_FILES}
              onSelectedFiles={async (files) => {
                const file = files[0]
                if (file === undefined) return
                const read = await readFileTextAsync(file)
                if (!read.ok) {
                  setFileProblem(`${file.name}: ${read.message}`)
                  return
                }
                setFileProblem(undefined)
                setText(read.text)
              }}
            >
              Open file…
            </FileUploadButton>
            <div class="jb-grow">
              <Dropdown
                aria-label={`Format: ${FORMAT_OPTIONS.find((option) => option.value === format)?.text ?? ''}`}
                aria-haspopup="listbox"
                role="button"
                data-testid="import-format"
                options={FORMAT_OPTIONS.map((option) => ({ ...option }))}
                value={format}
                onValueChange={(value) => {
                  setFormat(FORMAT_OPTIONS.find((option) => option.value === value)?.value ?? AUTO)
                  onInputChange()
                }}
              />
            </div>
          </div>
          <LabelledField id="jb-import-text" label="Journey text">
            <TextboxMultiline
              id="jb-import-text"
              class="jb-code"
              rows={10}
              placeholder={'journey\n  title My journey\n  section Discover\n    Find the shop: 3: Customer'}
              value={text}
              onValueInput={(value) => {
                setFileProblem(undefined)
                setText(value)
              }}
            />
          </LabelledField>
        </section>
        {fileProblem === undefined ? null : <ProblemList problems={[{ path: '', message: fileProblem }]} label="Problems with the file" />}
        <div aria-live="polite">
          {result?.ok === false ? (
            <section class="jb-section" aria-labelledby="jb-import-problems-heading">
              <h3 class="jb-heading" id="jb-import-problems-heading">
                {plural(result.problems.length, 'problem')} to fix <span class="jb-muted">(read as {IMPORT_FORMATS[result.format].label})</span>
              </h3>
              <ProblemList problems={result.problems} label="Problems in the input" />
            </section>
          ) : null}
        </div>
        {journey !== undefined && result?.ok === true ? (
          <section class="jb-section" aria-labelledby="jb-import-preview-heading" data-testid="import-preview">
            <h3 class="jb-heading" id="jb-import-preview-heading">
              Preview
            </h3>
            <div class="jb-preview">
              <JourneySketch journey={journey} label={describeJourney(journey)} />
              <div>
                <div class="jb-card-title">{journey.title}</div>
                <div class="jb-muted">{describeJourney(journey)}</div>
                <div class="jb-muted">Read as {IMPORT_FORMATS[result.format].label}</div>
              </div>
            </div>
            {result.warnings.length > 0 ? (
              <ul class="jb-list jb-muted" aria-label="Guesses made while importing" style={{ marginTop: 'var(--space-8)' }}>
                {result.warnings.map((warning, index) => (
                  <li key={index}>{warning.path === '' ? warning.message : `${warning.path}: ${warning.message}`}</li>
                ))}
              </ul>
            ) : null}
          </section>
        ) : null}
      </div>
      <GenerateFooter
        journey={journey}
        problems={[]}
        waiting={result === undefined ? 'Paste or open a journey to draw it' : 'Fix the problems above to draw it'}
        state={generateState}
        onGenerate={() => {
          if (journey !== undefined) onGenerate(journey)
        }}
        onUpdate={() => {
          if (journey !== undefined) onUpdate(journey)
        }}
      />
    </>
  )
}
