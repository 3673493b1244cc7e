// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'

import { withFigmaTheme } from '../../../src/preview/host/with-figma-theme'

const BUILT = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Journeyboard</title><style>.a{color:red}</style></head><body><div id="app"></div><script>if (1 < 2 && "<\\/script>") window.x = "$&"</script></body></html>'

describe('withFigmaTheme', () => {
  it('adds Figma’s theme style sheet and class, and keeps the built scripts and styles as they are', () => {
    const themed = withFigmaTheme(BUILT, ':root .figma-dark { --figma-color-bg: #2c2c2c; }', 'dark')
    const doc = new DOMParser().parseFromString(themed, 'text/html')
    expect(doc.documentElement.classList.contains('figma-dark')).toBe(true)
    expect(doc.body.classList.contains('figma-dark')).toBe(true)
    expect(doc.getElementById('figma-style')?.textContent).toBe(':root .figma-dark { --figma-color-bg: #2c2c2c; }')
    expect(doc.head.firstElementChild?.id).toBe('figma-style')
    expect(doc.querySelector('script')?.textContent).toBe('if (1 < 2 && "<\\/script>") window.x = "$&"')
    expect(doc.querySelectorAll('style')[1]?.textContent).toBe('.a{color:red}')
    expect(doc.getElementById('app')).not.toBeNull()
    expect(themed.startsWith('<!doctype html>')).toBe(true)
  })
})
