// Must come first: it configures zod before any schema is created.
import './configure-zod'
import './styles/base.css'
import './styles/controls.css'
import './styles/panel.css'

import { render } from 'preact'

import { App } from './app'
import { createBridge } from './bridge'
import { initialPanelLanguage } from './i18n/panel-text'
import { unpackPanelWordsAsync } from './i18n/packed-panel-words'

const root = document.getElementById('app')
if (root === null) throw new Error('the panel HTML has no #app element')
// The panel's first words are in its language: a language other than English is unpacked first
// (a few milliseconds), and should that fail the panel speaks English rather than not open.
// The gallery marks when the panel is interactive: after the templates came and were painted.
const start = (): void => render(<App bridge={createBridge()} />, root)
unpackPanelWordsAsync(initialPanelLanguage(navigator.languages)).then(start, (error: unknown) => {
  console.warn('Journeyboard: could not unpack the panel words', error)
  start()
})
