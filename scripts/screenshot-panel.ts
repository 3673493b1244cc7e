// Screenshots of the panel for the README, in FigJam's light and dark themes and in each language
// the panel speaks: the built dist/ui.html in headless Chromium, answered by the real sandbox code
// on the emulator. Chinese needs a CJK font installed (Debian: fonts-noto-cjk).
// Run: node scripts/run-ts.mjs scripts/screenshot-panel.ts
import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import { exportJourney } from '../src/formats'
import { LANGUAGES } from '../src/i18n/languages'
import { UiToMainSchema } from '../src/messages'
import { itemSticky, loadFontOfAsync, withItem } from '../tests/reader/generated-board'
import { buildPluginOnceAsync, launchChromiumAsync, type OpenPanel, openPanelAsync, type PanelTheme } from '../tests/ui/e2e/open-panel'

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
      if (theme === 'light') await screenshotUpdateAsync(panel, path.join(OUT_DIR, 'panel-update.png'))
    } finally {
      await panel.closeAsync()
    }
  }
  for (const language of LANGUAGES) await screenshotLanguageAsync(browser, language)
} finally {
  await browser.close()
}

/** The Create tab on car rental, written in the language, with the panel in the same language. */
async function screenshotLanguageAsync(browser: Awaited<ReturnType<typeof launchChromiumAsync>>, language: (typeof LANGUAGES)[number]): Promise<void> {
  const panel = await openPanelAsync(browser, {
    theme: 'light',
    deviceScaleFactor: DEVICE_SCALE,
    clientStorage: { 'journeyboard.settings': { tab: 'create', templateId: 'car-rental', locale: language, panelLanguage: language } }
  })
  try {
    await panel.page.locator('[data-template-id="car-rental"][aria-pressed="true"]').waitFor()
    // The panel speaks a remembered language once its words are unpacked.
    await panel.page.waitForFunction((tag) => document.documentElement.lang === tag, language)
    await panel.page.evaluate(() => document.fonts.ready)
    const file = path.join(OUT_DIR, `panel-${language.toLowerCase()}.png`)
    await panel.page.screenshot({ path: file })
    console.log(`wrote ${path.relative(process.cwd(), file)}`)
  } finally {
    await panel.closeAsync()
  }
}

/**
 * The update review: the board drawn from the Create tab, one sticky retyped on the board, and a
 * changed journey (the same text changed differently, a stage renamed, an item removed) imported.
 */
async function screenshotUpdateAsync({ page, emulator, fromPanel }: OpenPanel, file: string): Promise<void> {
  const footer = page.locator('.jb-tabpanel:not([hidden]) .jb-footer')
  await footer.getByRole('button', { name: 'Generate board' }).click()
  await footer.getByText(/Board generated/).waitFor({ timeout: 20_000 })
  const sent = fromPanel.map((message) => UiToMainSchema.parse(message)).filter((message) => message.type === 'generate').at(-1)
  if (sent?.type !== 'generate') throw new Error('nothing was generated')
  const journey = sent.journey
  const [first, last] = [journey.items[0], journey.items.at(-1)]
  if (first === undefined || last === undefined) throw new Error('the template has no items')
  const sticky = itemSticky(emulator.api, first.id)
  await loadFontOfAsync(emulator.api, sticky.text)
  sticky.text.characters = 'Asks friends where to go'
  const renamed = { ...journey, stages: journey.stages.map((stage, index) => (index === 1 ? { ...stage, name: 'Comparing offers' } : stage)) }
  const data = withItem(withItem(renamed, first.id, (item) => ({ ...item, text: 'Searches holiday ideas online' })), last.id, () => undefined)
  await page.getByText('Import', { exact: true }).click()
  await page.getByLabel('Journey text').fill(exportJourney(data, 'json'))
  await page.getByTestId('import-preview').waitFor()
  await page.locator('.jb-tabpanel:not([hidden]) .jb-footer').getByRole('button', { name: 'Update board…' }).click()
  await page.getByTestId('sync-review').waitFor()
  await page.screenshot({ path: file })
  console.log(`wrote ${path.relative(process.cwd(), file)}`)
}
