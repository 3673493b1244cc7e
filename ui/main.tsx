// First: says "ready" before anything else of the panel runs (see sayReadyEarly).
import { EARLY_ANSWERS } from './early-answers'
// Must come before any schema: it configures zod before any schema is created.
import './configure-zod'
import './styles/base.css'
import './styles/controls.css'
import './styles/panel.css'

import { render } from 'preact'

import { App } from './app'
import { createBridge } from './bridge'
import { initialPanelLanguage } from './i18n/initial-panel-language'
import { unpackPanelWordsAsync, unpackStartWordsAsync } from './i18n/packed-panel-words'

const root = document.getElementById('app')
if (root === null) throw new Error('the panel HTML has no #app element')
// The panel's own words in its language are unpacked before it first draws, after the English
// problem words (packed too, for every language: the others' are read against them); should that
// fail, the panel opens anyway, in English. The words journeys are written in (every
// language's) are unpacked meanwhile; the panel shows journeys once they are (see App).
// The gallery marks when the panel is interactive: after the templates came and were painted.
const start = (): void => render(<App bridge={createBridge(window, console, EARLY_ANSWERS)} />, root)
void unpackStartWordsAsync().catch((error: unknown) => console.warn('Journeyboard: could not unpack the board words', error))
unpackPanelWordsAsync(initialPanelLanguage(navigator.languages)).then(start, (error: unknown) => {
  console.warn('Journeyboard: could not unpack the panel words', error)
  start()
})
