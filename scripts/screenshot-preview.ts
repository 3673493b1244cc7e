// A screenshot of the local preview for the README: the real panel beside the emulated canvas,
// with a generated car-rental board. Run: node scripts/run-ts.mjs scripts/screenshot-preview.ts
import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import { freePortAsync, startPreviewServerAsync } from '../tests/preview/preview-server-process'
import { launchChromiumAsync } from '../tests/ui/e2e/open-panel'

const OUT_FILE = path.resolve('docs/preview.png')
const VIEWPORT = { width: 1440, height: 900 }
/** Generating a board takes a moment in the page; the panel says when it is done. */
const GENERATE_TIMEOUT_MS = 30_000

const server = await startPreviewServerAsync(await freePortAsync())
const browser = await launchChromiumAsync()
try {
  const page = await browser.newPage({ viewport: VIEWPORT, colorScheme: 'light' })
  await page.goto(server.url)
  const panel = page.frameLocator('iframe.jbp-panel-frame')
  await panel.locator('[data-template-id="car-rental"]').click()
  await panel.getByRole('button', { name: 'Generate board' }).click()
  await panel.getByText(/Board generated/).waitFor({ timeout: GENERATE_TIMEOUT_MS })
  // Let the canvas follow the plugin's scrollAndZoomIntoView and the notification settle.
  await page.waitForFunction(() => (window.__journeyboardPreview?.drawnCounts().STICKY ?? 0) > 0)
  await page.waitForTimeout(500)
  await mkdir(path.dirname(OUT_FILE), { recursive: true })
  await page.screenshot({ path: OUT_FILE })
  console.log(`wrote ${path.relative(process.cwd(), OUT_FILE)}`)
} finally {
  await browser.close()
  await server.stopAsync()
}
