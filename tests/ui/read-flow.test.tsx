// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { analyseJourney, exportJourney } from '../../src/formats'
import { CATALOGUES, LANGUAGES, PROBLEM_CATALOGUES, problemText, READING_CATALOGUES } from '../../src/i18n'
import { runCliAsync } from '../../src/cli/run-cli'
import { UiToMainSchema } from '../../src/messages'
import { problem } from '../../src/model'
import { readWarning } from '../../src/reader/warning-log'
import { warningText } from '../../src/reader/warning-text'
import { capitalise } from '../../ui/state/summary-format'
import { createJourneyFromTemplate } from '../../src/templates'
import { App } from '../../ui/app'
import { createFakeBridge } from './fake-bridge'
import { readBackResult, readWholePageAsync } from './read-whole-page'
import { createSandboxBridge } from './sandbox-bridge'
import { createMemoryIo } from '../support/memory-io'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

function openRead(options: Parameters<typeof createFakeBridge>[0] = {}) {
  const bridge = createFakeBridge(options)
  render(<App bridge={bridge} />)
  fireEvent.click(screen.getByRole('tab', { name: 'Read back' }))
  const panel = screen.getByRole('tabpanel', { name: 'Read back' })
  fireEvent.click(within(panel).getByRole('radio', { name: 'Whole page' }))
  fireEvent.click(within(panel).getByRole('button', { name: 'Read board' }))
  const request = UiToMainSchema.parse(bridge.sent.at(-1))
  if (request.type !== 'read-back') throw new Error('no read-back request')
  return { bridge, panel, request }
}

