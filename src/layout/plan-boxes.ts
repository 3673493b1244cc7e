import type { BoardPlan, Box } from './board-plan'

/** Every plan node's box relative to the board section's top-left corner, by plan key. */
export function planBoxes(plan: BoardPlan): Map<string, Box> {
  const boxes = new Map<string, Box>()
  for (const node of plan.nodes) {
    const parent = node.parent === null ? { x: 0, y: 0 } : boxes.get(node.parent)
    if (parent === undefined) throw new Error(`the plan has "${node.key}" before its parent "${node.parent}"`)
    boxes.set(node.key, { x: parent.x + node.x, y: parent.y + node.y, width: node.width, height: node.height })
  }
  return boxes
}
