import { describe, expect, it } from 'vitest'

import { layoutJourney } from '../../src/layout/layout-journey'
import type { PlanNode } from '../../src/layout/board-plan'
import { type NodeNow, writesText } from '../../src/plugin-api/node-writers'
import { templateJourney } from '../reader/generated-board'

const FRESH: NodeNow = { fresh: true, full: false, parentId: null }
const plan = layoutJourney(templateJourney('car-rental'))
/** A plan node of that kind, with words (a link's label) where it can hold them. */
const ofKind = <K extends PlanNode['kind']>(kind: K): Extract<PlanNode, { kind: K }> => {
  const found = plan.nodes.find((node) => node.kind === kind && (!('text' in node) || node.text !== '' || kind === 'connector'))
  if (found === undefined) throw new Error(`the car-rental plan has no ${kind}`)
  return (found.kind === 'connector' ? { ...found, text: 'Hand-over' } : found) as Extract<PlanNode, { kind: K }>
}
/** A node the board has, as the reading found it. */
const bound = (text: string | undefined, full = false): NodeNow => ({ fresh: false, full, parentId: '1:2', ...(text === undefined ? {} : { text }) })

describe('writesText', () => {
  it('writes the text of every new node that has one, and never a section', () => {
    expect(writesText(ofKind('section'), FRESH)).toBe(false)
    for (const kind of ['sticky', 'shape', 'text', 'connector'] as const) expect(writesText(ofKind(kind), FRESH)).toBe(true)
  })

  it('writes nothing on a new node made to measure the same text (and, for a text node, at the same width)', () => {
    const sticky = ofKind('sticky')
    expect(writesText(sticky, { ...FRESH, text: sticky.text })).toBe(false)
    const text = ofKind('text')
    expect(writesText(text, { ...FRESH, text: text.text, width: text.width })).toBe(false)
    expect(writesText(text, { ...FRESH, text: text.text, width: text.width + 10 })).toBe(true)
  })

  it('writes an existing node only when its words differ, or when it is compared in full', () => {
    const sticky = ofKind('sticky')
    expect(writesText(sticky, bound(sticky.text))).toBe(false)
    expect(writesText(sticky, bound(`${sticky.text}!`))).toBe(true)
    expect(writesText(sticky, bound(sticky.text, true))).toBe(true)
  })

  it('writes an existing text node given another width, its words unchanged: its box needs its font ([T] textAutoResize)', () => {
    const text = ofKind('text')
    expect(writesText(text, { ...bound(text.text), width: text.width })).toBe(false)
    expect(writesText(text, { ...bound(text.text), width: text.width + 10 })).toBe(true)
  })

  it('leaves a connector label alone when the link keeps its label, and an unlabelled one that has none', () => {
    const connector = ofKind('connector')
    expect(writesText(connector, bound('Another label'), { restyle: false, relabel: false })).toBe(false)
    expect(writesText(connector, bound('Another label'), { restyle: false, relabel: true })).toBe(true)
    expect(writesText({ ...connector, text: '' }, bound(''))).toBe(false)
    expect(writesText({ ...connector, text: '' }, FRESH)).toBe(false)
    expect(writesText({ ...connector, text: '' }, bound('Left by hand'))).toBe(true)
  })
})