describe('the Read back tab', () => {
  it('asks for the chosen scope and summarises what comes back, warnings included', () => {
    const { bridge, panel, request } = openRead()
    expect(request.scope).toBe('page')
    const made = createJourneyFromTemplate({ templateId: 'workshop-swimlane' })
    if (!made.ok) throw new Error('template failed')
    act(() =>
      bridge.answer({
        type: 'read-back-result',
        requestId: request.requestId,
        journey: made.value,
        warnings: [
          readWarning('1:42', 'outside-sections', { node: { kind: 'STICKY', text: 'Call' } }, 'not-read'),
          readWarning('1:2', 'several-boards', { count: 2, node: { kind: 'SECTION', text: 'Repair' } }, 'several-boards'),
          readWarning('1:2', 'no-persona', { persona: 'Customer' })
        ],
        boardId: '1:2',
        origin: 'generated'
      })
    )
    const summary = within(panel).getByTestId('read-summary')
    const analytics = analyseJourney(made.value)
    expect(within(summary).getByRole('list', { name: 'Counts' }).textContent).toContain(`${analytics.totals.items} stickies`)
    expect(summary.textContent).toContain(`${analytics.totals.redFlags} red / ${analytics.totals.greenFlags} green flags`)
    expect(analytics.redFlags.length).toBeGreaterThan(0)
    expect(within(summary).getByRole('heading', { name: `Red flags (${analytics.redFlags.length})` })).toBeTruthy()
    expect(summary.textContent).toContain(analytics.redFlags[0]!.text)
    // Only what was left out is under "Not read"; notes on the reading are apart, and no raw node id shows.
    const notRead = within(summary).getByTestId('read-warnings')
    expect(within(notRead).getByRole('heading').textContent).toBe('Not read (1)')
    expect(notRead.textContent).toContain('Sticky "Call" is outside every stage section: not read')
    const notes = within(summary).getByTestId('read-notes')
    expect(within(notes).getByRole('heading').textContent).toBe('Notes on the reading (2)')
    expect(notes.textContent).toContain('2 boards found: read section "Repair", the first from the left. To read another, select it on the board and read again.')
    expect(notes.textContent).toContain('The board names no persona')
    expect(summary.textContent).not.toMatch(/by name|1:42|1:2\b/)
  })

  it('shows the error the sandbox sends, and ignores answers to other requests', () => {
    const { bridge, panel, request } = openRead()
    act(() => bridge.answer({ type: 'error', requestId: 'other', message: 'not for us', problems: [] }))
    expect(within(panel).queryByText('not for us')).toBeNull()
    act(() => bridge.answer({ type: 'error', requestId: request.requestId, message: 'nothing is selected', problems: [] }))
    expect(within(panel).getByRole('alert').textContent).toContain('nothing is selected')
  })

  it('copies the export in the chosen format', async () => {
    const { bridge, panel, request } = openRead()
    const made = createJourneyFromTemplate({ templateId: 'blank' })
    if (!made.ok) throw new Error('template failed')
    act(() => bridge.answer({ type: 'read-back-result', requestId: request.requestId, journey: made.value, warnings: [], boardId: null, origin: 'hand-made' }))
    const writeText = vi.fn(async () => undefined)
    Object.defineProperty(window.navigator, 'clipboard', { configurable: true, value: { writeText } })
    const bar = within(panel).getByTestId('export')
    fireEvent.click(within(bar).getByRole('radio', { name: 'Mermaid' }))
    fireEvent.click(within(bar).getByRole('button', { name: 'Copy' }))
    await vi.waitFor(() => expect(within(bar).getByTestId('export-status').textContent).toBe('Mermaid copied to the clipboard'))
    expect(writeText).toHaveBeenCalledWith(exportJourney(made.value, 'mermaid'))
  })

  it('offers a CSV’s column names in the journey’s language, and copies the CSV with them when chosen', async () => {
    const { bridge, panel, request } = openRead()
    const made = createJourneyFromTemplate({ templateId: 'car-rental', locale: 'da' })
    if (!made.ok) throw new Error('template failed')
    act(() => bridge.answer({ type: 'read-back-result', requestId: request.requestId, journey: made.value, warnings: [], boardId: null, origin: 'hand-made' }))
    const writeText = vi.fn(async (_text: string) => undefined)
    Object.defineProperty(window.navigator, 'clipboard', { configurable: true, value: { writeText } })
    const bar = within(panel).getByTestId('export')
    const choice = 'Column names in the board’s language'
    expect(within(bar).queryByRole('checkbox', { name: choice })).toBeNull()
    fireEvent.click(within(bar).getByRole('radio', { name: 'CSV' }))
    const localized = within(bar).getByRole('checkbox', { name: choice }) as HTMLInputElement
    expect(localized.checked).toBe(false)
    const copiedHeader = async (): Promise<string | undefined> => {
      fireEvent.click(within(bar).getByRole('button', { name: 'Copy' }))
      await vi.waitFor(() => expect(within(bar).getByTestId('export-status').textContent).toBe('CSV copied to the clipboard'))
      return writeText.mock.calls.at(-1)?.[0].split('\r\n')[0]
    }
    expect(await copiedHeader()).toBe(exportJourney(made.value, 'csv').split('\r\n')[0])
    fireEvent.click(localized)
    const danish = exportJourney(made.value, 'csv', { localizedHeader: true }).split('\r\n')[0]
    expect(danish).toContain(CATALOGUES.da.csv.text)
    expect(await copiedHeader()).toBe(danish)
  })

  it('asks the sandbox for the export as soon as the journey or the format changes, and copies only the text of the chosen format', async () => {
    const { bridge, panel, request } = openRead({ answerFiles: false })
    const made = createJourneyFromTemplate({ templateId: 'blank' })
    if (!made.ok) throw new Error('template failed')
    act(() => bridge.answer({ type: 'read-back-result', requestId: request.requestId, journey: made.value, warnings: [], boardId: null, origin: 'hand-made' }))
    const asked = () => bridge.sent.map((message) => UiToMainSchema.parse(message)).flatMap((message) => (message.type === 'export' ? [message] : []))
    const answer = (index: number): void => {
      const question = asked()[index]
      if (question === undefined) throw new Error(`no export ${index} was asked`)
      // In two parts, as the sandbox gives a big export: copied joined, downloaded as they are.
      act(() => bridge.answer({ type: 'export-result', requestId: question.requestId, format: question.format, parts: [`${question.format} `, 'text'] }))
    }
    const bar = within(panel).getByTestId('export')
    const copy = within(bar).getByRole('button', { name: 'Copy' }) as HTMLButtonElement
    const download = within(bar).getByRole('button', { name: 'Download' }) as HTMLButtonElement
    expect(asked().map((question) => [question.format, question.journey])).toEqual([['json', made.value]])
    expect([copy.disabled, download.disabled]).toEqual([true, true])
    fireEvent.click(within(bar).getByRole('radio', { name: 'CSV' }))
    // The JSON text, asked for first, comes after CSV was chosen: it is not the one to copy.
    answer(0)
    expect([copy.disabled, download.disabled]).toEqual([true, true])
    answer(1)
    expect([copy.disabled, download.disabled]).toEqual([false, false])
    const writeText = vi.fn(async () => undefined)
    Object.defineProperty(window.navigator, 'clipboard', { configurable: true, value: { writeText } })
    fireEvent.click(copy)
    await vi.waitFor(() => expect(within(bar).getByTestId('export-status').textContent).toBe('CSV copied to the clipboard'))
    expect(writeText).toHaveBeenCalledWith('csv text')

    const blobParts: unknown[] = []
    vi.stubGlobal(
      'Blob',
      class extends Blob {
        constructor(parts?: BlobPart[], options?: BlobPropertyBag) {
          blobParts.push(parts)
          super(parts, options)
        }
      }
    )
    const saved: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob)
      return 'blob:export'
    })
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    try {
      fireEvent.click(download)
    } finally {
      vi.unstubAllGlobals()
    }
    // The file is made of the parts as the sandbox gave them, not of one text joined from them.
    expect(blobParts).toEqual([['csv ', 'text']])
    expect(saved).toHaveLength(1)
    expect(await saved[0]!.text()).toBe('csv text')
    expect(saved[0]!.type).toBe('text/csv;charset=utf-8')
  })

  it('lists how a hand-made board was placed, least sure first, shows one on the board, and sums up the top votes', () => {
    const { bridge, panel, request } = openRead()
    const made = createJourneyFromTemplate({ templateId: 'workshop-swimlane' })
    if (!made.ok) throw new Error('template failed')
    const [first, second] = made.value.items
    if (first === undefined || second === undefined) throw new Error('the template has items')
    const journey = {
      ...made.value,
      items: [
        { ...first, provenance: { nodeId: '5:1', stage: 'grid-header' as const, lane: 'grid-header' as const, confidence: 1 } },
        {
          ...second,
          votes: { count: 3, kinds: [{ kind: 'thumbs-up', count: 3 }] },
          provenance: { nodeId: '5:2', stage: 'section' as const, lane: 'nearest-label' as const, confidence: 0.52, note: 'sits between lanes' }
        }
      ]
    }
    act(() => bridge.answer({ type: 'read-back-result', requestId: request.requestId, journey, warnings: [], boardId: null, origin: 'hand-made' }))
    const placements = within(panel).getByTestId('read-placements')
    expect(within(placements).getByRole('heading').textContent).toBe('How stickies were placed (1 unsure)')
    const lines = within(placements).getAllByRole('listitem')
    expect(lines[0]?.textContent).toContain(second.text)
    // How it was placed is a muted detail after the sticky's text, set off as the catalogue's asides are.
    expect(lines[0]?.querySelector('.jb-muted')?.textContent).toMatch(/^· .+ \/ .+: stage by the section it is in, lane by the nearest label, 52% sure$/)
    fireEvent.click(within(lines[0]!).getByRole('button', { name: `Show “${second.text}” on the board` }))
    expect(UiToMainSchema.parse(bridge.sent.at(-1))).toEqual({ type: 'show-node', nodeId: '5:2' })
    const votes = within(panel).getByTestId('read-votes')
    expect(votes.textContent).toContain(`3 ${second.text}`)
    expect(votes.textContent).toContain('thumbs-up ×3')
  })
})

