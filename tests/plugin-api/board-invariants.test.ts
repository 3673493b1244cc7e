import { describe, expect, it } from 'vitest'

import { generateBoardAsync } from '../../src/plugin-api/generate-board'
import { createFigJamEmulator, type RestFile, type RestSceneNode } from '../../src/emulator'
import { type Journey, validateJourney } from '../../src/model'
import { TEMPLATES } from '../../src/templates'
import { boardProblems } from './board-invariants'
import { restEntries } from './rest-board'

// The board tests lean on this checker; a checker that passes everything would make them worthless.
async function drawnAsync(): Promise<{ file: RestFile; boardId: string; journey: Journey }> {
  const template = TEMPLATES.find((t) => t.id === 'car-rental')!
  const result = validateJourney(template.journey('en'))
  if (!result.ok) throw new Error('invalid template')
  const emulator = createFigJamEmulator()
  const summary = await generateBoardAsync(emulator.api, result.value, { yieldAsync: async () => {} })
  return { file: emulator.toRestFile(), boardId: summary.boardId, journey: result.value }
}

const find = (file: RestFile, predicate: (node: RestSceneNode) => boolean): RestSceneNode =>
  restEntries(file).find((e) => predicate(e.node))!.node

describe('boardProblems', () => {
  it('should accept a freshly drawn board', async () => {
    const { file, boardId, journey } = await drawnAsync()
    expect(boardProblems(file, boardId, journey)).toEqual([])
  })

  it('should notice a sticky moved onto another, out of its row', async () => {
    const { file, boardId, journey } = await drawnAsync()
    const [a, b] = restEntries(file).filter((e) => e.node.type === 'STICKY' && e.parent === restEntries(file).find((x) => x.node.type === 'STICKY')!.parent)
    a!.node.absoluteBoundingBox = { ...b!.node.absoluteBoundingBox!, x: b!.node.absoluteBoundingBox!.x + 5, y: b!.node.absoluteBoundingBox!.y + 5 }
    expect(boardProblems(file, boardId, journey).join('\n')).toMatch(/overlaps/)
  })

  it('should notice an untagged node, an off-palette fill and a dangling connector', async () => {
    const { file, boardId, journey } = await drawnAsync()
    const shape = find(file, (n) => n.type === 'SHAPE_WITH_TEXT') as { sharedPluginData?: unknown }
    delete shape.sharedPluginData
    const sticky = find(file, (n) => n.type === 'STICKY') as { fills: { type: string; color: { r: number; g: number; b: number } }[] }
    sticky.fills = [{ type: 'SOLID', color: { r: 0.5, g: 0.5, b: 0.5 } }]
    const connector = find(file, (n) => n.type === 'CONNECTOR') as { connectorEnd: unknown }
    connector.connectorEnd = { endpointNodeId: '999:999', magnet: 'AUTO' }
    const problems = boardProblems(file, boardId, journey).join('\n')
    expect(problems).toMatch(/carries no valid tag/)
    expect(problems).toMatch(/not a FigJam palette colour/)
    expect(problems).toMatch(/has an end on no node/)
  })
})
