import { afterAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'

import { journeyReportHtml, type ReportSource } from '../../src/formats'
import { type Journey, validateJourney } from '../../src/model'
import { TEMPLATES } from '../../src/templates'
import { launchChromiumAsync } from '../ui/e2e/open-panel'

/** The report as stakeholders open it: in headless Chromium, offline, on screen and printed. */

function template(id: string, persona?: string): ReportSource {
  const found = TEMPLATES.find((t) => t.id === id)
  if (found === undefined) throw new Error(`no template ${id}`)
  const input = found.journey('en')
  const result = validateJourney(persona === undefined ? input : { ...input, personaId: persona })
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return { label: persona === undefined ? id : `${id} (${persona})`, journey: result.value }
}

function withVotes(journey: Journey): Journey {
  return { ...journey, items: journey.items.map((item, i) => (i % 9 === 0 ? { ...item, votes: { count: (i % 5) + 1, kinds: [{ kind: 'dot', count: (i % 5) + 1 }] } } : item)) }
}

let browser: Browser | undefined
afterAll(async () => {
  await browser?.close()
})

describe('the journey report in Chromium', () => {
  it('renders offline with no console error, a chart per journey with every curve, selectable text, and prints landscape', async () => {
    const rental = template('car-rental')
    const sources = [{ ...rental, journey: withVotes(rental.journey) }, template('car-rental', 'business-traveller'), template('ikea')]
    const html = journeyReportHtml(sources)
    browser = await launchChromiumAsync()
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(error.message))
    const requests: string[] = []
    await page.route('**/*', async (route) => {
      requests.push(route.request().url())
      await route.abort()
    })
    await page.setContent(html, { waitUntil: 'load' })

    expect(problems).toEqual([])
    expect(requests).toEqual([])
    // Two journeys: car rental (two boards, two curves each) and IKEA (its two emotion rows' primary curve).
    expect(await page.locator('section.journey').count()).toBe(2)
    const charts = page.locator('svg.emotion-chart')
    expect(await charts.count()).toBe(2)
    const first = charts.first()
    const box = await first.boundingBox()
    expect(box?.width).toBeGreaterThan(400)
    expect(box?.height).toBeGreaterThan(150)
    expect(await first.locator('path').count()).toBe(4)
    expect(await first.locator('circle').count()).toBe(4 * 7)
    expect(await page.locator('section.journey').first().locator('.legend li').allTextContents()).toEqual([
      'As is: today · Mette Jensen',
      'To be: with the redesign · Mette Jensen',
      'As is: today · Henrik Dahl',
      'To be: with the redesign · Henrik Dahl'
    ])
    expect(await page.locator('table.heat').count()).toBe(2)
    await expect.poll(() => page.locator('text=The child seat we booked is missing').count()).toBeGreaterThan(0)
    expect(await page.locator('h3', { hasText: 'Top-voted items' }).count()).toBe(2)

    // Text is text: selecting the page selects the report's words, chart labels included.
    const selected = await page.evaluate(() => {
      const selection = window.getSelection()
      selection?.selectAllChildren(document.body)
      return selection?.toString() ?? ''
    })
    expect(selected).toContain('What rests on assumptions')
    expect(selected).toContain('Picking up the car')
    expect(selected).toContain('Customer experience team')

    const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const letter = await page.pdf({ format: 'Letter', landscape: true })
    expect(letter.length).toBeGreaterThan(1000)

    // The README's picture: `JOURNEYBOARD_REPORT_SCREENSHOT=docs/report.png npx vitest run tests/formats/journey-report.e2e.test.ts`.
    const picture = process.env.JOURNEYBOARD_REPORT_SCREENSHOT
    if (picture !== undefined) {
      await page.setContent(journeyReportHtml([template('car-rental')]), { waitUntil: 'load' })
      await page.screenshot({ path: picture, clip: { x: 0, y: 0, width: 1280, height: 1000 } })
    }
  })
})
