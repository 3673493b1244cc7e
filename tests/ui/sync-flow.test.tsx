// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'

import { exportJourney } from '../../src/formats'
import { storedPartKey, TAG_NAMESPACE } from '../../src/plugin-data/board-tags'
import { type ParsedUiToMain, UiToMainSchema } from '../../src/messages'
import type { Journey } from '../../src/model'
import { type ChangeSet, diffJourneys } from '../../src/sync'
import { App } from '../../ui/app'
import { IMPORT_TYPING_PAUSE_MS } from '../../ui/components/import-tab'
import { itemSticky, loadFontOfAsync, templateJourney, validJourney, withItem } from '../reader/generated-board'
import { changeItem, smallJourney } from '../sync/sync-fixtures'
import { createFakeBridge } from './fake-bridge'
import { createSandboxBridge } from './sandbox-bridge'

afterEach(cleanup)

const BOARD_ID = '1:2'

/**
 * A real change set on the car-rental template: people retyped the first action on the board while
 * the data retyped it too (a conflict), edited a pain the data then removed (kept), and the data
 * renamed a stage.
 */
function carRentalChange(base: Journey) {
  const [action, pain] = [base.items.find((item) => item.laneId === base.lanes[0]?.id), base.items.at(-1)]
  if (action === undefined || pain === undefined) throw new Error('the template has no items')
  const board = withItem(withItem(base, action.id, (item) => ({ ...item, text: 'Asks a friend first' })), pain.id, (item) => ({ ...item, text: `${item.text}!` }))
  const renamed = { ...base, stages: base.stages.map((stage, index) => (index === 0 ? { ...stage, name: 'Dream' } : stage)) }
  const data = withItem(withItem(renamed, action.id, (item) => ({ ...item, text: 'Compares prices online' })), pain.id, () => undefined)
  return { action, pain, changeSet: diffJourneys(board, data, base) }
}

function sentOf(bridge: ReturnType<typeof createFakeBridge>, type: ParsedUiToMain['type']): ParsedUiToMain[] {
  return bridge.sent.map((message) => UiToMainSchema.parse(message)).filter((message) => message.type === type)
}

/** Opens the panel, asks to update from the Create tab and answers the comparison with `changeSet`. */
function reviewing(changeSet: ChangeSet) {
  const bridge = createFakeBridge()
  render(<App bridge={bridge} />)
  const create = screen.getByRole('tabpanel', { name: 'Create' })
  fireEvent.click(within(create).getByRole('button', { name: 'Update board…' }))
  const [preview] = sentOf(bridge, 'sync-preview')
  if (preview?.type !== 'sync-preview') throw new Error('no sync-preview sent')
  const view = screen.getByRole('region', { name: 'Update board' })
  expect(within(view).getByRole('status').textContent).toContain('Comparing the board')
  act(() => bridge.answer({ type: 'sync-preview-result', requestId: preview.requestId, boardId: BOARD_ID, boardName: 'Car rental board', changeSet, warnings: [] }))
  const update = within(view).getByRole('button', { name: 'Update board' }) as HTMLButtonElement
  return { bridge, view, preview, update }
}

/** The panel on the real sandbox, speaking French, on its Import tab; `pasteAsync` puts a journey in its text box. */
async function importingInFrenchAsync() {
  const { bridge, emulator, settledAsync } = createSandboxBridge()
  render(<App bridge={bridge} />)
  await act(settledAsync)
  fireEvent.change(screen.getByTestId('panel-language'), { target: { value: 'fr' } })
  await act(settledAsync)
  fireEvent.click(screen.getByRole('tab', { name: 'Importer' }))
  // A paste as someone makes it: the next click comes after the typing pause, once the sandbox has
  // read the text (a paste right after another is read only when typing pauses).
  const pasteAsync = async (journey: Journey): Promise<void> => {
    fireEvent.input(screen.getByLabelText('Texte du parcours'), { target: { value: exportJourney(journey, 'json') } })
    await act(() => new Promise((resolve) => setTimeout(resolve, IMPORT_TYPING_PAUSE_MS)))
    await act(settledAsync)
  }
  return { emulator, settledAsync, pasteAsync }
}

