// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { exportJourney } from '../../src/formats'
import { CATALOGUES, type Language } from '../../src/i18n'
import { type UiToMain, UiToMainSchema } from '../../src/messages'
import { importAnswer } from '../../src/plugin/import-answer'
import { createJourneyFromTemplate } from '../../src/templates'
import { App } from '../../ui/app'
import { IMPORT_TYPING_PAUSE_MS } from '../../ui/components/import-tab'
import { MAX_IMPORT_BYTES } from '../../ui/platform/import-size'
import { createFakeBridge } from './fake-bridge'
import { createSandboxBridge } from './sandbox-bridge'

afterEach(cleanup)

function openImport(options: Parameters<typeof createFakeBridge>[0] = {}) {
  const bridge = createFakeBridge(options)
  render(<App bridge={bridge} />)
  fireEvent.click(screen.getByRole('tab', { name: 'Import' }))
  const panel = screen.getByRole('tabpanel', { name: 'Import' })
  const generate = within(panel).getByRole('button', { name: 'Generate board' }) as HTMLButtonElement
  const paste = (text: string) => fireEvent.input(within(panel).getByLabelText('Journey text'), { target: { value: text } })
  return { bridge, panel, generate, paste }
}

describe('the Import tab', () => {
  it('draws nothing until something is pasted', () => {
    const { panel, generate } = openImport()
    expect(generate.disabled).toBe(true)
    expect(within(panel).queryByRole('list', { name: 'Problems in the input' })).toBeNull()
  })

  it('lists a JSON syntax error with its line and column, and keeps Generate disabled', () => {
    const { panel, generate, paste } = openImport()
    paste('{\n  "format": "journeyboard",\n  "version": 1,\n  "journey": { "id": "x", }\n}')
    const problems = within(panel).getByRole('list', { name: 'Problems in the input' })
    expect(problems.textContent).toMatch(/line 4, column \d+/)
    expect(generate.disabled).toBe(true)
  })

  it('lists every schema problem with its path', () => {
    const { panel, generate, paste } = openImport()
    paste(JSON.stringify({ format: 'journeyboard', version: 1, journey: { id: 'bad id', title: 'T', personas: [], stages: [{ id: 's', name: '' }], lanes: [] } }))
    const items = within(within(panel).getByRole('list', { name: 'Problems in the input' })).getAllByRole('listitem')
    const text = items.map((item) => item.textContent)
    expect(text).toEqual(
      expect.arrayContaining([expect.stringMatching(/^id: /), expect.stringMatching(/^personas: /), expect.stringMatching(/^stages\[0\]\.name: /), expect.stringMatching(/^lanes: /)])
    )
    expect(generate.disabled).toBe(true)
  })

  it('lists CSV problems with their line, and reads a Mermaid diagram with its guesses shown', async () => {
    const { panel, generate, paste } = openImport()
    paste('stage,lane,text\nPlan,Thoughts,Where to?\n,Thoughts,And then?')
    const problems = within(panel).getByRole('list', { name: 'Problems in the input' })
    expect(problems.textContent).toContain('line 3: stage and stage_id are both empty')
    expect(problems.querySelector('.jb-problem-path')).toBeNull()
    // One pair of brackets at most: the format's own, not a second pair round "read as".
    expect(within(panel).getByRole('heading', { name: /problem to fix/ }).textContent).toBe('1 problem to fix · read as Items table (CSV)')
    expect(generate.disabled).toBe(true)
    paste('journey\n  title Buying a bike\n  section Choose\n    Compare bikes: 4: Me\n    Test ride: x: Me')
    expect((await within(panel).findByTestId('import-preview')).textContent).toContain('Read as Mermaid journey diagram')
    expect(within(panel).queryByRole('list', { name: 'Problems in the input' })).toBeNull()
    expect(within(panel).getByRole('list', { name: 'Guesses made while importing' }).textContent).toContain('line 5')
    expect(generate.disabled).toBe(false)
  })

  it('lists every Mermaid error in words, each with its line, with the parser output folded away', () => {
    const { panel, paste } = openImport()
    paste('journey\n  title Buying a bike\n  section Choose\n    Compare bikes\n    Test ride: 4: Me\n    Pay at the till\n')
    const items = within(within(panel).getByRole('list', { name: 'Problems in the input' })).getAllByRole('listitem')
    expect(items.map((item) => item.firstChild?.textContent)).toEqual(['line 4', 'line 6'])
    // A line is said in words, not styled as code as a path into a journey file is.
    expect(items.map((item) => (item.firstChild as Element | null)?.className)).toEqual(['jb-problem-place', 'jb-problem-place'])
    expect(items[0]?.textContent).toContain('the task "Compare bikes" needs a colon and a score, e.g. "Compare bikes: 3"')
    // Mermaid's own dump is there for who wants it, closed.
    const more = items[0]?.querySelector('details')
    expect(more?.open).toBe(false)
    expect(more?.textContent).toContain('Parse error on line 4')
    expect(within(panel).getByTestId('journey-counts').textContent).toBe('Fix the problems above to draw it')
  })

  it('drops the banner of a board drawn from the previous text once the text changes', async () => {
    const { bridge, panel, generate, paste } = openImport()
    const made = createJourneyFromTemplate({ templateId: 'blank' })
    if (!made.ok) throw new Error('template failed')
    paste(exportJourney(made.value, 'json'))
    fireEvent.click(generate)
    const sent = UiToMainSchema.parse(bridge.sent.at(-1))
    if (sent.type !== 'generate') throw new Error('no generate message')
    act(() =>
      bridge.answer({
        type: 'generated',
        requestId: sent.requestId,
        summary: { boardId: '1:2', title: 'Board', contents: { stages: 4, lanes: 5, stickies: 0, links: 0, emotionPoints: 0 }, fonts: [], warnings: [] }
      })
    )
    expect(within(panel).getByText(/Board generated/)).toBeTruthy()
    paste('journey\n  section\n')
    expect(within(panel).queryByText(/Board generated/)).toBeNull()
    expect(await within(panel).findByRole('list', { name: 'Problems in the input' })).toBeTruthy()
  })

  it('previews a valid file and sends exactly that journey to draw', () => {
    const { bridge, panel, generate, paste } = openImport()
    const made = createJourneyFromTemplate({ templateId: 'ikea' })
    if (!made.ok) throw new Error('template failed')
    paste(exportJourney(made.value, 'json'))
    expect(within(panel).queryByRole('list', { name: 'Problems in the input' })).toBeNull()
    expect(within(panel).getByTestId('import-preview').textContent).toContain(made.value.title)
    expect(generate.disabled).toBe(false)
    fireEvent.click(generate)
    const message = UiToMainSchema.parse(bridge.sent.at(-1))
    expect(message.type === 'generate' && message.journey).toEqual(made.value)
  })
})

