// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'

import { BOARD_CATALOGUES } from '../../src/i18n'
import { App } from '../../ui/app'
import { packedWords } from '../../ui/i18n/packed-panel-words'
import { createFakeBridge } from './fake-bridge'

afterEach(cleanup)

// The Danish words journeys are written in, shipped packed but broken (a corrupt or cut-off pack).
const [danishBoard] = packedWords('da', [BOARD_CATALOGUES.en.board], 'bm90IGRlZmxhdGU=', 'start')

describe('the panel, when the words journeys are written in cannot be unpacked', () => {
  it('says so naming the language, uses the English words in their place, and opens every tab', async () => {
    render(<App bridge={createFakeBridge()} />)
    const alert = await screen.findByTestId('words-failed')
    expect(alert.getAttribute('role')).toBe('alert')
    expect(alert.textContent).toMatch(/^The words of journeys in Dansk could not be unpacked \(.+\): such journeys show English words\.$/)
    expect({ ...danishBoard }).toEqual(BOARD_CATALOGUES.en.board)
    // Reading back and importing do not wait for words that will not come.
    expect(alert.querySelectorAll('.jb-banner')).toHaveLength(1)
    await waitFor(() => expect(document.querySelector('#jb-tab-import textarea')).not.toBeNull())
    expect(document.querySelector('#jb-tab-read button')).not.toBeNull()
  })
})
