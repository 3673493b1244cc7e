import { act, fireEvent, screen, within } from '@testing-library/preact'

import type { FigJamEmulator } from '../../src/emulator/figjam-emulator'
import { MainToUiSchema } from '../../src/messages'

/**
 * Reads the whole page back as a user does in the panel (the Read back tab, Whole page, Read board)
 * and waits for the sandbox's answer; returns the tab's panel.
 */
export async function readWholePageAsync(settledAsync: () => Promise<void>): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole('tab', { name: 'Read back' }))
  const panel = screen.getByRole('tabpanel', { name: 'Read back' })
  fireEvent.click(within(panel).getByRole('radio', { name: 'Whole page' }))
  fireEvent.click(within(panel).getByRole('button', { name: 'Read board' }))
  await act(settledAsync)
  return panel
}

/** The sandbox's first answer to a reading, as the panel received it; throws when there was none. */
export function readBackResult(emulator: FigJamEmulator) {
  const read = emulator.uiMessages.map((message) => MainToUiSchema.parse(message)).find((message) => message.type === 'read-back-result')
  if (read?.type !== 'read-back-result') throw new Error('the board was not read')
  return read
}
