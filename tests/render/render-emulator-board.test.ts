// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../src/emulator'
import { layoutJourney } from '../../src/layout'
import { JourneySchema } from '../../src/model'
import { renderRestFileToSvg, restToDisplayList } from '../../src/render'
import { TEMPLATES } from '../../src/templates'
import { checkXmlWellFormed } from './check-xml-well-formed'
import { drawPlanAsync } from '../../src/plugin-api/generate-board'

interface RestNodeLike {
  id: string
  type: string
  characters?: string
  fills?: { color?: { r: number; g: number; b: number } }[]
  absoluteBoundingBox?: { x: number; y: number; width: number; height: number } | null
  children?: RestNodeLike[]
}

function allNodes(nodes: readonly RestNodeLike[]): RestNodeLike[] {
  return nodes.flatMap((n) => [n, ...allNodes(n.children ?? [])])
}

function hexOf(node: RestNodeLike): string {
  const c = node.fills?.[0]?.color
  if (c === undefined) throw new Error(`node ${node.id} has no fill`)
  return `#${[c.r, c.g, c.b].map((v) => Math.round(v * 255).toString(16).toUpperCase().padStart(2, '0')).join('')}`
}

async function emulatedBoardAsync(templateIndex: number): Promise<{ rest: ReturnType<ReturnType<typeof createFigJamEmulator>['toRestFile']>; nodes: RestNodeLike[] }> {
  const template = TEMPLATES[templateIndex]
  if (template === undefined) throw new Error('no template')
  const journey = JourneySchema.parse(template.journey(template.locales[0] ?? 'en'))
  const emulator = createFigJamEmulator()
  await drawPlanAsync(emulator.api, layoutJourney(journey), journey, { yieldAsync: async () => {} })
  const rest = emulator.toRestFile(journey.title)
  const page = rest.document.children[0] as unknown as { children: RestNodeLike[] }
  return { rest, nodes: allNodes(page.children) }
}

describe('rendering a board made through the FigJam emulator', () => {
  it.each(TEMPLATES.map((template, index) => [template.id, index] as const))('draws every node of the %s template board', async (_id, index) => {
    const { rest, nodes } = await emulatedBoardAsync(index)
    expect(restToDisplayList(rest).warnings).toEqual([])
    const svg = renderRestFileToSvg(rest)
    expect(checkXmlWellFormed(svg)).toEqual([])
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')

    const [vx = NaN, vy = NaN, vw = NaN, vh = NaN] = (doc.documentElement.getAttribute('viewBox') ?? '').split(' ').map(Number)
    for (const node of nodes) {
      const group = doc.querySelector(`g[data-node-id="${node.id}"]`)
      expect(group, `${node.type} ${node.id}`).not.toBeNull()
      const box = node.absoluteBoundingBox
      if (node.type !== 'CONNECTOR' && box !== undefined && box !== null) {
        expect(vx <= box.x && vy <= box.y && vx + vw >= box.x + box.width && vy + vh >= box.y + box.height, `${node.id} inside the viewBox`).toBe(true)
      }
      if (node.type === 'STICKY') {
        expect(group?.querySelector('rect')?.getAttribute('fill')).toBe(hexOf(node))
        const shown = [...(group?.getElementsByTagName('tspan') ?? [])].map((t) => t.textContent).join(' ')
        expect(shown.replace(/\s+/g, ' ')).toBe((node.characters ?? '').trim().replace(/\s+/g, ' '))
      }
      if (node.type === 'SECTION') expect(group?.querySelector('rect')?.getAttribute('fill')).toBe(hexOf(node))
      // Small shapes (score badges, flags) show their whole text, never an ellipsis.
      if (node.type === 'SHAPE_WITH_TEXT' && box !== undefined && box !== null && box.width <= 48 && (node.characters ?? '').trim() !== '') {
        const shown = [...(group?.getElementsByTagName('tspan') ?? [])].map((t) => t.textContent).join('')
        expect(shown, `badge ${node.id}`).toBe((node.characters ?? '').trim())
      }
    }
    const connectors = nodes.filter((n) => n.type === 'CONNECTOR')
    const cappedEnds = connectors.reduce((sum, c) => {
      const caps = c as unknown as { connectorStartStrokeCap: string; connectorEndStrokeCap: string }
      return sum + (caps.connectorStartStrokeCap === 'NONE' ? 0 : 1) + (caps.connectorEndStrokeCap === 'NONE' ? 0 : 1)
    }, 0)
    expect(doc.getElementsByTagName('marker')).toHaveLength(cappedEnds)
  })

  it('titles the car-rental picture with the board name and sizes it to the width asked for', async () => {
    const { rest } = await emulatedBoardAsync(TEMPLATES.findIndex((t) => t.id === 'car-rental'))
    const doc = new DOMParser().parseFromString(renderRestFileToSvg(rest, { width: 1600 }), 'image/svg+xml')
    expect(doc.querySelector('title')?.textContent).toBe(rest.name)
    expect(doc.documentElement.getAttribute('width')).toBe('1600')
    expect(doc.querySelectorAll('g[data-node-id]').length).toBeGreaterThan(100)
  })
})
