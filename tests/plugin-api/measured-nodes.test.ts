import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../src/emulator'
import type { PlanFont, PlanSticky, PlanText } from '../../src/layout/board-plan'
import { measureRequestKey, type MeasureRequest } from '../../src/layout/text-measure'
import { FontLoader } from '../../src/plugin-api/font-loader'
import { MeasuredNodes } from '../../src/plugin-api/measured-nodes'
import { propertyRuns } from '../support/property-runs'

type TextRequest = Extract<MeasureRequest, { kind: 'text' }>

const FONTS: PlanFont[] = [
  { family: 'Inter', style: 'Bold' },
  { family: 'Inter', style: 'Medium' }
]

const textRequests = fc.array(
  fc.record({
    text: fc.string({ minLength: 1, maxLength: 80 }),
    font: fc.constantFrom(...FONTS),
    fontSize: fc.constantFrom(12, 18, 24),
    width: fc.constantFrom(20, 28.5, 240, 600)
  }),
  { minLength: 1, maxLength: 12 }
)

/** A plan text node for a measured text. */
function textSpec(key: string, request: TextRequest): PlanText {
  return { kind: 'text', key, parent: 'board', name: '', x: 0, y: 0, width: request.width, height: 1, text: request.text, font: request.font, fontSize: request.fontSize, fill: '#1E1E1E', tag: { role: 'stage', part: 'title' } }
}

/** The height one text node of its own reports for a request, in an editor of its own. */
async function aloneAsync(request: TextRequest): Promise<number> {
  const emulator = createFigJamEmulator()
  await emulator.api.loadFontAsync(request.font)
  const node = emulator.api.createText()
  node.fontName = request.font
  node.fontSize = request.fontSize
  node.characters = request.text
  node.resize(request.width, 1)
  node.textAutoResize = 'HEIGHT'
  return node.height
}

describe('measuring texts in FigJam (MeasuredNodes)', () => {
  it('measures the texts of no text node (shapes, glyphs) on one text node, each as tall as a text node of its own reports', async () => {
    await fc.assert(
      fc.asyncProperty(textRequests, async (specs) => {
        const emulator = createFigJamEmulator()
        const measured = new MeasuredNodes(emulator.api, new FontLoader(emulator.api))
        const requests: TextRequest[] = specs.map((spec) => ({ kind: 'text', ...spec }))
        const heights = await measured.measureAsync(requests)
        expect(emulator.traffic.calls.get('createText')).toBe(1)
        for (const request of requests) expect(heights.get(measureRequestKey(request))).toBe(await aloneAsync(request))
        // Nothing for a text node to take, and nothing left on the page afterwards.
        expect(measured.take(textSpec('header:title', requests[0]!))).toBeUndefined()
        measured.removeUnused()
        expect(emulator.api.currentPage.children).toEqual([])
      }),
      propertyRuns(25)
    )
  })

  it('measures a text node’s text again on the node measured for the same plan key, which the text node then takes', async () => {
    const emulator = createFigJamEmulator()
    const measured = new MeasuredNodes(emulator.api, new FontLoader(emulator.api))
    const first: TextRequest = { kind: 'text', key: 'stage:s1:heading', text: 'Booking and paying for the car', font: FONTS[0]!, fontSize: 32, width: 240 }
    const wider: TextRequest = { ...first, width: 416 }
    await measured.measureAsync([first])
    const heights = await measured.measureAsync([wider])
    expect(emulator.traffic.calls.get('createText')).toBe(1)
    expect(heights.get(measureRequestKey(wider))).toBe(await aloneAsync(wider))
    const taken = measured.take(textSpec(first.key!, wider))
    expect(taken?.node.type).toBe('TEXT')
    expect(taken?.now).toMatchObject({ fresh: true, text: wider.text, width: wider.width })
    expect(measured.removeUnused()).toBe(0)
  })

  it('gives each sticky measured where it stays the id FigJam’s export of the board names, without asking the sticky', async () => {
    const emulator = createFigJamEmulator()
    const measured = new MeasuredNodes(emulator.api, new FontLoader(emulator.api), { inSections: true })
    const font = { family: 'Inter', style: 'Medium' }
    const request: MeasureRequest = { kind: 'sticky', text: 'Compares prices on two sites', font, fontSize: 18, wide: false, parent: 'stage:s1' }
    await measured.measureAsync([request])
    const spec: PlanSticky = { kind: 'sticky', key: 'item:i1', parent: 'stage:s1', name: '', x: 0, y: 0, width: 240, height: 240, text: request.text, font, fontSize: 18, wide: false, fill: '#FFE299', tag: { role: 'item', itemId: 'i1' } }
    emulator.resetCounters()
    const taken = measured.take(spec)
    expect(emulator.traffic.reads.get('id') ?? 0).toBe(0)
    expect(taken?.id).toBe(taken?.node.id)
  })
})
