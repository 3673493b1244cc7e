import { SHAPE_PRESETS as FIGJAM_SHAPE_PRESETS } from '../../src/emulator/model/figjam-palettes'
import type { Journey } from '../../src/model'
import {
  type BoardPlan,
  type Box,
  figjamPalette,
  type PlanNode,
  PlanTagSchema
} from '../../src/layout'

const PALETTE = figjamPalette()

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** Whether `inner` lies within `outer` (edges included). */
export function contains(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  )
}

/** Every node's box relative to the board section, keyed by plan key. */
export function boardBoxes(plan: BoardPlan): Map<string, Box> {
  const boxes = new Map<string, Box>()
  for (const node of plan.nodes) {
    const parent = node.parent === null ? { x: 0, y: 0 } : boxes.get(node.parent)
    if (parent === undefined) throw new Error(`"${node.key}" comes before its parent "${node.parent}"`)
    boxes.set(node.key, { x: parent.x + node.x, y: parent.y + node.y, width: node.width, height: node.height })
  }
  return boxes
}

const describeNode = (node: PlanNode): string => `${node.kind} "${node.key}"`

/**
 * Every rule a plan must keep, checked independently of how layoutJourney computes it.
 * @returns one line per broken rule; empty when the plan is sound.
 */
export function planProblems(plan: BoardPlan, journey: Journey): string[] {
  const problems: string[] = []
  const seen = new Map<string, PlanNode>()
  for (const node of plan.nodes) {
    if (seen.has(node.key)) problems.push(`duplicate key ${node.key}`)
    if (node.parent !== null && seen.get(node.parent)?.kind !== 'section') problems.push(`${describeNode(node)} has no earlier section parent`)
    if (node.parent === null && node.key !== plan.nodes[0]?.key) problems.push(`${describeNode(node)} has no parent`)
    if (node.kind === 'connector') {
      for (const end of [node.start, node.end]) if (!seen.has(end)) problems.push(`${describeNode(node)} joins "${end}" before it exists`)
    }
    if (!PlanTagSchema.safeParse(node.tag).success) problems.push(`${describeNode(node)} has an invalid tag`)
    const colours = node.kind === 'connector' ? [node.stroke] : node.kind === 'shape' ? [node.fill, node.stroke, node.textFill] : [node.fill]
    for (const colour of colours) {
      if (!PALETTE.has(colour)) problems.push(`${describeNode(node)} uses ${colour}, not a FigJam palette colour`)
    }
    // FigJam's shape presets as the emulator lists them from Figma's guide: fill, outline and text together.
    if (node.kind === 'shape' && !FIGJAM_SHAPE_PRESETS.some((p) => `#${p.fill}` === node.fill && `#${p.stroke}` === node.stroke && `#${p.text}` === node.textFill)) {
      problems.push(`${describeNode(node)} is painted ${node.fill}/${node.stroke}/${node.textFill}, not one of FigJam's shape presets`)
    }
    if (!(node.width >= 0 && node.height >= 0)) problems.push(`${describeNode(node)} has a negative size`)
    seen.set(node.key, node)
  }
  if (problems.length > 0) return problems

  const boxes = boardBoxes(plan)
  const box = (key: string): Box => boxes.get(key)!
  const board = plan.nodes[0]!
  if (board.tag.role !== 'board' || board.width !== plan.width || board.height !== plan.height) problems.push('the first node is not the board section')

  // Sections contain their children.
  for (const node of plan.nodes) {
    if (node.parent !== null && !contains(box(node.parent), box(node.key))) problems.push(`${describeNode(node)} sticks out of "${node.parent}"`)
  }

  // Grid rows and columns are in order and apart.
  const rows = plan.grid.rows
  const columns = plan.grid.columns
  rows.forEach((row, i) => {
    const next = rows[i + 1]
    if (next !== undefined && row.y + row.height > next.y) problems.push(`row ${row.laneId} runs into row ${next.laneId}`)
  })
  columns.forEach((column, i) => {
    const next = columns[i + 1]
    if (next !== undefined && column.x + column.width > next.x) problems.push(`column ${column.stageId} runs into column ${next.stageId}`)
  })

  // Every item is one sticky in its stage section and lane row; no two stickies overlap.
  const stickies = plan.nodes.filter((n) => n.kind === 'sticky')
  const rowOf = new Map(rows.map((row) => [row.laneId, row]))
  for (const item of journey.items) {
    const matches = stickies.filter((s) => s.tag.itemId === item.id)
    if (matches.length !== 1) {
      problems.push(`item ${item.id} has ${matches.length} stickies`)
      continue
    }
    const sticky = matches[0]!
    if (sticky.parent !== `stage:${item.stageId}`) problems.push(`item ${item.id} is not in its stage section`)
    if (sticky.tag.stageId !== item.stageId || sticky.tag.laneId !== item.laneId) problems.push(`item ${item.id} is tagged with the wrong cell`)
    const row = rowOf.get(item.laneId)
    const stickyBox = box(sticky.key)
    if (row === undefined || stickyBox.y < row.y || stickyBox.y + stickyBox.height > row.y + row.height) {
      problems.push(`item ${item.id} is outside its lane row`)
    }
    if (!contains(box(`stage:${item.stageId}`), stickyBox)) problems.push(`item ${item.id} is outside its stage column`)
  }
  for (let i = 0; i < stickies.length; i += 1) {
    for (let j = i + 1; j < stickies.length; j += 1) {
      if (overlaps(box(stickies[i]!.key), box(stickies[j]!.key))) problems.push(`${stickies[i]!.key} overlaps ${stickies[j]!.key}`)
    }
  }

  // Within a stage section nothing overlaps, except a marker or badge on its own sticky.
  const ownSticky = (node: PlanNode): string | undefined =>
    node.tag.role === 'flag-marker' || node.tag.role === 'score-badge' || node.tag.role === 'evidence-marker' ? `item:${node.tag.itemId}` : undefined
  const byParent = new Map<string, PlanNode[]>()
  for (const node of plan.nodes) {
    if (node.parent === null || node.kind === 'connector') continue
    byParent.set(node.parent, [...(byParent.get(node.parent) ?? []), node])
  }
  for (const [parent, children] of byParent) {
    // On the board itself, blueprint lines cross the stage columns on purpose and the persona's texts sit on its card.
    const checked = children.filter((n) => parent !== board.key || n.tag.part !== 'line')
    const onCard = (a: PlanNode, b: PlanNode): boolean => a.tag.role === 'persona' && a.tag.part === 'card' && b.tag.role === 'persona'
    for (let i = 0; i < checked.length; i += 1) {
      for (let j = i + 1; j < checked.length; j += 1) {
        const a = checked[i]!
        const b = checked[j]!
        if (ownSticky(a) === b.key || ownSticky(b) === a.key || onCard(a, b) || onCard(b, a)) continue
        if (overlaps(box(a.key), box(b.key))) problems.push(`${a.key} overlaps ${b.key}`)
      }
    }
  }

  // The persona's texts lie on its card.
  for (const node of plan.nodes) {
    if (node.tag.role === 'persona' && node.tag.part !== 'card' && !contains(box('persona:card'), box(node.key))) problems.push(`${node.key} is not on the persona card`)
  }

  // Markers, badges and emotion points stay within their row.
  for (const node of plan.nodes) {
    if (node.tag.role !== 'flag-marker' && node.tag.role !== 'score-badge' && node.tag.role !== 'emotion-point') continue
    const b = box(node.key)
    const inside = rows.some((row) => b.y >= row.y && b.y + b.height <= row.y + row.height)
    if (!inside) problems.push(`${node.key} is not inside a lane row`)
  }

  // Every link is one connector between its items' stickies.
  for (const link of journey.links) {
    const connector = plan.nodes.find((n) => n.kind === 'connector' && n.tag.linkId === link.id)
    if (connector?.kind !== 'connector' || connector.start !== `item:${link.from}` || connector.end !== `item:${link.to}`) {
      problems.push(`link ${link.id} is not drawn between its items`)
    }
  }
  return problems
}
