import type { RestFile, RestSceneNode } from '../../src/emulator'
import { figjamPalette } from '../../src/layout'
import type { Journey } from '../../src/model'
import { contains, overlaps } from '../layout/plan-invariants'
import { boxOf, paintHexes, restEntries, tagOf } from './rest-board'

const PALETTE = figjamPalette()

const label = (node: RestSceneNode): string => `${node.type} ${node.id} (${tagOf(node)?.key ?? 'untagged'})`

/**
 * Checks a drawn board the way a user would see it, from the REST file alone: positions are the
 * absolute boxes FigJam reports, and nodes are told apart by their tags.
 * @returns one line per broken rule; empty when the board is sound.
 */
export function boardProblems(file: RestFile, boardId: string, journey: Journey): string[] {
  const problems: string[] = []
  const all = restEntries(file)
  const boardEntry = all.find((e) => e.node.id === boardId)
  if (boardEntry === undefined) return [`board ${boardId} is not on the page`]
  if (boardEntry.parent !== null) problems.push('the board section is not on the page itself')
  // The board's subtree: everything the generation drew.
  const inBoard = new Set<string>([boardId])
  for (const entry of all) if (entry.parent !== null && inBoard.has(entry.parent.id)) inBoard.add(entry.node.id)
  const drawn = all.filter((e) => inBoard.has(e.node.id))
  const ids = new Set(all.map((e) => e.node.id))

  for (const { node, parent } of drawn) {
    if (tagOf(node) === undefined) problems.push(`${label(node)} carries no valid tag`)
    for (const hex of paintHexes(node)) {
      if (hex === undefined || !PALETTE.has(hex)) problems.push(`${label(node)} is painted ${hex ?? 'an inexact colour'}, not a FigJam palette colour`)
    }
    if (parent !== null && !contains(boxOf(parent), boxOf(node))) problems.push(`${label(node)} sticks out of ${label(parent)}`)
    if (node.type === 'CONNECTOR') {
      const c = node as Extract<RestSceneNode, { type: 'CONNECTOR' }>
      for (const end of [c.connectorStart, c.connectorEnd]) {
        const id = 'endpointNodeId' in end ? end.endpointNodeId : undefined
        if (id === undefined || !ids.has(id)) problems.push(`${label(node)} has an end on no node`)
      }
    }
  }

  const stickies = drawn.filter((e) => e.node.type === 'STICKY').map((e) => e.node)
  for (let i = 0; i < stickies.length; i += 1) {
    for (let j = i + 1; j < stickies.length; j += 1) {
      if (overlaps(boxOf(stickies[i]!), boxOf(stickies[j]!))) problems.push(`${label(stickies[i]!)} overlaps ${label(stickies[j]!)}`)
    }
  }

  const withTag = drawn.map((e) => ({ ...e, tag: tagOf(e.node) }))
  const stageSection = new Map(
    withTag.filter((e) => e.tag?.tag.role === 'stage' && e.node.type === 'SECTION').map((e) => [e.tag!.tag.stageId!, e.node])
  )
  const laneLabel = new Map(withTag.filter((e) => e.tag?.tag.role === 'lane-label').map((e) => [e.tag!.tag.laneId!, e.node]))
  for (const item of journey.items) {
    const found = withTag.filter((e) => e.node.type === 'STICKY' && e.tag?.tag.itemId === item.id)
    if (found.length !== 1) {
      problems.push(`item ${item.id} has ${found.length} stickies`)
      continue
    }
    const { node, parent } = found[0]!
    const section = stageSection.get(item.stageId)
    if (section === undefined || parent?.id !== section.id) problems.push(`item ${item.id} is not in its stage section`)
    else if (!contains(boxOf(section), boxOf(node))) problems.push(`item ${item.id} is outside its stage section`)
    // A lane label is exactly as tall as its row: its box is the row band.
    const lane = laneLabel.get(item.laneId)
    const band = lane === undefined ? undefined : boxOf(lane)
    const box = boxOf(node)
    if (band === undefined || box.y < band.y || box.y + box.height > band.y + band.height) problems.push(`item ${item.id} is outside its lane row`)
    if ((node as { characters?: string }).characters !== item.text) problems.push(`item ${item.id} does not show its text`)
  }
  return problems
}
