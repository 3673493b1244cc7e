import type { BoardPlan, PlanNode } from './board-plan'
import { NodeBoxes } from './node-boxes'

/** Every plan node's box relative to the board section's top-left corner, by its place in the plan (planBoxes, as numbers). */
export function planNodeBoxes(plan: BoardPlan): NodeBoxes {
  const boxes = new NodeBoxes()
  const nodes = plan.nodes
  for (let at = 0; at < nodes.length; at++) {
    const node = nodes[at] as PlanNode
    const parent = node.parent === null ? -1 : boxes.placeOf(node.parent)
    if (parent === undefined) throw new Error(`the plan has "${node.key}" before its parent "${node.parent}"`)
    // 0 + x for the board, as planBoxes adds its origin: the same sums, to the last bit.
    boxes.push(node.key, (parent < 0 ? 0 : boxes.x(parent)) + node.x, (parent < 0 ? 0 : boxes.y(parent)) + node.y, node.width, node.height)
  }
  return boxes
}
