// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { CHECK_STEP_CODES, DiagnosticsSchema } from '../../src/diagnostics/diagnostics'
import { createFigJamEmulator } from '../../src/emulator'
import { CATALOGUES, SANDBOX_CATALOGUES } from '../../src/i18n'
import { CHECK_COMMAND } from '../../src/plugin/start-plugin'
import { App } from '../../ui/app'
import { createSandboxBridge } from './sandbox-bridge'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const say = SANDBOX_CATALOGUES.en.check

describe('the panel of "Check Journeyboard in this file"', () => {
  it('shows each step passed, then copies the diagnostics with the user agent FigJam runs in', async () => {
    const stringify = vi.spyOn(JSON, 'stringify')
    const writesOfDiagnostics = (): number => stringify.mock.calls.filter(([value]) => (value as { format?: unknown } | null)?.format === 'journeyboard-diagnostics').length
    const { bridge, settledAsync } = createSandboxBridge(createFigJamEmulator({ command: CHECK_COMMAND, recordUndo: true }))
    render(<App bridge={bridge} />)
    await act(settledAsync)
    expect(screen.getByRole('heading', { name: say.title })).toBeTruthy()
    expect(screen.getByText(say.passed)).toBeTruthy()
    // No tabs: the check's panel is the check.
    expect(screen.queryByRole('tab')).toBeNull()
    const rows = [...document.querySelectorAll<HTMLElement>('.jb-check li')]
    expect(rows.map((row) => [row.dataset.code, row.dataset.passed])).toEqual(CHECK_STEP_CODES.map((code) => [code, 'true']))
    expect(rows.map((row) => row.textContent)).toEqual(CHECK_STEP_CODES.map((code) => expect.stringContaining(say.steps[code])))

    const writeText = vi.fn(async (_text: string) => {})
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true })
    // The diagnostics travel as data: they are written out once, when someone copies them.
    expect(writesOfDiagnostics()).toBe(0)
    fireEvent.click(screen.getByRole('button', { name: say.copy }))
    expect(await screen.findByText(say.copied)).toBeTruthy()
    expect(writesOfDiagnostics()).toBe(1)
    const copied = DiagnosticsSchema.parse(JSON.parse(writeText.mock.calls[0]![0]))
    expect(copied.environment.userAgent).toBe(navigator.userAgent)
    expect(copied.steps.every((step) => step.passed)).toBe(true)
    // What each step saw, as `name value` facts set apart by the panel language's separator.
    const separator = CATALOGUES.en.panel.separator
    expect(rows.map((row) => row.querySelector('small')?.textContent)).toEqual(copied.steps.map((step) => Object.entries(step.observed).map(([name, value]) => `${name} ${String(value)}`).join(separator)))
    expect(rows.some((row) => row.querySelector('small')?.textContent?.includes(separator))).toBe(true)
  })

  it('shows the diagnostics to copy by hand when the clipboard is refused', async () => {
    const { bridge, settledAsync } = createSandboxBridge(createFigJamEmulator({ command: CHECK_COMMAND, recordUndo: true }))
    render(<App bridge={bridge} />)
    await act(settledAsync)
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true })
    fireEvent.click(screen.getByRole('button', { name: say.copy }))
    expect(await screen.findByText(say.copyFailed)).toBeTruthy()
    const text = document.querySelector<HTMLTextAreaElement>('.jb-check-text')?.value ?? ''
    expect(DiagnosticsSchema.parse(JSON.parse(text)).format).toBe('journeyboard-diagnostics')
  })

  it('has the panel’s language menu, and switched, shows the check and its steps in that language and remembers it', async () => {
    const emulator = createFigJamEmulator({ command: CHECK_COMMAND, recordUndo: true })
    const { bridge, settledAsync } = createSandboxBridge(emulator)
    render(<App bridge={bridge} />)
    await act(settledAsync)
    const menu = screen.getByRole('combobox', { name: CATALOGUES.en.panel.language })
    fireEvent.change(menu, { target: { value: 'fr' } })
    await act(settledAsync)
    const fr = SANDBOX_CATALOGUES.fr.check
    await vi.waitFor(() => expect(screen.getByRole('heading', { name: fr.title })).toBeTruthy())
    expect(document.querySelector('[data-testid="check-view"] .jb-hint')?.textContent).toBe(fr.passed)
    const rows = [...document.querySelectorAll<HTMLElement>('.jb-check li')]
    expect(rows.map((row) => row.textContent)).toEqual(CHECK_STEP_CODES.map((code) => expect.stringContaining(fr.steps[code])))
    expect(screen.getByRole('button', { name: fr.copy })).toBeTruthy()
    // The menu itself speaks French once the panel's French words are unpacked.
    await vi.waitFor(() => expect(screen.getByRole('combobox', { name: CATALOGUES.fr.panel.language })).toBeTruthy())
    expect(await emulator.api.clientStorage.getAsync('journeyboard.settings')).toEqual(expect.objectContaining({ panelLanguage: 'fr' }))
  })
})
