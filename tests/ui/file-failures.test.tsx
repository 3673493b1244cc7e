// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { CATALOGUES } from '../../src/i18n'
import { App } from '../../ui/app'
import { IMPORT_TYPING_PAUSE_MS } from '../../ui/components/import-tab'
import { createSandboxBridge } from './sandbox-bridge'

/*
 * The sandbox's importer and exporters answer every text with a journey or its problems; these
 * tests make them throw, as a bug would, to see the panel say so instead of waiting forever.
 */
const failures = vi.hoisted(() => ({ import: false, export: false }))

vi.mock('../../src/plugin/import-answer', async (original) => {
  const actual = await original<typeof import('../../src/plugin/import-answer')>()
  return {
    importAnswer: (...args: Parameters<typeof actual.importAnswer>) => {
      if (failures.import) throw new Error('importer broke')
      return actual.importAnswer(...args)
    }
  }
})

vi.mock('../../src/formats/export-journey-pieces', async (original) => {
  const actual = await original<typeof import('../../src/formats/export-journey-pieces')>()
  return {
    ...actual,
    exportJourneyPieces: (...args: Parameters<typeof actual.exportJourneyPieces>) => {
      if (failures.export) throw new Error('exporter broke')
      return actual.exportJourneyPieces(...args)
    }
  }
})

afterEach(() => {
  cleanup()
  failures.import = false
  failures.export = false
})

/** The panel on the real sandbox (emulated FigJam), in French. */
async function openInFrenchAsync() {
  const sandbox = createSandboxBridge()
  render(<App bridge={sandbox.bridge} />)
  await act(sandbox.settledAsync)
  fireEvent.change(screen.getByTestId('panel-language'), { target: { value: 'fr' } })
  await act(sandbox.settledAsync)
  return sandbox
}

describe('a sandbox that throws while it imports or exports', () => {
  it('shows the import’s failure in the panel’s language, with the error, and nothing to draw, not busy', async () => {
    const { emulator, settledAsync } = await openInFrenchAsync()
    fireEvent.click(screen.getByRole('tab', { name: 'Importer' }))
    const panel = screen.getByRole('tabpanel', { name: 'Importer' })
    failures.import = true
    fireEvent.input(within(panel).getByLabelText('Texte du parcours'), { target: { value: 'stage,lane,text\nPlan,Notes,x\n' } })
    await act(settledAsync)

    expect(emulator.uiMessages.at(-1)).toMatchObject({ type: 'error', problem: { code: 'import-error', params: { error: 'importer broke' } } })
    const problems = within(panel).getByRole('list', { name: 'Problèmes dans le texte' })
    expect(within(problems).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Journeyboard n’a pas pu lire le texte. L’erreur, en anglais\u00a0: importer broke'])
    expect(panel.querySelector('[aria-busy]')).toBeNull()
    expect(within(panel).getByTestId('journey-counts').textContent).toBe(CATALOGUES.fr.panel.import.fixAbove)
    const generate = within(panel).getByRole('button', { name: CATALOGUES.fr.panel.footer.generate }) as HTMLButtonElement
    expect(generate.disabled).toBe(true)

    // The next text is read again, by the importer that works now.
    failures.import = false
    fireEvent.input(within(panel).getByLabelText('Texte du parcours'), { target: { value: 'stage,lane,text\nPlan,Notes,y\n' } })
    // Typed straight after the first: read once typing pauses.
    await act(() => new Promise((resolve) => setTimeout(resolve, IMPORT_TYPING_PAUSE_MS)))
    await act(settledAsync)
    expect(within(panel).queryByRole('list', { name: 'Problèmes dans le texte' })).toBeNull()
    expect(generate.disabled).toBe(false)
  })

  it('shows the export’s failure in the panel’s language, then in the next one, with Copy and Download off', async () => {
    const { settledAsync } = await openInFrenchAsync()
    fireEvent.click(screen.getByRole('button', { name: CATALOGUES.fr.panel.footer.generate }))
    await act(settledAsync)
    fireEvent.click(screen.getByRole('tab', { name: 'Relire' }))
    const panel = screen.getByRole('tabpanel', { name: 'Relire' })
    fireEvent.click(within(panel).getByRole('radio', { name: CATALOGUES.fr.panel.read.page }))
    failures.export = true
    fireEvent.click(within(panel).getByRole('button', { name: CATALOGUES.fr.panel.read.button }))
    await act(settledAsync)

    const bar = within(panel).getByTestId('export')
    expect(within(bar).getByTestId('export-status').textContent).toBe('Journeyboard n’a pas pu écrire l’export. L’erreur, en anglais\u00a0: exporter broke')
    const copy = within(bar).getByRole('button', { name: CATALOGUES.fr.panel.export.copy }) as HTMLButtonElement
    const download = within(bar).getByRole('button', { name: CATALOGUES.fr.panel.export.download }) as HTMLButtonElement
    expect([copy.disabled, download.disabled]).toEqual([true, true])

    fireEvent.change(screen.getByTestId('panel-language'), { target: { value: 'ru' } })
    await act(settledAsync)
    expect(within(bar).getByTestId('export-status').textContent).toBe('Journeyboard не удалось записать экспорт. Ошибка (на английском): exporter broke')
  })
})
