import type { Box } from '../display-list'
import type { RestNode } from '../rest/rest-file-schema'

/** A node's page box from `absoluteBoundingBox` (REST boxes are absolute, even inside sections). */
export function nodeBox(node: RestNode): Box | undefined {
  const box = node.absoluteBoundingBox
  if (box === undefined || box === null) return undefined
  return { x: box.x, y: box.y, width: box.width, height: box.height }
}