describe('the Read back tab on a research map', () => {
  it('draws the emotion chart the report draws for the board it read, and saves the report', async () => {
    const { bridge, settledAsync } = createSandboxBridge()
    render(<App bridge={bridge} />)
    await act(settledAsync)
    fireEvent.click(screen.getByRole('button', { name: 'Car rental' }))
    fireEvent.click(screen.getByRole('button', { name: 'Generate board' }))
    await act(settledAsync)
    const panel = await readWholePageAsync(settledAsync)

    const chart = within(panel).getByTestId('emotion-chart')
    // Seven stages, as-is and to-be: a point per stage on each curve, the to-be line dashed.
    expect(chart.querySelectorAll('svg circle')).toHaveLength(14)
    expect(within(chart).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['As is: today', 'To be: with the redesign'])
    expect(chart.querySelectorAll('.jb-chart-swatch[data-dashed]')).toHaveLength(1)

    const saved: { name: string; blob: Blob }[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push({ name: '', blob: blob as Blob })
      return 'blob:report'
    })
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.at(-1)!.name = this.download
    })
    fireEvent.click(screen.getByRole('button', { name: 'Report' }))
    expect(saved.map((file) => file.name)).toEqual(['renting-a-car-for-a-holiday-in-the-usa-report.html'])
    const html = await saved[0]!.blob.text()
    expect(html).toMatch(/^<!DOCTYPE html>/)
    // The report's chart is the panel's: the same points in the same places.
    const points = (root: ParentNode) => [...root.querySelectorAll('svg.emotion-chart circle')].map((c) => `${c.getAttribute('cx')},${c.getAttribute('cy')}`)
    expect(points(new DOMParser().parseFromString(html, 'text/html'))).toEqual(points(chart))
    expect(screen.getByTestId('export-status').textContent).toBe('Saved renting-a-car-for-a-holiday-in-the-usa-report.html')
  })
})