describe('updating a board from the panel', () => {
  it('compares the journey the Create tab shows, hiding the tabs meanwhile', () => {
    const bridge = createFakeBridge()
    render(<App bridge={bridge} />)
    fireEvent.click(within(screen.getByRole('tabpanel', { name: 'Create' })).getByRole('button', { name: 'Update board…' }))
    const [preview] = sentOf(bridge, 'sync-preview')
    expect(preview?.type === 'sync-preview' ? preview.journey.id : undefined).toBe('car-rental')
    expect(screen.queryByRole('tabpanel', { name: 'Create' })).toBeNull()
    const view = screen.getByRole('region', { name: 'Update board' })
    // The focus moves to the view's heading, and back to the button once the view closes.
    expect(document.activeElement).toBe(within(view).getByRole('heading', { level: 2 }))
    if (preview?.type !== 'sync-preview') return
    act(() => bridge.answer({ type: 'error', requestId: preview.requestId, message: 'No board', problems: [] }))
    fireEvent.click(within(view).getByRole('button', { name: 'Cancel' }))
    expect(document.activeElement).toBe(within(screen.getByRole('tabpanel', { name: 'Create' })).getByRole('button', { name: 'Update board…' }))
  })

  it('shows the change set and each conflict with both texts, and updates only once every conflict has a choice', () => {
    const { action, changeSet } = carRentalChange(templateJourney('car-rental'))
    const { bridge, view, preview, update } = reviewing(changeSet)
    expect(within(view).getByRole('heading', { name: 'Update “Car rental board”' })).toBeTruthy()
    const changes = within(view).getByRole('list', { name: /^Changes from the data/ })
    expect(changes.textContent).toContain('Renamed')
    expect(changes.textContent).toMatch(/name "[^"]+" → "Dream"/)

    const conflicts = within(view).getByTestId('sync-conflicts')
    expect(conflicts.textContent).toContain('Asks a friend first')
    expect(conflicts.textContent).toContain('Compares prices online')
    expect(update.disabled).toBe(true)
    expect(within(view).getByTestId('sync-status').textContent).toBe('Pick a version for 1 conflict')

    const choice = within(conflicts).getByRole('radiogroup', { name: `Version of Item “${'Asks a friend first'}”` })
    fireEvent.click(within(choice).getByRole('radio', { name: 'Data' }))
    expect(update.disabled).toBe(false)
    fireEvent.click(update)
    const [apply] = sentOf(bridge, 'sync-apply')
    expect(apply).toMatchObject({ type: 'sync-apply', boardId: BOARD_ID, resolutions: { [`item:${action.id}`]: 'data' } })
    expect(apply?.type === 'sync-apply' && preview.type === 'sync-preview' ? apply.journey : undefined).toEqual(preview.type === 'sync-preview' ? preview.journey : null)
    if (apply?.type !== 'sync-apply') return

    act(() => bridge.answer({ type: 'progress', requestId: apply.requestId, done: 10, total: 40 }))
    expect(within(view).getByRole('progressbar', { name: 'Updating the board' }).getAttribute('aria-valuenow')).toBe('10')
    act(() =>
      bridge.answer({
        type: 'synced',
        requestId: apply.requestId,
        summary: {
          boardId: BOARD_ID,
          changeSet,
          counts: {
            created: 2,
            kept: 60,
            removed: 3,
            moved: 0,
            adopted: 0,
            contentsAdded: { stages: 0, lanes: 0, stickies: 0, links: 0, emotionPoints: 0 },
            contentsRemoved: { stages: 0, lanes: 0, stickies: 1, links: 1, emotionPoints: 0 }
          },
          notRemoved: [],
          warnings: []
        }
      })
    )
    // What changed in the words of the review and the map, not "0 nodes created, 60 kept"; the hint no longer promises a future.
    const done = within(view).getByTestId('sync-done').textContent ?? ''
    expect(done).toMatch(/^Board updated: 1 change from the data made and \d+ edits? on the board kept; 1 sticky and 1 link removed\.$/)
    expect(done).not.toMatch(/node|created|60 kept/)
    expect(view.textContent).not.toContain('Nothing on the board changes until you update it')
    expect(view.textContent).toContain('The board now shows this journey')
    fireEvent.click(within(view).getByRole('button', { name: 'Done' }))
    expect(screen.queryByRole('region', { name: 'Update board' })).toBeNull()
    expect(screen.getByRole('tabpanel', { name: 'Create' })).toBeTruthy()
  })

  it('settles every conflict at once with All data or All board', () => {
    const { action, changeSet } = carRentalChange(templateJourney('car-rental'))
    const { bridge, view, update } = reviewing(changeSet)
    fireEvent.click(within(view).getByRole('button', { name: 'All board' }))
    expect(update.disabled).toBe(false)
    fireEvent.click(update)
    expect(sentOf(bridge, 'sync-apply')[0]).toMatchObject({ resolutions: { [`item:${action.id}`]: 'board' } })
  })

  it('lists what the data removed but the board keeps, and removes one after all when ticked', () => {
    const { pain, changeSet } = carRentalChange(templateJourney('car-rental'))
    const { bridge, view, update } = reviewing(changeSet)
    const kept = within(view).getByTestId('sync-kept')
    expect(kept.textContent).toContain(`${pain.text}!`)
    expect(kept.textContent).toContain('Edited on the board')
    fireEvent.click(within(kept).getByRole('checkbox'))
    fireEvent.click(within(view).getByRole('button', { name: 'All data' }))
    fireEvent.click(update)
    expect(sentOf(bridge, 'sync-apply')[0]).toMatchObject({ resolutions: { [`item:${pain.id}`]: 'data' } })
  })

  it('says when there is nothing to change and offers no update', () => {
    const journey = templateJourney('car-rental')
    const { view, update } = reviewing(diffJourneys(journey, journey, journey))
    expect(view.textContent).toContain('Nothing to change: the board already shows this journey.')
    expect(update.disabled).toBe(true)
  })

  it('shows a failed comparison and goes back to the tabs on Cancel', () => {
    const bridge = createFakeBridge()
    render(<App bridge={bridge} />)
    fireEvent.click(within(screen.getByRole('tabpanel', { name: 'Create' })).getByRole('button', { name: 'Update board…' }))
    const [preview] = sentOf(bridge, 'sync-preview')
    if (preview?.type !== 'sync-preview') throw new Error('no sync-preview sent')
    act(() => bridge.answer({ type: 'error', requestId: preview.requestId, message: 'There is no board drawn by Journeyboard', problems: [] }))
    const view = screen.getByRole('region', { name: 'Update board' })
    expect(within(view).getByRole('alert').textContent).toContain('There is no board drawn by Journeyboard')
    fireEvent.click(within(view).getByRole('button', { name: 'Cancel' }))
    expect(screen.getByRole('tabpanel', { name: 'Create' })).toBeTruthy()
  })

  it('keeps the choices made when an update fails, to try again', () => {
    const { action, changeSet } = carRentalChange(templateJourney('car-rental'))
    const { bridge, view, update } = reviewing(changeSet)
    fireEvent.click(within(view).getByRole('button', { name: 'All data' }))
    fireEvent.click(update)
    const [apply] = sentOf(bridge, 'sync-apply')
    if (apply?.type !== 'sync-apply') throw new Error('no sync-apply sent')
    act(() => bridge.answer({ type: 'error', requestId: apply.requestId, message: 'Could not update the board: failed. Everything was put back as it was.', problems: [] }))
    expect(within(view).getByRole('alert').textContent).toContain('put back as it was')
    fireEvent.click(within(view).getByRole('button', { name: 'Back to the changes' }))
    const again = within(view).getByRole('button', { name: 'Update board' }) as HTMLButtonElement
    expect(again.disabled).toBe(false)
    fireEvent.click(again)
    expect(sentOf(bridge, 'sync-apply')[1]).toMatchObject({ resolutions: { [`item:${action.id}`]: 'data' } })
  })

  it('cuts long lists of changes, saying how many more there are', () => {
    const base = templateJourney('ikea')
    const data = { ...base, items: base.items.map((item) => ({ ...item, text: `${item.text} (revised)` })) }
    const changeSet = diffJourneys(base, data, base)
    expect(changeSet.changes.length).toBeGreaterThan(40)
    const { view, update } = reviewing(changeSet)
    const list = within(view).getByRole('list', { name: /^Changes from the data/ })
    const rows = within(list).getAllByRole('listitem')
    expect(rows).toHaveLength(41)
    expect(rows.at(-1)?.textContent).toBe(`and ${changeSet.changes.length - 40} more`)
    expect(within(view).getByTestId('sync-status').textContent).toBe(`${changeSet.changes.length} changes`)
    expect(update.disabled).toBe(false)
  })

  it('compares again with the same board after a failed update, keeping the choices that still apply', () => {
    const { action, changeSet } = carRentalChange(templateJourney('car-rental'))
    const { bridge, view, preview, update } = reviewing(changeSet)
    fireEvent.click(within(view).getByRole('button', { name: 'All data' }))
    fireEvent.click(update)
    const [apply] = sentOf(bridge, 'sync-apply')
    if (apply?.type !== 'sync-apply') throw new Error('no sync-apply sent')
    act(() => bridge.answer({ type: 'error', requestId: apply.requestId, message: 'The board changed since it was compared: compare again to review the update.', problems: [] }))
    expect(document.activeElement?.textContent).toContain('The board changed since it was compared')
    fireEvent.click(within(view).getByRole('button', { name: 'Compare again' }))
    const again = sentOf(bridge, 'sync-preview')[1]
    expect(again).toMatchObject({ type: 'sync-preview', boardId: BOARD_ID })
    expect(again?.type === 'sync-preview' && preview.type === 'sync-preview' ? again.journey : undefined).toEqual(preview.type === 'sync-preview' ? preview.journey : null)
    if (again?.type !== 'sync-preview') return
    act(() => bridge.answer({ type: 'sync-preview-result', requestId: again.requestId, boardId: BOARD_ID, boardName: 'Car rental board', changeSet, warnings: [] }))
    const updateAgain = within(view).getByRole('button', { name: 'Update board' }) as HTMLButtonElement
    expect(updateAgain.disabled).toBe(false)
    fireEvent.click(updateAgain)
    expect(sentOf(bridge, 'sync-apply')[1]).toMatchObject({ resolutions: { [`item:${action.id}`]: 'data' } })
  })

  it('can be left while it compares, ignoring the late answer', () => {
    const bridge = createFakeBridge()
    render(<App bridge={bridge} />)
    fireEvent.click(within(screen.getByRole('tabpanel', { name: 'Create' })).getByRole('button', { name: 'Update board…' }))
    const [preview] = sentOf(bridge, 'sync-preview')
    if (preview?.type !== 'sync-preview') throw new Error('no sync-preview sent')
    fireEvent.click(within(screen.getByRole('region', { name: 'Update board' })).getByRole('button', { name: 'Cancel' }))
    act(() => bridge.answer({ type: 'sync-preview-result', requestId: preview.requestId, boardId: BOARD_ID, boardName: 'Late', changeSet: diffJourneys(preview.journey, preview.journey, preview.journey), warnings: [] }))
    expect(screen.queryByRole('region', { name: 'Update board' })).toBeNull()
    expect(screen.getByRole('tabpanel', { name: 'Create' })).toBeTruthy()
  })
})

