// The local preview end to end, in headless Chromium: `npm start`'s server, the real panel in its
// iframe, the real sandbox code on the emulator in the page, and the canvas a person edits.
import { readFile } from 'node:fs/promises'

import type { Browser, FrameLocator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { generateBoardAsync } from '../../src/plugin-api/generate-board'
import { decodeBoardTag } from '../../src/plugin-data/board-tags'
import { createFigJamEmulator, type RestFile, type RestSceneNode, restStrokeCap } from '../../src/emulator'
import { UiToMainSchema } from '../../src/messages'
import { journeyFromJson } from '../../src/formats'
import type { Journey } from '../../src/model'
import { CONNECTOR_END_CAP } from '../../src/preview/edits/connect-nodes-async'
import { TEMPLATES } from '../../src/templates'
import { launchChromiumAsync } from '../ui/e2e/open-panel'
import { freePortAsync, type PreviewServer, startPreviewServerAsync } from './preview-server-process'

const VIEWPORT = { width: 1440, height: 900 }
const GENERATE_TIMEOUT_MS = 30_000
const PANEL_FRAME = 'iframe.jbp-panel-frame'
const EDITED_TEXT = 'Edited on the preview canvas'

let server: PreviewServer | undefined
// Launched on first use rather than in beforeAll: a missing Chromium then fails every test with
// its message instead of leaving them reported as skipped.
let browser: Promise<Browser> | undefined
const browserAsync = (): Promise<Browser> => (browser ??= launchChromiumAsync())

beforeAll(async () => {
  server = await startPreviewServerAsync(await freePortAsync())
})

afterAll(async () => {
  const launched = await browser?.catch(() => undefined)
  await launched?.close()
  await server?.stopAsync()
})

interface Preview {
  page: Page
  panel: FrameLocator
  pageErrors: string[]
}

async function withPreviewAsync(run: (preview: Preview) => Promise<void>): Promise<void> {
  if (server === undefined) throw new Error('the preview server did not start')
  const context = await (await browserAsync()).newContext({ viewport: VIEWPORT, acceptDownloads: true, colorScheme: 'light' })
  const page = await context.newPage()
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(String(error)))
  try {
    await page.goto(server.url)
    const panel = page.frameLocator(PANEL_FRAME)
    await panel.locator('[data-template-id]').first().waitFor({ state: 'visible' })
    await run({ page, panel, pageErrors })
    expect(pageErrors).toEqual([])
    expect(await page.evaluate(() => window.__journeyboardPreview?.errors)).toEqual([])
  } finally {
    await context.close()
  }
}

async function generateTemplateAsync(preview: Preview, templateId: string): Promise<void> {
  const { panel } = preview
  await panel.locator(`[data-template-id="${templateId}"]`).click()
  await expect.poll(() => panel.locator(`[data-template-id="${templateId}"]`).getAttribute('aria-pressed')).toBe('true')
  const footer = panel.locator('.jb-tabpanel:not([hidden]) .jb-footer')
  await footer.getByRole('button', { name: 'Generate board' }).click()
  await footer.getByText(/Board generated/).waitFor({ timeout: GENERATE_TIMEOUT_MS })
}

const countsAsync = (page: Page) => page.evaluate(() => window.__journeyboardPreview?.counts() ?? {})
const drawnCountsAsync = (page: Page) => page.evaluate(() => window.__journeyboardPreview?.drawnCounts() ?? {})
const restFileAsync = (page: Page) => page.evaluate(() => window.__journeyboardPreview?.emulator.toRestFile()) as Promise<RestFile>

/** The journey the panel last asked the sandbox to draw. */
async function lastGeneratedJourneyAsync(page: Page): Promise<Journey> {
  const sent = (await page.evaluate(() => window.__journeyboardPreview?.traffic.fromPanel ?? [])).map((message) => UiToMainSchema.parse(message))
  const last = sent.filter((message) => message.type === 'generate').at(-1)
  if (last?.type !== 'generate') throw new Error('the panel sent no generate message')
  return last.journey
}

/** What the same journey draws on a fresh emulator in Node, by REST node type. */
async function expectedDeltaAsync(journey: Journey): Promise<Record<string, number>> {
  const emulator = createFigJamEmulator()
  const { counts } = await generateBoardAsync(emulator.api, journey, { yieldAsync: async () => {} })
  return { SECTION: counts.sections, STICKY: counts.stickies, SHAPE_WITH_TEXT: counts.shapes, TEXT: counts.texts, CONNECTOR: counts.connectors }
}