describe('the Import tab opening a file too big to be a journey', () => {
  it('refuses it before reading, naming the file, its size and the limit, and asks the sandbox nothing', async () => {
    const { bridge, panel, generate } = openImport()
    const input = panel.querySelector('input[type="file"]') as HTMLInputElement
    const big = new File(['x'.repeat(MAX_IMPORT_BYTES + 1000)], 'huge.csv', { type: 'text/csv' })
    fireEvent.change(input, { target: { files: [big] } })
    const problems = await within(panel).findByRole('list', { name: 'Problems with the file' })
    expect(problems.textContent).toBe(`huge.csv: the file is ${Math.round((MAX_IMPORT_BYTES + 1000) / 1000)} kB; journey files are at most ${MAX_IMPORT_BYTES / 1000} kB`)
    expect(bridge.sent.some((message) => message.type === 'import')).toBe(false)
    expect((within(panel).getByLabelText('Journey text') as HTMLTextAreaElement).value).toBe('')
    expect(generate.disabled).toBe(true)
  })
})

describe('the Import tab while the sandbox reads', () => {
  const diagram = (title: string): string => `journey\n  title ${title}\n  section Choose\n    Compare bikes: 4: Me\n`

  afterEach(() => {
    vi.useRealTimers()
  })

  /** The Import tab with the sandbox's answers given by the test, and the clock in its hands. */
  function openWaiting() {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    const opened = openImport({ answerFiles: false })
    const asked = (): Extract<ReturnType<typeof UiToMainSchema.parse>, { type: 'import' }>[] =>
      opened.bridge.sent.map((message) => UiToMainSchema.parse(message)).flatMap((message) => (message.type === 'import' ? [message] : []))
    const answer = (index: number): void => {
      const question = asked()[index]
      if (question === undefined) throw new Error(`no import ${index} was asked`)
      act(() => opened.bridge.answer({ type: 'import-result', requestId: question.requestId, ...importAnswer(question.text, question.format) }))
    }
    const pause = (): void => {
      act(() => {
        vi.advanceTimersByTime(IMPORT_TYPING_PAUSE_MS)
      })
    }
    return { ...opened, asked, answer, pause }
  }

  it('keeps what it said of the previous text in view, busy and not drawable, and drops a late answer to an older text', () => {
    const { bridge, panel, generate, paste, asked, answer, pause } = openWaiting()
    const counts = () => within(panel).getByTestId('journey-counts').textContent

    paste(diagram('First bike'))
    expect(asked().map((question) => question.text)).toEqual([diagram('First bike')])
    expect(within(panel).queryByTestId('import-preview')).toBeNull()
    expect(counts()).toBe('Reading the text…')
    expect(generate.disabled).toBe(true)
    answer(0)
    expect(within(panel).getByTestId('import-preview').textContent).toContain('First bike')
    expect(within(panel).getByTestId('import-preview').getAttribute('aria-busy')).toBeNull()
    expect(generate.disabled).toBe(false)

    paste(diagram('Second bike'))
    pause()
    paste(diagram('Third bike'))
    pause()
    expect(asked().map((question) => question.text)).toEqual([diagram('First bike'), diagram('Second bike'), diagram('Third bike')])
    const preview = within(panel).getByTestId('import-preview')
    expect(preview.textContent).toContain('First bike')
    expect(preview.getAttribute('aria-busy')).toBe('true')
    expect(counts()).toBe('Reading the text…')
    expect(generate.disabled).toBe(true)
    // The answer to the second text comes after the third was asked: it no longer applies.
    answer(1)
    expect(within(panel).getByTestId('import-preview').textContent).toContain('First bike')
    expect(generate.disabled).toBe(true)
    answer(2)
    expect(within(panel).getByTestId('import-preview').textContent).toContain('Third bike')
    expect(generate.disabled).toBe(false)
    fireEvent.click(generate)
    const sent = UiToMainSchema.parse(bridge.sent.at(-1))
    expect(sent.type === 'generate' && sent.journey.title).toBe('Third bike')
  })

  it('asks once typing pauses, not at every keystroke, and draws nothing from a text the box no longer holds', () => {
    const { panel, generate, paste, asked, answer, pause } = openWaiting()
    const typed = diagram('Typed bike')
    paste(typed.slice(0, 1))
    // Each keystroke of a burst, each sooner than the pause after the one before.
    for (let end = 2; end <= typed.length; end += 1) {
      paste(typed.slice(0, end))
      act(() => {
        vi.advanceTimersByTime(IMPORT_TYPING_PAUSE_MS / 4)
      })
    }
    // The first keystroke came after a pause and was asked at once; the rest wait for the next.
    expect(asked().map((question) => question.text)).toEqual([typed.slice(0, 1)])
    answer(0)
    expect(generate.disabled).toBe(true)
    pause()
    expect(asked().map((question) => question.text)).toEqual([typed.slice(0, 1), typed])
    answer(1)
    expect(within(panel).getByTestId('import-preview').textContent).toContain('Typed bike')
    expect(generate.disabled).toBe(false)
  })
})

