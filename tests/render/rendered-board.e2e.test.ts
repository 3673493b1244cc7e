import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../src/emulator'
import { STAGE_TITLE_CLEARANCE } from '../../src/layout'
import { generateBoardAsync } from '../../src/plugin-api/generate-board'
import { renderRestFileToSvg } from '../../src/render'
import { createJourneyFromTemplate } from '../../src/templates'
import { liveTag, taggedNodes } from '../reader/generated-board'
import { launchChromiumAsync } from '../ui/e2e/open-panel'

/*
 * Where a picture is the proof: the workshop board as `journeyboard render` draws it, rasterised
 * by headless Chromium, its pixels checked where the stage headings, score badges and red flags
 * are. The checks measure ink (pixels that stand out from what is behind them), so they hold
 * whatever fonts the machine has: a stage's heading must be far taller than the section's small
 * title, a badge's score must be digits (as tall as a capital, not the dots of "…"), and the
 * red flag's "!" must sit in the middle of its diamond.
 */

interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** The ink found in a region of the picture: how many pixels, and the box around them. */
interface Ink {
  count: number
  box: Box | undefined
}

type InkRule = 'dark' | 'contrast'

let browser: Browser | undefined
let page: Page | undefined
let nodes: { key: string; role: string; part?: string; box: Box; fontSize?: number }[] = []

beforeAll(async () => {
  const journey = createJourneyFromTemplate({ templateId: 'workshop-swimlane' })
  if (!journey.ok) throw new Error(JSON.stringify(journey.problems))
  const emulator = createFigJamEmulator()
  await generateBoardAsync(emulator.api, journey.value, { yieldAsync: async () => {} })
  nodes = taggedNodes(emulator.api).flatMap((node) => {
    const tag = liveTag(node)
    const box = node.absoluteBoundingBox
    if (tag === undefined || box === null) return []
    return [{ key: tag.key, role: tag.role, ...(tag.part === undefined ? {} : { part: tag.part }), box }]
  })
  const svg = renderRestFileToSvg(emulator.toRestFile())
  browser = await launchChromiumAsync()
  page = await browser.newPage()
  await page.setContent('<!doctype html><body style="margin:0"></body>')
  // The picture drawn on a canvas at its own size (one pixel per canvas unit), kept for the checks.
  await page.evaluate(async (markup) => {
    const view = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(markup)
    if (view === null) throw new Error('the picture has no viewBox')
    const [x, y, width, height] = view.slice(1).map(Number) as [number, number, number, number]
    const image = new Image()
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = Math.ceil(width)
    canvas.height = Math.ceil(height)
    const context = canvas.getContext('2d')
    if (context === null) throw new Error('no 2D canvas')
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    Object.assign(window, { picture: { x, y, context } })
  }, svg)
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

/**
 * The ink in a page-coordinate box: `dark` counts near-black pixels (charcoal text on a light
 * background); `contrast` counts pixels whose brightness differs much from the region's median
 * (light text on a saturated shape, or dark text on a light one).
 */
async function inkIn(box: Box, rule: InkRule): Promise<Ink> {
  if (page === undefined) throw new Error('no page')
  return page.evaluate(
    ({ box, rule }) => {
      const { x: left, y: top, context } = (window as unknown as { picture: { x: number; y: number; context: CanvasRenderingContext2D } }).picture
      const x0 = Math.round(box.x - left)
      const y0 = Math.round(box.y - top)
      const width = Math.max(1, Math.round(box.width))
      const height = Math.max(1, Math.round(box.height))
      const { data } = context.getImageData(x0, y0, width, height)
      const light: number[] = []
      for (let i = 0; i < data.length; i += 4) light.push(0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!)
      const median = [...light].sort((a, b) => a - b)[Math.floor(light.length / 2)] ?? 0
      let count = 0
      let minX = Infinity
      let minY = Infinity
      let maxX = -Infinity
      let maxY = -Infinity
      light.forEach((value, i) => {
        const inked = rule === 'dark' ? value < 110 : Math.abs(value - median) > 60
        if (!inked) return
        const px = i % width
        const py = Math.floor(i / width)
        count += 1
        minX = Math.min(minX, px)
        minY = Math.min(minY, py)
        maxX = Math.max(maxX, px)
        maxY = Math.max(maxY, py)
      })
      return {
        count,
        box: count === 0 ? undefined : { x: box.x + minX, y: box.y + minY, width: maxX - minX + 1, height: maxY - minY + 1 }
      }
    },
    { box, rule }
  )
}

/** The middle of a box, shrunk by a share of its size on each side (away from outlines). */
function inner(box: Box, shareX: number, shareY: number): Box {
  return { x: box.x + box.width * shareX, y: box.y + box.height * shareY, width: box.width * (1 - 2 * shareX), height: box.height * (1 - 2 * shareY) }
}

describe('the rendered workshop board, in Chromium', () => {
  it("heads every stage with its name in letters far taller than the section's small title", async () => {
    const sections = nodes.filter((node) => node.role === 'stage' && node.part === undefined)
    expect(sections.length).toBeGreaterThan(3)
    for (const section of sections) {
      const heading = nodes.find((node) => node.key === `${section.key}:heading`)
      expect(heading, section.key).toBeDefined()
      const tab = await inkIn({ ...section.box, height: STAGE_TITLE_CLEARANCE }, 'dark')
      const name = await inkIn(heading!.box, 'dark')
      expect(tab.box, `${section.key} title`).toBeDefined()
      expect(name.box, `${section.key} heading`).toBeDefined()
      // Capitals of the 32 px heading against those of the tab's small title.
      expect(name.box!.height, section.key).toBeGreaterThanOrEqual(18)
      expect(name.box!.height, section.key).toBeGreaterThan(1.8 * tab.box!.height)
      expect(name.count, section.key).toBeGreaterThan(3 * tab.count)
    }
  })

  it('writes each score badge as digits, as tall as a capital rather than the dots of an ellipsis', async () => {
    const badges = nodes.filter((node) => node.role === 'score-badge')
    expect(badges.length).toBeGreaterThan(3)
    for (const badge of badges) {
      const ink = await inkIn(inner(badge.box, 0.2, 0.15), 'contrast')
      expect(ink.box, badge.key).toBeDefined()
      expect(ink.box!.height, badge.key).toBeGreaterThanOrEqual(8)
      expect(ink.box!.width, badge.key).toBeGreaterThanOrEqual(4)
    }
  })

  it('centres the red flag\'s "!" in its diamond', async () => {
    const flags = nodes.filter((node) => node.role === 'flag-marker' && node.part === 'red-flag')
    expect(flags.length).toBeGreaterThan(3)
    for (const flag of flags) {
      // Wholly inside the diamond (|dx| + |dy| < half its size), so its outline, in the preset's darker red, is not taken for ink.
      const ink = await inkIn(inner(flag.box, 0.35, 0.2), 'contrast')
      expect(ink.box, flag.key).toBeDefined()
      const glyph = ink.box!
      expect(glyph.height, flag.key).toBeGreaterThanOrEqual(6)
      const tolerance = 0.1 * flag.box.width
      expect(Math.abs(glyph.x + glyph.width / 2 - (flag.box.x + flag.box.width / 2)), flag.key).toBeLessThanOrEqual(tolerance)
      expect(Math.abs(glyph.y + glyph.height / 2 - (flag.box.y + flag.box.height / 2)), flag.key).toBeLessThanOrEqual(tolerance)
    }
  })
})
