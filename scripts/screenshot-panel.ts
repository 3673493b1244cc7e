// Screenshots of the panel for the README, in FigJam's light and dark themes: the built
// dist/ui.html in headless Chromium, answered by the real sandbox code on the emulator.
// Run: node scripts/run-ts.mjs scripts/screenshot-panel.ts
import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import { buildPluginOnceAsync, launchChromiumAsync, openPanelAsync, type PanelTheme } from '../tests/ui/e2e/open-panel'

const OUT_DIR = path.resolve('docs')
const THEMES: readonly PanelTheme[] = ['light', 'dark']
/** Screenshots at twice the CSS size, so they stay sharp on high-density screens. */
const DEVICE_SCALE = 2

await buildPluginOnceAsync()
await mkdir(OUT_DIR, { recursive: true })
const browser = await launchChromiumAsync()
try {
  for (const theme of THEMES) {
    const panel = await openPanelAsync(browser, {
      theme,
      deviceScaleFactor: DEVICE_SCALE,
      clientStorage: { 'journeyboard.settings': { tab: 'create', templateId: 'car-rental', locale: 'en', personaId: 'family' } }
    })
    try {
      await panel.page.locator('[data-template-id="car-rental"][aria-pressed="true"]').waitFor()
      const file = path.join(OUT_DIR, `panel-${theme}.png`)
      await panel.page.screenshot({ path: file })
      console.log(`wrote ${path.relative(process.cwd(), file)}`)
    } finally {
      await panel.closeAsync()
    }
  }
} finally {
  await browser.close()
}
