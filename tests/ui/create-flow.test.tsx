// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { layoutJourney } from '../../src/layout'
import { UiToMainSchema } from '../../src/messages'
import type { ReadWarning } from '../../src/reader/board-reading'
import { firstJourneys, TEMPLATES } from '../../src/templates'
import { App } from '../../ui/app'
import { initialPanelLanguage } from '../../ui/i18n/initial-panel-language'
import { sketchJourney } from '../../ui/state/preview-sketch'
import { templateJourney } from '../../ui/state/template-journey'
import { chooseOption, chosenOptionText, groupOutsideDropdowns } from './dropdown-queries'
import { createFakeBridge, parsedCatalogue, templatesMessage } from './fake-bridge'

afterEach(cleanup)

function summary(stickies: number, warnings: ReadWarning[] = []) {
  return { boardId: '1:2', title: 'Board', contents: { stages: 7, lanes: 9, stickies, links: 0, emotionPoints: 14 }, fonts: [], warnings }
}

function generateMessages(sent: readonly unknown[]) {
  return sent.map((message) => UiToMainSchema.parse(message)).filter((message) => message.type === 'generate')
}

/** The panel opened on the Create tab with Generate clicked, and the generate message it sent. */
function openAndGenerate() {
  const bridge = createFakeBridge()
  render(<App bridge={bridge} />)
  fireEvent.click(screen.getByRole('button', { name: 'Generate board' }))
  const [message] = generateMessages(bridge.sent)
  if (message?.type !== 'generate') throw new Error('no generate message')
  return { bridge, message }
}

