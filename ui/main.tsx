// Must come first: it configures zod before any schema is created.
import './configure-zod'
import './styles/base.css'
import './styles/controls.css'
import './styles/panel.css'

import { render } from 'preact'

import { App } from './app'
import { createBridge } from './bridge'
import { initialPanelLanguage } from './i18n/panel-text'
import { unpackPanelWordsAsync, unpackStartWordsAsync } from './i18n/packed-panel-words'

const root = document.getElementById('app')
if (root === null) throw new Error('the panel HTML has no #app element')
// The words journeys are written in (every language's) and the panel's own in its language are
// unpacked first (a few milliseconds, while nothing else can happen); should that fail, the panel
// opens anyway.
// The gallery marks when the panel is interactive: after the templates came and were painted.
const start = (): void => render(<App bridge={createBridge()} />, root)
Promise.all([unpackStartWordsAsync(), unpackPanelWordsAsync(initialPanelLanguage(navigator.languages))]).then(start, (error: unknown) => {
  console.warn('Journeyboard: could not unpack the panel words', error)
  start()
})
