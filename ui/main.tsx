// Must come before any schema: it configures zod before any schema is created.
import './configure-zod'
import './styles/base.css'
import './styles/controls.css'
import './styles/panel.css'

import { render } from 'preact'

import { App } from './app'
import { createBridge } from './bridge'
import { takeEarlyAnswers } from './early-answers'
import { initialPanelLanguage } from './i18n/initial-panel-language'
import { unpackPanelWordsAsync, unpackStartWordsAsync } from './i18n/packed-panel-words'

const root = document.getElementById('app')
if (root === null) throw new Error('the panel HTML has no #app element')
// The panel said "ready" in its first script (say-ready-first.ts); the bridge hands the subscribers
// what the sandbox answered since. The panel's own words in its language are unpacked before it
// first draws, after the English problem words (packed too, for every language: the others' are
// read against them); should that fail, the panel opens anyway, in English. The words journeys are
// written in (every language's) are unpacked meanwhile; the panel shows journeys once they are (see
// App). When the sandbox has answered by the time the panel's words are unpacked, the first drawing
// waits for those words too (a few milliseconds more), so that it shows the templates and the form:
// one drawing and one frame, where a first drawing without them took a frame of its own before the
// second could show them. The gallery marks when the panel is interactive: after the templates
// came and were painted.
const early = takeEarlyAnswers(window)
const start = (): void => render(<App bridge={createBridge(window, console, early)} />, root)
const startWords = unpackStartWordsAsync().catch((error: unknown) => console.warn('Journeyboard: could not unpack the board words', error))
void unpackPanelWordsAsync(initialPanelLanguage(navigator.languages))
  .catch((error: unknown) => console.warn('Journeyboard: could not unpack the panel words', error))
  .then(() => (early?.answered() === true ? startWords.then(start) : start()))