function card(templateId: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-template-id="${templateId}"]`)
  if (found === null) throw new Error(`no card for ${templateId}`)
  return found
}

describe('the Create tab', () => {
  it('says it is ready and shows every template in the gallery', () => {
    const bridge = createFakeBridge()
    render(<App bridge={bridge} />)
    expect(bridge.sent[0]).toEqual({ type: 'ready', language: initialPanelLanguage(navigator.languages) })
    const gallery = screen.getByRole('list', { name: 'Templates' })
    expect(within(gallery).getAllByRole('button')).toHaveLength(TEMPLATES.length)
    for (const template of TEMPLATES) expect(screen.getByRole('button', { name: template.title })).toBeTruthy()
  })

  it("draws an emotion curve in a template's gallery sketch exactly when that template's board has one", async () => {
    const bridge = createFakeBridge()
    render(<App bridge={bridge} />)
    // The sketches are drawn just after the first paint.
    await act(async () => {})
    for (const template of TEMPLATES) {
      const sketch = card(template.id).querySelector('svg.jb-sketch')
      expect(sketch, template.id).not.toBeNull()
      const points = layoutJourney(templateJourney(template, template.locales[0]!)).nodes.filter((node) => node.tag.role === 'emotion-point')
      expect(sketch?.querySelector('.jb-sketch-curve') !== null, template.id).toBe(points.length > 0)
    }
    expect(card('workshop-swimlane').querySelector('.jb-sketch-curve')).toBeNull()
    expect(card('car-rental').querySelector('.jb-sketch-curve')).not.toBeNull()
  })

  it('posts a valid generate message for the chosen template, with the stage and lane choices applied', () => {
    const bridge = createFakeBridge()
    render(<App bridge={bridge} />)
    fireEvent.click(card('moving-house'))
    expect(card('moving-house').getAttribute('aria-pressed')).toBe('true')

    // Leave out the first stage, rename the second, move the last one to the top, add one.
    const stageList = screen.getByRole('list', { name: 'Stages' })
    const checkboxes = within(stageList).getAllByRole('checkbox')
    fireEvent.click(checkboxes[0]!)
    const names = within(stageList).getAllByRole('textbox') as HTMLInputElement[]
    fireEvent.input(names[1]!, { target: { value: 'Telling the provider' } })
    const lastName = names.at(-1)!.value
    fireEvent.click(screen.getByRole('button', { name: `Move ${lastName} up` }))
    fireEvent.input(screen.getByRole('textbox', { name: 'New stage name' }), { target: { value: 'One year later' } })
    fireEvent.click(screen.getByRole('button', { name: 'Add stage' }))

    fireEvent.click(screen.getByRole('button', { name: 'Generate board' }))
    const [message] = generateMessages(bridge.sent)
    expect(message).toBeDefined()
    if (message?.type !== 'generate') throw new Error('no generate message')
    const stages = message.journey.stages.map((stage) => stage.name)
    expect(stages).toContain('Telling the provider')
    expect(stages.at(-1)).toBe('One year later')
    expect(stages.at(-2)).not.toBe(lastName)
    expect(stages).toHaveLength(names.length)
    expect(message.journey.id).toBe('moving-house')
    // The board remembers what each source said, so the Create tab's updates never undo a file's.
    expect(message.source).toBe('template:moving-house:en')
  })

  it('shows progress and then the counts the sandbox reports', () => {
    const { bridge, message } = openAndGenerate()
    act(() => bridge.answer({ type: 'progress', requestId: message.requestId, done: 40, total: 100 }))
    expect(screen.getByRole('progressbar', { name: 'Drawing the board' }).getAttribute('aria-valuenow')).toBe('40')
    // An answer to another request changes nothing.
    act(() => bridge.answer({ type: 'generated', requestId: 'someone-else', summary: summary(1) }))
    expect(screen.queryByText(/Board generated/)).toBeNull()
    act(() => bridge.answer({ type: 'generated', requestId: message.requestId, summary: summary(63) }))
    expect(screen.getByText('Board generated: 7 stages, 9 lanes, 63 stickies and 14 emotion points.')).toBeTruthy()
    expect(screen.queryByTestId('generate-warnings')).toBeNull()
  })

  it('shows, under the counts, what the sandbox warns of the board it drew', () => {
    const { bridge, message } = openAndGenerate()
    const said = 'the connector of link "k11" joins two stickies that more than ten labelled links join, and its label lies on another label or on text'
    const warning: ReadWarning = { nodeId: '1:40', code: 'links-crowded', params: {}, node: { kind: 'link-connector', text: 'k11' }, message: said }
    act(() => bridge.answer({ type: 'generated', requestId: message.requestId, summary: summary(2, [warning]) }))
    expect(screen.getByText('Board generated: 7 stages, 9 lanes, 2 stickies and 14 emotion points.')).toBeTruthy()
    expect(within(screen.getByTestId('generate-warnings')).getByText(/^The connector of link "k11" joins two stickies/)).toBeTruthy()
  })

  it('words what it warns of the board again when the panel switches language, keeping only the answer for the language it speaks', () => {
    const { bridge, message } = openAndGenerate()
    const warning: ReadWarning = { nodeId: '1:40', code: 'link-not-clear', params: {}, node: { kind: 'link-connector', text: 'k3' }, message: 'the connector of link "k3" has no clear way' }
    act(() => bridge.answer({ type: 'generated', requestId: message.requestId, summary: summary(2, [warning]) }))
    const askedFor = (language: string) => {
      const asked = bridge.sent.map((sent) => UiToMainSchema.parse(sent)).filter((sent) => sent.type === 'word-warnings' && sent.language === language).at(-1)
      if (asked?.type !== 'word-warnings') throw new Error(`the warnings were not asked for in ${language}`)
      expect(asked.warnings).toEqual([warning])
      return asked.requestId
    }
    askedFor('en')
    fireEvent.change(screen.getByTestId('panel-language'), { target: { value: 'fr' } })
    const inFrench = askedFor('fr')
    fireEvent.change(screen.getByTestId('panel-language'), { target: { value: 'da' } })
    const inDanish = askedFor('da')
    // The French answer comes after the switch to Danish: it no longer applies.
    act(() => bridge.answer({ type: 'warnings-worded', requestId: inFrench, messages: ['la connexion "k3" n’a pas de chemin dégagé'] }))
    expect(within(screen.getByTestId('generate-warnings')).queryByText(/dégagé/)).toBeNull()
    act(() => bridge.answer({ type: 'warnings-worded', requestId: inDanish, messages: ['forbindelsen "k3" har ingen fri vej'] }))
    expect(within(screen.getByTestId('generate-warnings')).getByText('Forbindelsen "k3" har ingen fri vej')).toBeTruthy()
  })

  it('lists the problems and disables Generate when no stage is left', () => {
    const bridge = createFakeBridge()
    render(<App bridge={bridge} />)
    fireEvent.click(card('blank'))
    const stageList = screen.getByRole('list', { name: 'Stages' })
    for (const box of within(stageList).getAllByRole('checkbox')) fireEvent.click(box)
    const problems = screen.getByRole('list', { name: 'Fix these to generate' })
    expect(problems.textContent).toBe('Include at least one stage.')
    expect((screen.getByRole('button', { name: 'Generate board' }) as HTMLButtonElement).disabled).toBe(true)
    const create = screen.getByRole('tabpanel', { name: 'Create' })
    expect(within(create).getByTestId('journey-counts').textContent).toBe('Fix the marked choices to draw the board')
  })

  it('marks a persona field with a problem and says what is wrong in words, opening the details', () => {
    const bridge = createFakeBridge()
    render(<App bridge={bridge} />)
    fireEvent.click(screen.getByRole('button', { name: 'Persona details' }))
    fireEvent.input(screen.getByLabelText('Age'), { target: { value: '4O' } })
    fireEvent.click(screen.getByRole('button', { name: 'Persona details' }))
    // Closed by the user, yet the field with the problem stays in view.
    const age = screen.getByLabelText('Age')
    expect(age.getAttribute('aria-invalid')).toBe('true')
    const said = document.getElementById(age.getAttribute('aria-describedby') ?? '')
    expect(said?.textContent).toBe('Age must be a whole number, such as 34, or left empty.')
    expect(screen.getByRole('list', { name: 'Fix these to generate' }).textContent).not.toMatch(/persona\.age|NaN/)
    expect((screen.getByRole('button', { name: 'Generate board' }) as HTMLButtonElement).disabled).toBe(true)
    fireEvent.input(age, { target: { value: '' } })
    // Fixed, the details close again as the user left them.
    expect(screen.queryByLabelText('Age')).toBeNull()
    expect((screen.getByRole('button', { name: 'Generate board' }) as HTMLButtonElement).disabled).toBe(false)
  })

  it('marks the lanes when none is left on', () => {
    const bridge = createFakeBridge()
    render(<App bridge={bridge} />)
    const lanes = groupOutsideDropdowns('Lanes')
    for (const box of within(lanes).getAllByRole('checkbox')) fireEvent.click(box)
    expect(lanes.getAttribute('data-invalid')).toBe('true')
    expect(document.getElementById(lanes.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Keep at least one lane on.')
  })

  it('stops saying "Edited" once the persona’s values are put back', () => {
    const bridge = createFakeBridge()
    render(<App bridge={bridge} />)
    fireEvent.click(screen.getByRole('button', { name: 'Persona details' }))
    const role = screen.getByLabelText('Role') as HTMLInputElement
    const original = role.value
    fireEvent.input(role, { target: { value: `${original} and more` } })
    expect(screen.getByText('Edited')).toBeTruthy()
    fireEvent.input(screen.getByLabelText('Role'), { target: { value: original } })
    expect(screen.queryByText('Edited')).toBeNull()
  })

  it('clears a result banner when the user moves to another tab', () => {
    const { bridge, message } = openAndGenerate()
    act(() => bridge.answer({ type: 'generated', requestId: message.requestId, summary: summary(63) }))
    expect(screen.getByText(/Board generated/)).toBeTruthy()
    fireEvent.click(screen.getByRole('tab', { name: 'Import' }))
    fireEvent.click(screen.getByRole('tab', { name: 'Create' }))
    expect(screen.queryByText(/Board generated/)).toBeNull()
  })

  it('restores the remembered template, locale and persona from init, and saves new choices', () => {
    const bridge = createFakeBridge({ answerReady: false })
    render(<App bridge={bridge} />)
    // Until the sandbox sends the templates, the Create tab says it is waiting for them.
    expect(screen.getByText('Loading the templates…')).toBeTruthy()
    act(() => bridge.answer({ type: 'init', settings: { tab: 'create', templateId: 'car-rental', locale: 'da', personaId: 'commuter' } }))
    act(() => bridge.answer(templatesMessage()))
    expect(card('car-rental').getAttribute('aria-pressed')).toBe('true')
    const boardLanguage = screen.getByRole('radiogroup', { name: 'Language of the board' })
    expect((within(boardLanguage).getByRole('radio', { name: 'Dansk' }) as HTMLInputElement).checked).toBe(true)
    expect(chosenOptionText(screen.getByTestId('persona-dropdown'))).toContain('Sofie Andersen')
    // Restoring is not a choice: nothing is written back until the user changes something.
    expect(bridge.sent.filter((message) => message.type === 'save-settings')).toEqual([])
    fireEvent.click(card('ikea'))
    const saved = bridge.sent.filter((message) => message.type === 'save-settings')
    expect(saved.at(-1)).toMatchObject({ type: 'save-settings', settings: { templateId: 'ikea', tab: 'create' } })
  })

  it('opens with the journeys the gallery shows and offers the other locales once they came', async () => {
    const bridge = createFakeBridge({ answerReady: false })
    render(<App bridge={bridge} />)
    const first = firstJourneys({})
    act(() => bridge.answer(templatesMessage(first)))
    act(() => bridge.answer({ type: 'init', settings: {} }))
    fireEvent.click(card('car-rental'))
    // Only the default locale has come: there is no language to choose yet.
    expect(screen.queryByRole('radiogroup', { name: 'Language of the board' })).toBeNull()
    expect(bridge.sent.filter((message) => message.type === 'template-journeys')).toEqual([])
    // Once the gallery and its sketches are painted, the panel asks for the rest, once.
    await vi.waitFor(() => expect(bridge.sent.filter((message) => message.type === 'template-journeys')).toHaveLength(1))
    act(() => bridge.answer({ type: 'template-journeys-result', templates: parsedCatalogue((template, locale) => !first(template, locale)) }))
    const boardLanguage = screen.getByRole('radiogroup', { name: 'Language of the board' })
    const carRental = TEMPLATES.find((template) => template.id === 'car-rental')
    expect(within(boardLanguage).getAllByRole('radio')).toHaveLength(carRental?.locales.length ?? 0)
    // What the form held stays: the template chosen before the locales came.
    expect(card('car-rental').getAttribute('aria-pressed')).toBe('true')
    fireEvent.click(within(boardLanguage).getByRole('radio', { name: 'Dansk' }))
    expect((within(boardLanguage).getByRole('radio', { name: 'Dansk' }) as HTMLInputElement).checked).toBe(true)
    expect(bridge.sent.filter((message) => message.type === 'template-journeys')).toHaveLength(1)
  })

  it('builds the hidden Read back and Import tabs once the gallery is drawn, not before the panel is interactive', async () => {
    const bridge = createFakeBridge({ answerReady: false })
    const { container } = render(<App bridge={bridge} />)
    const built = (tab: 'read' | 'import'): number => container.querySelector(`#jb-tab-${tab}`)?.childElementCount ?? -1
    act(() => bridge.answer(templatesMessage(firstJourneys({}))))
    act(() => bridge.answer({ type: 'init', settings: {} }))
    expect([built('read'), built('import')]).toEqual([0, 0])
    // Drawn, the gallery asks for the other journeys; the other tabs are built then.
    await vi.waitFor(() => expect(bridge.sent.filter((message) => message.type === 'template-journeys')).toHaveLength(1))
    await vi.waitFor(() => expect(built('import')).toBeGreaterThan(0))
    expect(built('read')).toBeGreaterThan(0)
  })

  it('builds the tab the panel opens on at once, before its gallery is drawn', async () => {
    const bridge = createFakeBridge({ answerReady: false })
    const { container } = render(<App bridge={bridge} />)
    act(() => bridge.answer({ type: 'init', settings: { tab: 'import' } }))
    await vi.waitFor(() => expect(container.querySelector('#jb-tab-import')?.childElementCount).toBeGreaterThan(0))
    expect(bridge.sent.filter((message) => message.type === 'template-journeys')).toEqual([])
  })

  it('draws every card from its sketch, and a template chosen before its journeys came is busy, then chosen', async () => {
    const bridge = createFakeBridge({ answerReady: false })
    render(<App bridge={bridge} />)
    const first = firstJourneys({})
    act(() => bridge.answer({ type: 'init', settings: {} }))
    act(() => bridge.answer(templatesMessage(first)))
    // Only the first template's journeys came, yet every card shows its sketch, captioned with its counts.
    for (const template of TEMPLATES) {
      const journey = templateJourney(template, template.locales[0]!)
      const sketch = card(template.id).querySelector('svg[role="img"]')
      expect(sketch?.getAttribute('aria-label'), template.id).toContain(`${journey.stages.length} stage`)
      // The same sketch the whole journey draws: a header per stage, a band per lane, its stickies.
      const drawn = sketchJourney(journey)
      expect(sketch?.querySelectorAll('rect').length, template.id).toBe(drawn.stages.length + drawn.lanes.length + drawn.stickies.length)
    }
    const ikea = TEMPLATES.find((template) => template.id === 'ikea')!
    const ikeaStage = templateJourney(ikea, ikea.locales[0]!).stages[0]!.name
    fireEvent.click(card('ikea'))
    // Its journeys have not come: the card is busy, and the form (and the card chosen) stay as they were.
    expect(card('ikea').getAttribute('aria-busy')).toBe('true')
    expect(card('ikea').getAttribute('aria-pressed')).toBe('false')
    expect(card('car-rental').getAttribute('aria-pressed')).toBe('true')
    expect(screen.queryByDisplayValue(ikeaStage)).toBeNull()
    await vi.waitFor(() => expect(bridge.sent.filter((message) => message.type === 'template-journeys')).toHaveLength(1))
    act(() => bridge.answer({ type: 'template-journeys-result', templates: parsedCatalogue((template, locale) => !first(template, locale)) }))
    // Once they come, the form is the chosen template's, and nothing is busy.
    expect(card('ikea').getAttribute('aria-busy')).toBeNull()
    expect(card('ikea').getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByDisplayValue(ikeaStage)).toBeTruthy()
    await vi.waitFor(() => expect(bridge.sent.filter((message) => message.type === 'save-settings').at(-1)).toMatchObject({ settings: { templateId: 'ikea' } }))
  })

  it('goes back to a template whose journeys came while another is still coming', async () => {
    const bridge = createFakeBridge({ answerReady: false })
    render(<App bridge={bridge} />)
    act(() => bridge.answer({ type: 'init', settings: {} }))
    act(() => bridge.answer(templatesMessage(firstJourneys({}))))
    fireEvent.click(card('ikea'))
    fireEvent.click(card('car-rental'))
    // The later choice wins: nothing waits any more, and the journeys coming later change nothing.
    expect(card('ikea').getAttribute('aria-busy')).toBeNull()
    expect(card('car-rental').getAttribute('aria-pressed')).toBe('true')
    act(() => bridge.answer({ type: 'template-journeys-result', templates: parsedCatalogue((template, locale) => !firstJourneys({})(template, locale)) }))
    expect(card('car-rental').getAttribute('aria-pressed')).toBe('true')
    expect(card('ikea').getAttribute('aria-pressed')).toBe('false')
  })

  it('speaks the remembered panel language, and remembers a new choice', () => {
    const bridge = createFakeBridge({ answerReady: false })
    render(<App bridge={bridge} />)
    act(() => bridge.answer({ type: 'init', settings: { panelLanguage: 'fr' } }))
    act(() => bridge.answer(templatesMessage()))
    expect(screen.getByRole('tab', { name: 'Créer' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Dessiner le tableau' })).toBeTruthy()
    expect(screen.getByText('Location de voiture')).toBeTruthy()
    expect(document.documentElement.lang).toBe('fr')
    chooseOption(screen.getByRole('combobox', { name: 'Langue du panneau' }), 'ru')
    expect(screen.getByRole('tab', { name: 'Создать' })).toBeTruthy()
    expect(bridge.sent.filter((message) => message.type === 'save-settings').at(-1)).toMatchObject({ settings: { panelLanguage: 'ru' } })
  })
})