function allNodes(nodes: readonly RestSceneNode[], parentId: string | null = null): (RestSceneNode & { parentId: string | null })[] {
  return nodes.flatMap((node) => [
    { ...node, parentId },
    ...(node.type === 'SECTION' && Array.isArray(node.children) ? allNodes(node.children as RestSceneNode[], node.id) : [])
  ])
}

/** A node's tag as the plugin wrote it, decoded by the plugin's own codec (empty for untagged nodes). */
function tagOf(node: RestSceneNode): Partial<Record<string, string>> {
  const decoded = decodeBoardTag(node.sharedPluginData?.journeyboard ?? {})
  return decoded.ok ? (decoded.value.tag as Record<string, string>) : {}
}

/** Reads the whole page back in the panel, downloads the JSON export and parses it. */
async function readBackAndExportJsonAsync({ page, panel }: Preview): Promise<Journey> {
  await panel.getByText('Read back', { exact: true }).click()
  await panel.getByText('Whole page').click()
  await panel.getByRole('button', { name: 'Read board' }).click()
  await panel.getByTestId('read-summary').waitFor()
  const exportBar = panel.getByTestId('export')
  await exportBar.getByText('JSON', { exact: true }).click()
  const [download] = await Promise.all([page.waitForEvent('download'), exportBar.getByRole('button', { name: 'Download' }).click()])
  const file = journeyFromJson(await readFile(await download.path(), 'utf8'))
  if (!file.ok) throw new Error(`the export is not a journey file: ${JSON.stringify(file.problems)}`)
  return file.value
}

async function centreOfAsync(page: Page, nodeId: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`#jbp-canvas g[data-node-id="${nodeId}"] rect`).first().boundingBox()
  if (box === null) throw new Error(`node ${nodeId} is not drawn`)
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** Double-clicks a sticky on the canvas, replaces its text, leaves with Escape, and waits for the emulator and the canvas to show it. */
async function editStickyTextAsync(page: Page, sticky: RestSceneNode, text: string): Promise<void> {
  const editAt = await centreOfAsync(page, sticky.id)
  await page.mouse.dblclick(editAt.x, editAt.y)
  const editor = page.locator('textarea.jbp-text-editor')
  await editor.waitFor({ state: 'visible' })
  expect(await editor.inputValue()).toBe((sticky as { characters?: string }).characters)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(text)
  await page.keyboard.press('Escape')
  await editor.waitFor({ state: 'hidden' })
  await expect
    .poll(async () => (allNodes((await restFileAsync(page)).document.children[0]?.children ?? []).find((node) => node.id === sticky.id) as { characters?: string })?.characters)
    .toBe(text)
  await expect.poll(() => page.locator(`#jbp-canvas g[data-node-id="${sticky.id}"] text`).first().textContent()).toContain(text.split(' ')[0])
}

