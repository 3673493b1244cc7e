// @vitest-environment happy-dom
import { deflateRawSync } from 'node:zlib'

import { cleanup, render, screen, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { CATALOGUES } from '../../src/i18n'
import { base91Text } from '../../src/packing/base91-text'
import { differingLeaves } from '../../src/packing/leaf-values'
import { App } from '../../ui/app'
import { packedPanelWords } from '../../ui/i18n/packed-panel-words'
import { chooseOption } from './dropdown-queries'
import { createFakeBridge } from './fake-bridge'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

/** French panel words packed as the build packs them (scripts/pack-panel-words.mjs). */
const PACKED_FRENCH = base91Text(deflateRawSync(JSON.stringify(differingLeaves([CATALOGUES.en.panel], [CATALOGUES.fr.panel]))))
// The panel's French words ship packed here, so choosing French has to unpack them first.
packedPanelWords('fr', PACKED_FRENCH)

/** How long the French words may take to unpack: a limit that catches a hang, not a busy machine. */
const UNPACK_TIMEOUT_MS = 30_000

const languageDropdown = (): HTMLSelectElement => screen.getByTestId<HTMLSelectElement>('panel-language')

describe('the panel language, when its words cannot be unpacked', () => {
  it('shows the language the panel speaks in the dropdown, and tries again when the language is chosen again', async () => {
    // A browser without the decompressor: the French words cannot be unpacked.
    vi.stubGlobal('DecompressionStream', undefined)
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    render(<App bridge={createFakeBridge()} />)
    chooseOption(languageDropdown(), 'fr')
    // The dropdown goes back to what the panel speaks instead of naming a language it does not.
    await waitFor(() => expect(languageDropdown().value).toBe('en'))
    expect(document.documentElement.lang).toBe('en')
    // Said, naming the language, instead of a choice that silently does nothing.
    expect(screen.getByRole('alert').textContent).toMatch(/^The panel’s words in Français could not be unpacked \(.+\)\.$/)
    expect(screen.getByRole('tab', { name: CATALOGUES.en.panel.tabs.create })).toBeTruthy()

    // The decompressor is back (or the failure was passing): the next choice unpacks the words.
    vi.unstubAllGlobals()
    chooseOption(languageDropdown(), 'fr')
    // Unpacking the French words takes about 10 ms; redrawing the whole panel in French under
    // happy-dom takes about 0.35 s on two cores at a load of 4, and more than waitFor's default
    // second with the whole suite running (it failed here), which no one using the panel waits for.
    await waitFor(() => expect(screen.getByRole('tab', { name: CATALOGUES.fr.panel.tabs.create })).toBeTruthy(), { timeout: UNPACK_TIMEOUT_MS })
    expect(languageDropdown().value).toBe('fr')
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'))
    expect(screen.queryByTestId('words-failed')).toBeNull()
  })
})