describe('updating a board, in the panel’s language', () => {
  it('says there is no board to update in Russian, from the problem’s code', async () => {
    const { bridge, settledAsync } = createSandboxBridge()
    render(<App bridge={bridge} />)
    await act(settledAsync)
    fireEvent.change(screen.getByTestId('panel-language'), { target: { value: 'ru' } })
    await act(settledAsync)
    fireEvent.click(within(screen.getByRole('tabpanel', { name: 'Создать' })).getByRole('button', { name: 'Обновить доску…' }))
    await act(settledAsync)
    const view = screen.getByRole('region', { name: 'Обновление доски' })
    expect(within(view).getByTestId('sync-error').textContent).toBe(
      'Нет доски, нарисованной Journeyboard: обновить можно только доски, которые плагин нарисовал (или синхронизировал)'
    )
  })

  it('says in French that the board changed since the review, when a sticky the update changes was retyped meanwhile', async () => {
    const { emulator, settledAsync, pasteAsync } = await importingInFrenchAsync()
    const journey = templateJourney('car-rental')
    await pasteAsync(journey)
    fireEvent.click(screen.getByRole('button', { name: 'Dessiner le tableau' }))
    await act(settledAsync)

    const [first] = journey.items
    if (first === undefined) throw new Error('the template has no items')
    await pasteAsync(withItem(journey, first.id, (item) => ({ ...item, text: 'Compare les prix en ligne' })))
    fireEvent.click(screen.getByRole('button', { name: 'Mettre à jour…' }))
    await act(settledAsync)
    const view = screen.getByRole('region', { name: 'Mettre à jour le tableau' })
    // Someone retypes the same sticky between the review and the update.
    const sticky = itemSticky(emulator.api, first.id)
    await loadFontOfAsync(emulator.api, sticky.text)
    sticky.text.characters = 'Demande à un ami'
    fireEvent.click(within(view).getByRole('button', { name: 'Mettre à jour' }))
    await act(settledAsync)
    expect(within(view).getByTestId('sync-error').textContent).toBe('Le tableau a changé depuis la comparaison\u00a0: comparez à nouveau pour revoir la mise à jour.')
    expect(sticky.text.characters).toBe('Demande à un ami')

    // The sandbox said it by its code: switching the panel to Russian words the same notice in Russian.
    fireEvent.change(screen.getByTestId('panel-language'), { target: { value: 'ru' } })
    await act(settledAsync)
    expect(within(screen.getByRole('region', { name: 'Обновление доски' })).getByTestId('sync-error').textContent).toBe(
      'Доска изменилась после сравнения: сравните снова, чтобы проверить обновление.'
    )
  })

  it('says what an update added and removed in the panel’s language and the terms people map in, as the real sandbox counted it, and again after a switch to Russian and to English', async () => {
    const { settledAsync, pasteAsync } = await importingInFrenchAsync()
    const journey = smallJourney()
    await pasteAsync(journey)
    fireEvent.click(screen.getByRole('button', { name: 'Dessiner le tableau' }))
    await act(settledAsync)
    // a1 goes with its link; a new sticky comes in the Drive stage.
    const without = changeItem(journey, 'a1', () => undefined)
    const data = validJourney({ ...without, items: [...without.items, { id: 'a4', stageId: 'drive', laneId: 'actions', text: 'Returns the car' }] })
    await pasteAsync(data)
    fireEvent.click(screen.getByRole('button', { name: 'Mettre à jour…' }))
    await act(settledAsync)
    fireEvent.click(within(screen.getByRole('region', { name: 'Mettre à jour le tableau' })).getByRole('button', { name: 'Mettre à jour' }))
    await act(settledAsync)
    const done = (): string => screen.getByTestId('sync-done').textContent ?? ''
    expect(done()).toBe('Tableau mis à jour\u00a0: 3 changements des données appliqués\u00a0; 1 post-it ajouté\u00a0; 1 post-it et 1 lien supprimés.')
    fireEvent.change(screen.getByTestId('panel-language'), { target: { value: 'ru' } })
    await act(settledAsync)
    expect(done()).toBe('Доска обновлена: внесено 3 изменения из данных; добавлен 1 стикер; удалены 1 стикер и 1 связь.')
    fireEvent.change(screen.getByTestId('panel-language'), { target: { value: 'en' } })
    await act(settledAsync)
    expect(done()).toBe('Board updated: 3 changes from the data made; 1 sticky added; 1 sticky and 1 link removed.')
  })

  it('says in French why the journey stored on the board cannot be read, each reason in French too', async () => {
    const { emulator, settledAsync, pasteAsync } = await importingInFrenchAsync()
    const journey = templateJourney('car-rental')
    await pasteAsync(journey)
    fireEvent.click(screen.getByRole('button', { name: 'Dessiner le tableau' }))
    await act(settledAsync)
    const [board] = emulator.api.currentPage.findAllWithCriteria({ types: ['SECTION'] })
    board?.setSharedPluginData(TAG_NAMESPACE, storedPartKey(0), JSON.stringify({ journey: { ...journey, stages: [] } }))
    fireEvent.click(screen.getByRole('button', { name: 'Mettre à jour…' }))
    await act(settledAsync)
    const said = within(screen.getByRole('region', { name: 'Mettre à jour le tableau' })).getByTestId('sync-error').textContent
    expect(said).toMatch(/^Le parcours enregistré sur le tableau est illisible \(journey\.stages\u00a0: il faut au moins une étape\u00a0; /)
    expect(said).not.toContain('needs at least one stage')
  })
})

describe('drawing a board, in the panel’s language', () => {
  it('words a drawing FigJam refused in the panel’s language, FigJam’s reason said to be in English, and again after a switch to Russian', async () => {
    const { emulator, settledAsync, pasteAsync } = await importingInFrenchAsync()
    await pasteAsync(templateJourney('car-rental'))
    emulator.armFailure({ name: 'createSticky', nth: 3 })
    fireEvent.click(screen.getByRole('button', { name: 'Dessiner le tableau' }))
    await act(settledAsync)
    const reason = 'Emulated failure: call 3 of createSticky (failOnCall)'
    expect(screen.getByRole('alert').textContent).toBe(`Impossible de mesurer les textes du tableau dans FigJam (l’erreur, en anglais\u00a0: ${reason}). Tout ce qui avait été dessiné a été retiré.`)
    expect(emulator.api.currentPage.findAllWithCriteria({ types: ['STICKY'] })).toHaveLength(0)
    // The sandbox sent the failure by its code: the panel words it again in the language it switches to.
    fireEvent.change(screen.getByTestId('panel-language'), { target: { value: 'ru' } })
    await act(settledAsync)
    expect(screen.getByRole('alert').textContent).toBe(`Не удалось измерить тексты доски в FigJam (ошибка на английском: ${reason}). Всё нарисованное к этому моменту удалено.`)
  })
})
