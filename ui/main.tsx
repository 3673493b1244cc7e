// Must come first: it configures zod before any schema is created.
import './configure-zod'
import '@create-figma-plugin/ui/css/base.css'
import './styles/panel.css'

import { render } from 'preact'

import { App } from './app'
import { createBridge } from './bridge'

const root = document.getElementById('app')
if (root === null) throw new Error('the panel HTML has no #app element')
render(<App bridge={createBridge()} />, root)
// Render is synchronous: from here the panel answers clicks. Tests read this mark to time start-up.
performance.mark('journeyboard:interactive')
