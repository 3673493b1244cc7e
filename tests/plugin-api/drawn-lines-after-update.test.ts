import { describe, expect, it } from 'vitest'

import { drawAsync, itemSticky, validJourney } from '../reader/generated-board'
import { applyBoardEditsAsync } from '../sync/board-edits'
import { boardOf, syncAsync } from '../sync/sync-board-helpers'
import { linkClearanceProblems } from './link-clearance'

/** One stage, three lanes: a sticky in each, one above the other. */
const journey = validJourney({
  id: 'column',
  title: 'Column',
  personas: [{ id: 'p', name: 'Customer' }],
  stages: [{ id: 's1', name: 'First' }],
  lanes: [
    { id: 'top', name: 'Top', kind: 'actions' },
    { id: 'middle', name: 'Middle', kind: 'actions' },
    { id: 'bottom', name: 'Bottom', kind: 'actions' }
  ],
  items: [
    { id: 'a', stageId: 's1', laneId: 'top', text: 'Looks for the receipt' },
    { id: 'b', stageId: 's1', laneId: 'middle', text: 'Desk checks the warranty' },
    { id: 'c', stageId: 's1', laneId: 'bottom', text: 'Store calls back' }
  ]
})

describe('lines people drew straight or curved, after an update', () => {
  it.each([
    ['straight', 'STRAIGHT', 'drawn-line-over-text'],
    ['curved', 'CURVED', 'drawn-line-near-text']
  ] as const)('should keep a %s line as drawn and warn that it runs over the sticky between its ends', async (_name, lineType, code) => {
    const emulator = await drawAsync(journey)
    // From the top sticky to the bottom one, through the middle one.
    await applyBoardEditsAsync(emulator, journey, [{ op: 'connect', from: 0, step: 1, label: 'calls back', lineType }])
    const connector = emulator.api.currentPage.findAllWithCriteria({ types: ['CONNECTOR'] }).find((node) => node.text.characters === 'calls back')!

    const summary = await syncAsync(emulator, { ...journey, stages: [{ id: 'before', name: 'Before', description: '' }, ...journey.stages] })

    expect(connector.connectorLineType).toBe(lineType)
    expect([connector.connectorStart, connector.connectorEnd]).toEqual([
      { endpointNodeId: itemSticky(emulator.api, 'a').id, magnet: lineType === 'STRAIGHT' ? 'CENTER' : 'NONE' },
      { endpointNodeId: itemSticky(emulator.api, 'c').id, magnet: lineType === 'STRAIGHT' ? 'CENTER' : 'NONE' }
    ])
    const problems = linkClearanceProblems(emulator.toRestFile(), boardOf(emulator).id)
    expect(problems.some((problem) => / through STICKY .*\(item:b\)/.test(problem))).toBe(true)
    expect(summary.warnings.filter((warning) => warning.code !== 'added-by-hand').map((warning) => warning.code)).toEqual([code])
  })

  it.each(['STRAIGHT', 'CURVED'] as const)('should not warn about a %s line between neighbours with nothing between them', async (lineType) => {
    const emulator = await drawAsync(journey)
    await applyBoardEditsAsync(emulator, journey, [{ op: 'connect', from: 0, step: 0, label: '', lineType }])

    const summary = await syncAsync(emulator, { ...journey, stages: [{ id: 'before', name: 'Before', description: '' }, ...journey.stages] })

    expect(linkClearanceProblems(emulator.toRestFile(), boardOf(emulator).id)).toEqual([])
    expect(summary.warnings.filter((warning) => warning.code.startsWith('drawn-line'))).toEqual([])
  })
})