describe('a journey file through the board and back', () => {
  it('keeps the file’s $schema and extension fields: imported, drawn, read back and exported as JSON', async () => {
    const { bridge, settledAsync } = createSandboxBridge()
    render(<App bridge={bridge} />)
    await act(settledAsync)
    const made = createJourneyFromTemplate({ templateId: 'blank' })
    if (!made.ok) throw new Error('template failed')
    const envelope = { $schema: 'https://example.org/journeyboard/journey.schema.json', 'x-study': { wave: 2 } }
    fireEvent.click(screen.getByRole('tab', { name: 'Import' }))
    const importPanel = screen.getByRole('tabpanel', { name: 'Import' })
    fireEvent.input(within(importPanel).getByLabelText('Journey text'), { target: { value: JSON.stringify({ ...envelope, format: 'journeyboard', version: 2, journey: made.value }) } })
    fireEvent.click(within(importPanel).getByRole('button', { name: 'Generate board' }))
    await act(settledAsync)

    const panel = await readWholePageAsync(settledAsync)
    const writeText = vi.fn(async (_text: string) => undefined)
    Object.defineProperty(window.navigator, 'clipboard', { configurable: true, value: { writeText } })
    const bar = within(panel).getByTestId('export')
    fireEvent.click(within(bar).getByRole('radio', { name: 'JSON' }))
    fireEvent.click(within(bar).getByRole('button', { name: 'Copy' }))
    await vi.waitFor(() => expect(writeText).toHaveBeenCalled())
    const file = JSON.parse(writeText.mock.calls[0]![0]) as Record<string, unknown>
    expect({ $schema: file.$schema, 'x-study': file['x-study'] }).toEqual(envelope)
    expect(file.journey).toEqual(made.value)
  })
})

describe('what an export cannot write exactly', () => {
  it('lists a text holding half a character under the CSV export, in every language, as the command line warns of it', async () => {
    const { bridge, settledAsync } = createSandboxBridge()
    render(<App bridge={bridge} />)
    await act(settledAsync)
    const made = createJourneyFromTemplate({ templateId: 'blank' })
    if (!made.ok) throw new Error('template failed')
    // A JSON file can hold a lone surrogate (`\udc00`); a CSV file, UTF-8 text, cannot.
    const item = { id: 'half', stageId: 'discover', laneId: 'thoughts', text: 'Half \udc00 a character' }
    const text = JSON.stringify({ format: 'journeyboard', version: 2, journey: { ...made.value, items: [item] } })
    const io = createMemoryIo({ 'journey.json': text })
    expect(await runCliAsync(['export', 'journey.json', '--format', 'csv'], io)).toBe(0)
    const cliWarning = io.err.replace(/^warning: journey\.json: /, '').trimEnd()
    expect(cliWarning).toBe('items[0].text: holds 1 lone surrogate (U+DC00), half of a character that UTF-8 cannot hold: CSV writes U+FFFD in its place wherever it shows this text')

    fireEvent.click(screen.getByRole('tab', { name: 'Import' }))
    const importPanel = screen.getByRole('tabpanel', { name: 'Import' })
    fireEvent.input(within(importPanel).getByLabelText('Journey text'), { target: { value: text } })
    fireEvent.click(within(importPanel).getByRole('button', { name: 'Generate board' }))
    await act(settledAsync)
    const panel = await readWholePageAsync(settledAsync)
    const bar = within(panel).getByTestId('export')
    fireEvent.click(within(bar).getByRole('radio', { name: 'JSON' }))
    await act(settledAsync)
    // JSON keeps the half character exactly: nothing to list.
    expect(within(bar).queryByRole('list')).toBeNull()
    fireEvent.click(within(bar).getByRole('radio', { name: 'CSV' }))
    await act(settledAsync)
    expect(within(within(bar).getByRole('list', { name: 'What this format cannot write exactly' })).getByRole('listitem').textContent).toBe(cliWarning)

    const { params, code } = problem('items[0].text', 'lone-surrogate', { n: 1, units: 'U+DC00', format: 'CSV' })
    for (const language of LANGUAGES) {
      fireEvent.change(screen.getByTestId('panel-language'), { target: { value: language } })
      await act(settledAsync)
      const list = within(screen.getByTestId('export')).getByRole('list', { name: CATALOGUES[language].panel.export.notExact })
      expect(within(list).getByRole('listitem').textContent).toBe(`items[0].text${PROBLEM_CATALOGUES[language].separator}${problemText(code!, params!, PROBLEM_CATALOGUES[language], language)}`)
    }
  })
})