describe('the local preview in Chromium', () => {
  it('states that it is a preview on an emulated FigJam and links to the README on loading the real plugin', async () => {
    await withPreviewAsync(async ({ page }) => {
      await expect.poll(() => page.locator('.jbp-notice').textContent()).toMatch(/Local preview, not FigJam\..*emulated FigJam/s)
      const link = page.getByRole('link', { name: /load the real plugin into FigJam/ })
      const href = await link.getAttribute('href')
      expect(href).toBe('/readme#load-the-plugin-into-figjam')
      // Followed in a second tab, so this one stays on the preview for the checks after the test.
      const readme = await page.context().newPage()
      const failed: string[] = []
      readme.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
      })
      await readme.goto(new URL(href ?? '', page.url()).href)
      expect(await readme.locator('#load-the-plugin-into-figjam').textContent()).toBe('Load the plugin into FigJam')
      // A page, not Markdown: its tables, code and every picture, loaded.
      expect(await readme.locator('table').count()).toBeGreaterThan(2)
      expect(await readme.locator('pre code').count()).toBeGreaterThan(2)
      expect(await readme.locator('body').textContent()).not.toMatch(/!\[|<img|^#+ /m)
      const pictures = readme.locator('img')
      expect(await pictures.count()).toBeGreaterThanOrEqual(5)
      await expect.poll(() => pictures.evaluateAll((images) => images.filter((image) => !(image as HTMLImageElement).complete || (image as HTMLImageElement).naturalWidth === 0).length)).toBe(0)
      expect(failed).toEqual([])
    })
  })


  it('draws the board of every template the panel generates, exactly as the emulator holds it', async () => {
    await withPreviewAsync(async (preview) => {
      const { page } = preview
      let before = await countsAsync(page)
      for (const template of TEMPLATES) {
        await generateTemplateAsync(preview, template.id)
        const expected = await expectedDeltaAsync(await lastGeneratedJourneyAsync(page))
        const after = await countsAsync(page)
        for (const [type, count] of Object.entries(expected)) expect((after[type] ?? 0) - (before[type] ?? 0), `${template.id}: ${type}`).toBe(count)
        // The canvas redraws on the next frame: one drawn group per node, of every type.
        await expect.poll(() => drawnCountsAsync(page)).toEqual(after)
        before = after
      }
      expect(before.STICKY).toBeGreaterThan(0)
      // The panel's summary of the last board agrees with the canvas too.
      const summary = await preview.panel.locator('.jb-tabpanel:not([hidden]) .jb-footer').textContent()
      expect(summary).toMatch(/Board generated/)
    })
  })

  it('moves a sticky to another stage and edits another with the mouse and keyboard; Read back exports both edits', async () => {
    await withPreviewAsync(async (preview) => {
      const { page } = preview
      await generateTemplateAsync(preview, 'car-rental')
      const nodes = allNodes((await restFileAsync(page)).document.children[0]?.children ?? [])
      const stages = nodes.filter((node) => node.type === 'SECTION' && tagOf(node).role === 'stage')
      const itemsIn = (stageSection: RestSceneNode) => nodes.filter((node) => node.type === 'STICKY' && tagOf(node).role === 'item' && node.parentId === stageSection.id)
      const [from, , to] = stages
      if (from === undefined || to === undefined) throw new Error('the car-rental board has fewer than three stages')
      const [moved, edited] = itemsIn(from)
      if (moved === undefined || edited === undefined) throw new Error(`stage ${tagOf(from).stageId} has fewer than two item stickies`)
      const movedItemId = tagOf(moved).itemId ?? ''
      const editedItemId = tagOf(edited).itemId ?? ''
      const targetStageId = tagOf(to).stageId
      expect(tagOf(moved).stageId).not.toBe(targetStageId)
      await expect.poll(() => drawnCountsAsync(page)).toEqual(await countsAsync(page))

      // Drag: press on the sticky, move in steps into the third stage's column at the same height, release.
      const start = await centreOfAsync(page, moved.id)
      const targetBox = await page.locator(`#jbp-canvas g[data-node-id="${to.id}"] rect`).first().boundingBox()
      if (targetBox === null) throw new Error('the target stage is not drawn')
      await page.mouse.move(start.x, start.y)
      await page.mouse.down()
      await page.mouse.move(targetBox.x + targetBox.width / 2, start.y, { steps: 12 })
      await page.mouse.up()
      await expect
        .poll(async () => allNodes((await restFileAsync(page)).document.children[0]?.children ?? []).find((node) => node.id === moved.id)?.parentId)
        .toBe(to.id)

      await editStickyTextAsync(page, edited, EDITED_TEXT)

      const exported = await readBackAndExportJsonAsync(preview)
      const items = new Map(exported.items.map((item) => [item.id, item]))
      expect(items.get(movedItemId)?.stageId).toBe(targetStageId)
      expect(items.get(editedItemId)?.text).toBe(EDITED_TEXT)
    })
  })

  it('updates the board from changed choices in the panel, keeping a text edited on the canvas', async () => {
    await withPreviewAsync(async (preview) => {
      const { page, panel } = preview
      await generateTemplateAsync(preview, 'car-rental')
      const nodes = allNodes((await restFileAsync(page)).document.children[0]?.children ?? [])
      const stages = nodes.filter((node) => node.type === 'SECTION' && tagOf(node).role === 'stage' && tagOf(node).part === undefined)
      const lastStage = stages.at(-1)
      const edited = nodes.find((node) => node.type === 'STICKY' && tagOf(node).role === 'item' && node.parentId === stages[0]?.id)
      if (lastStage === undefined || edited === undefined) throw new Error('the car-rental board has no stages or no stickies')
      await expect.poll(() => drawnCountsAsync(page)).toEqual(await countsAsync(page))
      await editStickyTextAsync(page, edited, EDITED_TEXT)

      // The same template with the second stage renamed and the last one left out.
      await panel.getByRole('textbox', { name: 'Name of stage 2' }).fill('Comparing offers')
      await panel.getByRole('checkbox', { name: /^Include / }).last().uncheck()
      await panel.locator('.jb-tabpanel:not([hidden]) .jb-footer').getByRole('button', { name: 'Update board…' }).click()
      const view = panel.getByRole('region', { name: 'Update board' })
      await view.getByTestId('sync-review').waitFor()
      expect(await view.getByRole('list', { name: /^Changes from the data/ }).textContent()).toContain('Comparing offers')
      expect(await view.getByRole('list', { name: /^Edits on the board, kept/ }).textContent()).toContain(EDITED_TEXT)
      await view.getByRole('button', { name: 'Update board', exact: true }).click()
      await view.getByTestId('sync-done').waitFor({ timeout: GENERATE_TIMEOUT_MS })

      const after = allNodes((await restFileAsync(page)).document.children[0]?.children ?? [])
      expect(after.some((node) => node.id === lastStage.id)).toBe(false)
      expect(after.find((node) => node.id === stages[1]?.id)?.name).toBe('Comparing offers')
      expect((after.find((node) => node.id === edited.id) as { characters?: string } | undefined)?.characters).toBe(EDITED_TEXT)
      // The canvas follows: it draws exactly what the emulator now holds.
      await expect.poll(() => drawnCountsAsync(page)).toEqual(await countsAsync(page))
      await expect.poll(() => page.locator(`#jbp-canvas g[data-node-id="${lastStage.id}"]`).count()).toBe(0)
    })
  })

  it('draws a section with the section tool beside the stages; Read back takes it as a new stage', async () => {
    await withPreviewAsync(async (preview) => {
      const { page } = preview
      await generateTemplateAsync(preview, 'moving-house')
      await expect.poll(() => drawnCountsAsync(page)).toEqual(await countsAsync(page))
      const sections = (await countsAsync(page)).SECTION ?? 0
      const stagesBefore = (await lastGeneratedJourneyAsync(page)).stages.length
      const stages = allNodes((await restFileAsync(page)).document.children[0]?.children ?? []).filter((node) => node.type === 'SECTION' && tagOf(node).role === 'stage')
      const last = stages.at(-1)
      if (last === undefined) throw new Error('the board has no stages')
      const lastBox = await page.locator(`#jbp-canvas g[data-node-id="${last.id}"] rect`).first().boundingBox()
      if (lastBox === null) throw new Error('the last stage is not drawn')

      await page.getByRole('button', { name: 'Section' }).click()
      expect(await page.getByRole('button', { name: 'Section' }).getAttribute('aria-pressed')).toBe('true')
      // Right of the last stage, as tall as it: the row of stages grows by one.
      const left = lastBox.x + lastBox.width + 4
      await page.mouse.move(left, lastBox.y)
      await page.mouse.down()
      await page.mouse.move(left + lastBox.width * 0.8, lastBox.y + lastBox.height, { steps: 8 })
      await page.mouse.up()
      await expect.poll(async () => (await countsAsync(page)).SECTION).toBe(sections + 1)
      expect(await page.getByRole('button', { name: 'Move' }).getAttribute('aria-pressed')).toBe('true')

      const exported = await readBackAndExportJsonAsync(preview)
      expect(exported.stages).toHaveLength(stagesBefore + 1)
      expect(exported.stages.at(-1)?.name).toBe('Section')
    })
  })

  it('selects several stickies with shift-click and deletes them together', async () => {
    await withPreviewAsync(async (preview) => {
      const { page } = preview
      await generateTemplateAsync(preview, 'moving-house')
      const nodes = allNodes((await restFileAsync(page)).document.children[0]?.children ?? [])
      const [first, second, third] = nodes.filter((node) => node.type === 'STICKY' && tagOf(node).role === 'item')
      if (first === undefined || second === undefined || third === undefined) throw new Error('the board has fewer than three item stickies')
      await expect.poll(() => drawnCountsAsync(page)).toEqual(await countsAsync(page))
      const stickies = (await countsAsync(page)).STICKY ?? 0
      const selection = () => page.evaluate(() => window.__journeyboardPreview?.emulator.api.currentPage.selection.map((node) => node.id) ?? [])

      const click = async (node: RestSceneNode, shift: boolean) => {
        const at = await centreOfAsync(page, node.id)
        if (shift) await page.keyboard.down('Shift')
        await page.mouse.click(at.x, at.y)
        if (shift) await page.keyboard.up('Shift')
      }
      await click(first, false)
      await expect.poll(selection).toEqual([first.id])
      await click(second, true)
      await expect.poll(selection).toEqual([first.id, second.id])
      await click(third, true)
      await expect.poll(selection).toEqual([first.id, second.id, third.id])
      // Shift-clicking a selected sticky takes it out again.
      await click(third, true)
      await expect.poll(selection).toEqual([first.id, second.id])

      await page.keyboard.press('Delete')
      await expect.poll(async () => (await countsAsync(page)).STICKY).toBe(stickies - 2)
      const left = new Set(allNodes((await restFileAsync(page)).document.children[0]?.children ?? []).map((node) => node.id))
      expect([left.has(first.id), left.has(second.id), left.has(third.id)]).toEqual([false, false, true])
    })
  })

  it('drags an emotion point up; Read back exports its higher score', async () => {
    await withPreviewAsync(async (preview) => {
      const { page } = preview
      await generateTemplateAsync(preview, 'moving-house')
      const journey = await lastGeneratedJourneyAsync(page)
      const nodes = allNodes((await restFileAsync(page)).document.children[0]?.children ?? [])
      const points = nodes.filter((node) => tagOf(node).role === 'emotion-point')
      const score = (node: RestSceneNode) => journey.items.find((item) => item.id === tagOf(node).itemId)?.score ?? Infinity
      const lowest = [...points].sort((a, b) => score(a) - score(b))[0]
      if (lowest === undefined) throw new Error('the moving-house board draws no emotion points')
      const itemId = tagOf(lowest).itemId ?? ''
      expect(score(lowest)).toBeLessThan(journey.emotionScale.max)
      await expect.poll(() => drawnCountsAsync(page)).toEqual(await countsAsync(page))

      // A point is an ellipse, so its whole drawing gives the centre.
      const box = await page.locator(`#jbp-canvas g[data-node-id="${lowest.id}"]`).first().boundingBox()
      if (box === null) throw new Error('the point is not drawn')
      const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
      await page.mouse.move(start.x, start.y)
      await page.mouse.down()
      await page.mouse.move(start.x, start.y - 60, { steps: 8 })
      await page.mouse.up()
      const topOf = (node: RestSceneNode | undefined) => (node as { absoluteBoundingBox?: { y: number } } | undefined)?.absoluteBoundingBox?.y
      expect(topOf(lowest)).toBeDefined()
      await expect.poll(async () => topOf(allNodes((await restFileAsync(page)).document.children[0]?.children ?? []).find((node) => node.id === lowest.id))).toBeLessThan(topOf(lowest)!)

      const exported = await readBackAndExportJsonAsync(preview)
      expect(exported.items.find((item) => item.id === itemId)?.score).toBeGreaterThan(score(lowest))
    })
  })

  it('undoes as FigJam does: each edit on the canvas is a step, and a whole plugin run is one', async () => {
    await withPreviewAsync(async (preview) => {
      const { page } = preview
      await generateTemplateAsync(preview, 'moving-house')
      await expect.poll(() => drawnCountsAsync(page)).toEqual(await countsAsync(page))
      const drawn = await countsAsync(page)
      expect(drawn.STICKY).toBeGreaterThan(0)

      // A sticky added and typed into: two steps, undone one by one with the keyboard.
      await page.getByRole('button', { name: 'Sticky note' }).click()
      const box = await page.locator('#jbp-canvas').boundingBox()
      if (box === null) throw new Error('the canvas is not drawn')
      await page.mouse.click(box.x + 40, box.y + box.height - 120)
      await page.locator('textarea.jbp-text-editor').waitFor({ state: 'visible' })
      await page.keyboard.type('Undo me')
      await page.keyboard.press('Escape')
      await expect.poll(async () => (await countsAsync(page)).STICKY).toBe((drawn.STICKY ?? 0) + 1)
      const undoKey = process.platform === 'darwin' ? 'Meta+z' : 'Control+z'
      await page.keyboard.press(undoKey)
      await page.keyboard.press(undoKey)
      await expect.poll(() => countsAsync(page)).toEqual(drawn)
      await expect.poll(() => drawnCountsAsync(page)).toEqual(drawn)

      // The whole generation in one step, with the toolbar's Undo: the page is empty again.
      await page.getByRole('button', { name: 'Undo' }).click()
      await expect.poll(async () => (await countsAsync(page)).STICKY ?? 0).toBe(0)
      await expect.poll(async () => (await drawnCountsAsync(page)).STICKY ?? 0).toBe(0)
    })
  })

  it('redoes what was undone, one step at a time, with both of FigJam\'s shortcuts and the toolbar; a new edit ends the redo', async () => {
    await withPreviewAsync(async (preview) => {
      const { page } = preview
      await generateTemplateAsync(preview, 'moving-house')
      await expect.poll(() => drawnCountsAsync(page)).toEqual(await countsAsync(page))
      const drawn = await countsAsync(page)
      const sticky = allNodes((await restFileAsync(page)).document.children[0]?.children ?? []).find((node) => node.type === 'STICKY' && tagOf(node).role === 'item')
      if (sticky === undefined) throw new Error('the board has no item sticky')
      const textOf = async () => (allNodes((await restFileAsync(page)).document.children[0]?.children ?? []).find((node) => node.id === sticky.id) as { characters?: string } | undefined)?.characters
      await editStickyTextAsync(page, sticky, 'Redo me')
      const undoKey = process.platform === 'darwin' ? 'Meta+z' : 'Control+z'

      // The text edit, then the whole plugin run: undone, then redone in order.
      await page.keyboard.press(undoKey)
      await expect.poll(textOf).toBe((sticky as { characters?: string }).characters)
      await page.keyboard.press(undoKey)
      await expect.poll(async () => (await countsAsync(page)).STICKY ?? 0).toBe(0)
      await page.keyboard.press('ControlOrMeta+Shift+z')
      await expect.poll(() => countsAsync(page)).toEqual(drawn)
      await expect.poll(() => drawnCountsAsync(page)).toEqual(drawn)
      await expect.poll(textOf).toBe((sticky as { characters?: string }).characters)
      await page.keyboard.press('Control+y')
      await expect.poll(textOf).toBe('Redo me')
      // Nothing left to redo: the button changes nothing.
      await page.getByRole('button', { name: 'Redo' }).click()
      await expect.poll(textOf).toBe('Redo me')

      // Undone again and then edited: the edit starts a new history, so redo has nothing to bring back.
      await page.getByRole('button', { name: 'Undo' }).click()
      await expect.poll(textOf).toBe((sticky as { characters?: string }).characters)
      await editStickyTextAsync(page, sticky, 'Edited after undo')
      await page.getByRole('button', { name: 'Redo' }).click()
      await expect.poll(textOf).toBe('Edited after undo')
    })
  })

  it('drags a shift-selected group together into another stage as one edit, which one undo puts back', async () => {
    await withPreviewAsync(async (preview) => {
      const { page } = preview
      await generateTemplateAsync(preview, 'car-rental')
      const nodes = allNodes((await restFileAsync(page)).document.children[0]?.children ?? [])
      const stages = nodes.filter((node) => node.type === 'SECTION' && tagOf(node).role === 'stage')
      const [from, to] = [stages[0], stages[2]]
      if (from === undefined || to === undefined) throw new Error('the car-rental board has fewer than three stages')
      const inFirst = nodes.filter((node) => node.type === 'STICKY' && tagOf(node).role === 'item' && node.parentId === from.id)
      const [first, second] = inFirst
      if (first === undefined || second === undefined) throw new Error('the first stage has fewer than two item stickies')
      await expect.poll(() => drawnCountsAsync(page)).toEqual(await countsAsync(page))
      const boxOf = (node: RestSceneNode | undefined) => (node as { absoluteBoundingBox?: { x: number; y: number } } | undefined)?.absoluteBoundingBox
      const current = async (id: string) => allNodes((await restFileAsync(page)).document.children[0]?.children ?? []).find((node) => node.id === id)

      const a = await centreOfAsync(page, first.id)
      await page.mouse.click(a.x, a.y)
      const b = await centreOfAsync(page, second.id)
      await page.keyboard.down('Shift')
      await page.mouse.click(b.x, b.y)
      await page.keyboard.up('Shift')
      const selection = () => page.evaluate(() => window.__journeyboardPreview?.emulator.api.currentPage.selection.map((node) => node.id) ?? [])
      await expect.poll(selection).toEqual([first.id, second.id])

      // Pressing one of the selected drags both, by the same distance, two stages to the right.
      const screenBox = async (node: RestSceneNode) => {
        const box = await page.locator(`#jbp-canvas g[data-node-id="${node.id}"] rect`).first().boundingBox()
        if (box === null) throw new Error(`stage ${node.id} is not drawn`)
        return box
      }
      const stageStep = (await screenBox(to)).x - (await screenBox(from)).x
      await page.mouse.move(a.x, a.y)
      await page.mouse.down()
      await page.mouse.move(a.x + stageStep / 2, a.y, { steps: 6 })
      await page.mouse.move(a.x + stageStep, a.y, { steps: 6 })
      await page.mouse.up()
      await expect.poll(async () => (await current(first.id))?.parentId).toBe(to.id)
      await expect.poll(async () => (await current(second.id))?.parentId).toBe(to.id)
      const movedFirst = boxOf(await current(first.id))
      const movedSecond = boxOf(await current(second.id))
      expect((movedFirst?.x ?? 0) - (boxOf(first)?.x ?? 0)).toBeCloseTo((movedSecond?.x ?? 0) - (boxOf(second)?.x ?? 0), 0)
      expect((movedFirst?.y ?? 0) - (boxOf(first)?.y ?? 0)).toBeCloseTo((movedSecond?.y ?? 0) - (boxOf(second)?.y ?? 0), 0)
      expect(await selection()).toEqual([first.id, second.id])

      const exported = await readBackAndExportJsonAsync(preview)
      const stageOf = (node: RestSceneNode) => exported.items.find((item) => item.id === tagOf(node).itemId)?.stageId
      expect([stageOf(first), stageOf(second)]).toEqual([tagOf(to).stageId, tagOf(to).stageId])

      // One drag, one step.
      await page.getByRole('button', { name: 'Undo' }).click()
      await expect.poll(async () => [(await current(first.id))?.parentId, (await current(second.id))?.parentId]).toEqual([from.id, from.id])
    })
  })

  it('adds a sticky with the toolbar, joins it to another with the connector tool, deletes one with the Delete key; Read back sees it all', async () => {
    await withPreviewAsync(async (preview) => {
      const { page } = preview
      await generateTemplateAsync(preview, 'car-rental')
      const nodes = allNodes((await restFileAsync(page)).document.children[0]?.children ?? [])
      const stages = nodes.filter((node) => node.type === 'SECTION' && tagOf(node).role === 'stage')
      const stage = stages[1]
      if (stage === undefined) throw new Error('the car-rental board has fewer than two stages')
      const items = nodes.filter((node) => node.type === 'STICKY' && tagOf(node).role === 'item')
      const [linkedTo, deleted] = [items[0], items.at(-1)]
      if (linkedTo === undefined || deleted === undefined) throw new Error('the board has no item stickies')
      await expect.poll(() => drawnCountsAsync(page)).toEqual(await countsAsync(page))
      const stickiesBefore = (await countsAsync(page)).STICKY ?? 0

      // Sticky tool: the button, then a click low in the second stage's column; typing goes straight into it.
      await page.getByRole('button', { name: 'Sticky note' }).click()
      expect(await page.getByRole('button', { name: 'Sticky note' }).getAttribute('aria-pressed')).toBe('true')
      const stageBox = await page.locator(`#jbp-canvas g[data-node-id="${stage.id}"] rect`).first().boundingBox()
      if (stageBox === null) throw new Error('the stage is not drawn')
      await page.mouse.click(stageBox.x + stageBox.width / 2, stageBox.y + stageBox.height * 0.95)
      const editor = page.locator('textarea.jbp-text-editor')
      await editor.waitFor({ state: 'visible' })
      await page.keyboard.type('A new idea')
      await page.keyboard.press('Escape')
      await expect.poll(async () => (await countsAsync(page)).STICKY).toBe(stickiesBefore + 1)
      const added = allNodes((await restFileAsync(page)).document.children[0]?.children ?? []).find(
        (node) => node.type === 'STICKY' && (node as { characters?: string }).characters === 'A new idea'
      )
      expect(added?.parentId).toBe(stage.id)
      expect(await page.getByRole('button', { name: 'Move' }).getAttribute('aria-pressed')).toBe('true')
      if (added === undefined) throw new Error('the new sticky is missing')

      // Connector tool by its shortcut, X (leaving the editor gave the focus back to the canvas):
      // drag from the new sticky to the first item sticky.
      await page.keyboard.press('x')
      expect(await page.getByRole('button', { name: 'Connector' }).getAttribute('aria-pressed')).toBe('true')
      const from = await centreOfAsync(page, added.id)
      const to = await centreOfAsync(page, linkedTo.id)
      await page.mouse.move(from.x, from.y)
      await page.mouse.down()
      await page.mouse.move(to.x, to.y, { steps: 10 })
      await page.mouse.up()
      const connectorOf = async () =>
        allNodes((await restFileAsync(page)).document.children[0]?.children ?? []).find(
          (node) => node.type === 'CONNECTOR' && (node as { connectorStart?: { endpointNodeId?: string } }).connectorStart?.endpointNodeId === added.id
        ) as { id: string; connectorEnd?: unknown; connectorStart?: unknown; connectorEndStrokeCap?: string } | undefined
      await expect.poll(async () => (await connectorOf())?.connectorEnd).toEqual({ endpointNodeId: linkedTo.id, magnet: 'AUTO' })
      const connector = await connectorOf()
      expect(connector?.connectorStart).toEqual({ endpointNodeId: added.id, magnet: 'AUTO' })
      // The REST name of the Plugin API's ARROW_LINES.
      expect(connector?.connectorEndStrokeCap).toBe(restStrokeCap(CONNECTOR_END_CAP))
      await expect.poll(() => page.locator(`#jbp-canvas g[data-node-id="${connector?.id}"] path`).count()).toBe(2)

      // Select a sticky with a click and delete it with the Delete key.
      const at = await centreOfAsync(page, deleted.id)
      await page.mouse.click(at.x, at.y)
      await expect.poll(() => page.getByRole('button', { name: 'Delete', exact: true }).isEnabled()).toBe(true)
      await page.keyboard.press('Delete')
      await expect.poll(async () => allNodes((await restFileAsync(page)).document.children[0]?.children ?? []).some((node) => node.id === deleted.id)).toBe(false)
      await expect.poll(() => page.locator(`#jbp-canvas g[data-node-id="${deleted.id}"]`).count()).toBe(0)
      await expect.poll(() => drawnCountsAsync(page)).toEqual(await countsAsync(page))

      const exported = await readBackAndExportJsonAsync(preview)
      const newItem = exported.items.find((item) => item.text === 'A new idea')
      expect(newItem?.stageId).toBe(tagOf(stage).stageId)
      expect(exported.links.some((link) => link.from === newItem?.id && link.to === tagOf(linkedTo).itemId)).toBe(true)
      expect(exported.items.some((item) => item.id === tagOf(deleted).itemId)).toBe(false)
    })
  })

  it('pans by dragging the empty canvas and with the wheel, zooms about the cursor with ctrl+wheel, and with the buttons', async () => {
    await withPreviewAsync(async (preview) => {
      const { page } = preview
      await generateTemplateAsync(preview, 'service-blueprint')
      const zoomLevel = async () => Number((await page.locator('.jbp-zoom-level').textContent())?.replace('%', ''))
      const transform = async () => {
        const value = (await page.locator('#jbp-canvas g.jbp-board').getAttribute('transform')) ?? ''
        const [zoom = NaN, , , , x = NaN, y = NaN] = /matrix\(([^)]*)\)/.exec(value)?.[1]?.split(' ').map(Number) ?? []
        return { zoom, x, y }
      }
      await expect.poll(async () => (await transform()).zoom).toBeLessThan(1)
      const canvas = await page.locator('#jbp-canvas').boundingBox()
      if (canvas === null) throw new Error('no canvas')

      // Drag on empty canvas (the margin left of the fitted board): the view moves with the pointer.
      const before = await transform()
      await page.mouse.move(canvas.x + 12, canvas.y + 12)
      await page.mouse.down()
      await page.mouse.move(canvas.x + 112, canvas.y + 62, { steps: 5 })
      await page.mouse.up()
      const panned = await transform()
      expect(panned.x - before.x).toBeCloseTo(100, 0)
      expect(panned.y - before.y).toBeCloseTo(50, 0)

      // The wheel scrolls; ctrl+wheel zooms, keeping the board point under the cursor in place.
      await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2)
      await page.mouse.wheel(0, 120)
      await expect.poll(async () => (await transform()).y).toBeCloseTo(panned.y - 120, 0)
      const scrolled = await transform()
      const cursor = { x: canvas.width / 2, y: canvas.height / 2 }
      const boardUnderCursor = { x: (cursor.x - scrolled.x) / scrolled.zoom, y: (cursor.y - scrolled.y) / scrolled.zoom }
      await page.keyboard.down('Control')
      await page.mouse.wheel(0, -200)
      await page.keyboard.up('Control')
      await expect.poll(async () => (await transform()).zoom).toBeGreaterThan(scrolled.zoom)
      const zoomed = await transform()
      expect(boardUnderCursor.x * zoomed.zoom + zoomed.x).toBeCloseTo(cursor.x, 0)
      expect(boardUnderCursor.y * zoomed.zoom + zoomed.y).toBeCloseTo(cursor.y, 0)

      // The buttons: + zooms in by a step, - back out, Fit shows the whole board again.
      const percent = await zoomLevel()
      await page.getByRole('button', { name: 'Zoom in' }).click()
      await expect.poll(zoomLevel).toBe(Math.round(percent * 1.25))
      await page.getByRole('button', { name: 'Zoom out' }).click()
      await expect.poll(zoomLevel).toBe(percent)
      await page.getByRole('button', { name: 'Zoom to fit' }).click()
      await expect.poll(async () => (await transform()).zoom).toBeCloseTo(before.zoom, 5)
    })
  })
})