describe('the Import tab given a pasted text too big to be a journey', () => {
  it('refuses it as it refuses such a file, in the panel’s language, keeps the text it had and asks the sandbox nothing', async () => {
    const { bridge, panel, paste } = openImport()
    const box = within(panel).getByLabelText('Journey text') as HTMLTextAreaElement
    const before = 'journey\n  title Kept bike\n  section Choose\n    Compare bikes: 4: Me\n'
    paste(before)
    const asked = bridge.sent.filter((message) => message.type === 'import').length
    // Counted in UTF-8 bytes, as the file would be: 700,001 euro signs are 2,100,003 bytes.
    fireEvent.input(box, { target: { value: '€'.repeat(700_001) } })
    const problems = within(panel).getByRole('list', { name: 'Problems with the file' })
    expect(problems.textContent).toBe(`the pasted text is 2100 kB; journey files are at most ${MAX_IMPORT_BYTES / 1000} kB`)
    expect(box.value).toBe(before)
    expect(within(panel).getByTestId('import-preview').textContent).toContain('Kept bike')
    await new Promise((resolve) => setTimeout(resolve, IMPORT_TYPING_PAUSE_MS * 2))
    expect(bridge.sent.filter((message) => message.type === 'import')).toHaveLength(asked)
    // Worded when shown: a language switch words it again.
    fireEvent.change(screen.getByTestId('panel-language'), { target: { value: 'da' } })
    expect(within(panel).getByRole('list', { name: CATALOGUES.da.panel.import.fileProblems }).textContent).toBe(`den indsatte tekst fylder 2100 kB; rejsefiler må højst fylde ${MAX_IMPORT_BYTES / 1000} kB`)
    // A text within the limit is taken again, and the refusal goes.
    fireEvent.input(box, { target: { value: `${before}    Test ride: 5: Me\n` } })
    expect(box.value).toBe(`${before}    Test ride: 5: Me\n`)
    expect(within(panel).queryByRole('list', { name: CATALOGUES.da.panel.import.fileProblems })).toBeNull()
  })
})