describe('what the sandbox says went wrong, in the panel’s language', () => {
  it('says nothing is selected in French, and in Russian once the panel switches, from the problem’s code', async () => {
    const { bridge, settledAsync } = createSandboxBridge()
    render(<App bridge={bridge} />)
    await act(settledAsync)
    fireEvent.change(screen.getByTestId('panel-language'), { target: { value: 'fr' } })
    await act(settledAsync)
    fireEvent.click(screen.getByRole('tab', { name: 'Relire' }))
    const panel = screen.getByRole('tabpanel', { name: 'Relire' })
    fireEvent.click(within(panel).getByRole('radio', { name: 'Sélection' }))
    fireEvent.click(within(panel).getByRole('button', { name: 'Lire le tableau' }))
    await act(settledAsync)
    expect(within(panel).getByTestId('read-error').textContent).toBe('Rien n’est sélectionné\u00a0: sélectionnez un tableau, ou une partie d’un tableau, pour le lire')

    fireEvent.change(screen.getByTestId('panel-language'), { target: { value: 'ru' } })
    await act(settledAsync)
    const inRussian = screen.getByRole('tabpanel', { name: 'Считать' })
    expect(within(inRussian).getByTestId('read-error').textContent).toBe('Ничего не выделено: выделите доску или её часть, чтобы прочитать')
  })
})

describe('what the reader says of a board, in the panel’s language', () => {
  it('words the reading’s notes again when the panel switches language, from their codes', async () => {
    const { bridge, emulator, settledAsync } = createSandboxBridge()
    render(<App bridge={bridge} />)
    await act(settledAsync)
    fireEvent.click(screen.getByRole('button', { name: 'Generate board' }))
    await act(settledAsync)
    // A sticky someone left beside the board, in no stage.
    const stray = emulator.api.createSticky()
    stray.x = -5000
    const panel = await readWholePageAsync(settledAsync)
    const read = readBackResult(emulator)
    expect(read.warnings.length).toBeGreaterThan(0)
    const shown = (): string[] => within(panel).getAllByRole('listitem').filter((item) => item.closest('[data-testid^="read-"]')?.matches('[data-testid="read-warnings"], [data-testid="read-notes"]')).map((item) => item.textContent ?? '')
    const inEnglish = shown()
    expect(inEnglish.join('\n')).toContain(capitalise(warningText(read.warnings[0]!, READING_CATALOGUES.en, 'en')))

    fireEvent.change(screen.getByTestId('panel-language'), { target: { value: 'da' } })
    await act(settledAsync)
    const inDanish = shown()
    expect(inDanish).toHaveLength(inEnglish.length)
    for (const warning of read.warnings) expect(inDanish.join('\n')).toContain(capitalise(warningText(warning, READING_CATALOGUES.da, 'da')))
    expect(inDanish.join('\n')).not.toContain(capitalise(warningText(read.warnings[0]!, READING_CATALOGUES.en, 'en')))
  })
})

