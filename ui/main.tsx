// Must come first: it configures zod before any schema is created.
import './configure-zod'
import './styles/base.css'
import './styles/controls.css'
import './styles/panel.css'

import { render } from 'preact'

import { App } from './app'
import { createBridge } from './bridge'

const root = document.getElementById('app')
if (root === null) throw new Error('the panel HTML has no #app element')
// The gallery marks when the panel is interactive: after the templates came and were painted.
render(<App bridge={createBridge()} />, root)