describe('the Import tab in the panel’s language', () => {
  /** The panel on the real sandbox (emulated FigJam), in the language picked in its own language menu. */
  async function openInAsync(language: Language) {
    const { bridge, settledAsync } = createSandboxBridge()
    render(<App bridge={bridge} />)
    await act(settledAsync)
    fireEvent.change(screen.getByTestId('panel-language'), { target: { value: language } })
    await act(settledAsync)
    return { settledAsync }
  }

  const brokenFile = JSON.stringify({
    format: 'journeyboard',
    version: 2,
    journey: {
      id: 'trip', title: 'Trip', personas: [{ id: 'p', name: 'P' }], stages: [{ id: 's1', name: ' ' }], lanes: [{ id: 'l', name: 'L', kind: 'notes' }],
      items: [{ id: 'i', stageId: 'nowhere', laneId: 'l', text: 'x', score: 'high' }]
    }
  })

  async function openFileAsync(panel: HTMLElement, name: string, text: string): Promise<void> {
    const input = panel.querySelector('input[type="file"]') as HTMLInputElement
    fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } })
    await vi.waitFor(() => expect(within(panel).getByRole('textbox').getAttribute('value') ?? (within(panel).getByRole('textbox') as HTMLTextAreaElement).value).toBe(text))
  }

  function problemLines(panel: HTMLElement, label: string): string[] {
    return within(within(panel).getByRole('list', { name: label })).getAllByRole('listitem').map((item) => item.textContent ?? '')
  }

  it('words a broken journey file’s problems in French and then in Russian, each with its path, and no English left', async () => {
    await openInAsync('fr')
    fireEvent.click(screen.getByRole('tab', { name: 'Importer' }))
    const panel = screen.getByRole('tabpanel', { name: 'Importer' })
    await openFileAsync(panel, 'voyage.json', brokenFile)
    // The file is read outside any event handler: the sandbox's answer comes a moment later.
    await vi.waitFor(() => expect(within(panel).queryByRole('list', { name: 'Problèmes dans le texte' })).not.toBeNull())
    expect(problemLines(panel, 'Problèmes dans le texte')).toEqual([
      'stages[0].name\u00a0: ne doit pas être vide',
      'items[0].score\u00a0: doit être un nombre, pas du texte',
      'items[0].stageId\u00a0: aucune étape n’a l’id «\u00a0nowhere\u00a0»'
    ])
    // A path into the file is code, and shows as code.
    expect([...within(panel).getByRole('list', { name: 'Problèmes dans le texte' }).querySelectorAll('.jb-problem-path')].map((place) => place.textContent)).toEqual([
      'stages[0].name',
      'items[0].score',
      'items[0].stageId'
    ])

    fireEvent.change(screen.getByTestId('panel-language'), { target: { value: 'ru' } })
    const inRussian = screen.getByRole('tabpanel', { name: 'Импорт' })
    expect(problemLines(inRussian, 'Проблемы во введённом тексте')).toEqual([
      'stages[0].name: не может быть пустым',
      'items[0].score: ожидается число, а указано: текст',
      'items[0].stageId: нет этапа с ID «nowhere»'
    ])
  })

  it('lists the values a cell may take as the panel’s language writes lists', async () => {
    const { settledAsync } = await openInAsync('zh-Hans')
    const words = CATALOGUES['zh-Hans'].panel
    fireEvent.click(screen.getByRole('tab', { name: words.tabs.import }))
    const panel = screen.getByRole('tabpanel', { name: words.tabs.import })
    fireEvent.input(within(panel).getByLabelText(words.import.text), { target: { value: 'stage,lane,text,flag\nPlan,Thoughts,Where to?,blue\n' } })
    await act(settledAsync)
    expect(problemLines(panel, words.import.inputProblems).join('\n')).toContain('green 或 red')
  })

  it('names the line and column of CSV and JSON syntax errors in the panel’s language', async () => {
    await openInAsync('ru')
    fireEvent.click(screen.getByRole('tab', { name: 'Импорт' }))
    const panel = screen.getByRole('tabpanel', { name: 'Импорт' })
    fireEvent.input(within(panel).getByLabelText('Текст пути'), { target: { value: 'stage,lane,text,people\nPlan,Thoughts,Where to?,"[1]"\n,Thoughts,And then?,\n' } })
    expect(problemLines(panel, 'Проблемы во введённом тексте')).toEqual([
      'строка 2 · Люди: в списке людей могут быть только имена, например ["Я","Партнёр"]',
      'строка 3: stage и stage_id пусты; у каждого стикера должен быть этап'
    ])
    fireEvent.input(within(panel).getByLabelText('Текст пути'), { target: { value: '{\n  "format": "journeyboard",\n  "version": 2,\n  "journey": { "id": "x", }\n}' } })
    // Asked once typing pauses (the second text comes straight after the first).
    await vi.waitFor(() => expect(problemLines(panel, 'Проблемы во введённом тексте')[0]).toMatch(/^строка 4, столбец \d+: некорректный JSON: /), { timeout: 3000 })
  })

  it('draws a CSV lane named only by what it holds ("Ressenti", "Idées") as a lane of that kind, read by the sandbox', async () => {
    const { bridge, settledAsync } = createSandboxBridge()
    const sent: UiToMain[] = []
    const send = bridge.send.bind(bridge)
    bridge.send = (message) => {
      sent.push(message)
      send(message)
    }
    render(<App bridge={bridge} />)
    await act(settledAsync)
    fireEvent.change(screen.getByTestId('panel-language'), { target: { value: 'fr' } })
    await act(settledAsync)
    fireEvent.click(screen.getByRole('tab', { name: 'Importer' }))
    const panel = screen.getByRole('tabpanel', { name: 'Importer' })
    fireEvent.input(within(panel).getByLabelText('Texte du parcours'), { target: { value: 'stage,lane,text\nRéserver,Ressenti,Inquiet\nRéserver,Idées,Un prix clair\n' } })
    await act(settledAsync)
    fireEvent.click(within(panel).getByRole('button', { name: CATALOGUES.fr.panel.footer.generate }))
    await act(settledAsync)
    const generate = sent.map((message) => UiToMainSchema.parse(message)).find((message) => message.type === 'generate')
    expect(generate?.type === 'generate' && generate.journey.lanes.map((lane) => [lane.name, lane.kind])).toEqual([
      ['Ressenti', 'emotion'],
      ['Idées', 'opportunities']
    ])
  })

  it('words what an import had to guess in the panel’s language', async () => {
    await openInAsync('fr')
    fireEvent.click(screen.getByRole('tab', { name: 'Importer' }))
    const panel = screen.getByRole('tabpanel', { name: 'Importer' })
    fireEvent.input(within(panel).getByLabelText('Texte du parcours'), { target: { value: 'journey\n  section Choisir\n    Comparer: x: Moi\n' } })
    expect(problemLines(panel, 'Hypothèses faites à l’import')).toEqual([
      'title\u00a0: le diagramme n’a pas de titre\u00a0; titre utilisé\u00a0: «\u00a0Imported journey\u00a0»',
      'ligne 3\u00a0: la tâche «\u00a0Comparer\u00a0» n’a pas de note chiffrée, elle n’en a donc aucune'
    ])
  })
})
