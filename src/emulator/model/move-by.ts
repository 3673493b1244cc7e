import type { SceneRecord } from './node-records'

/**
 * Moves a node across the page by (dx, dy): a group moves its members (groups looked through), a
 * connector its free ends (its attached ends follow their nodes), anything else its x/y. Nodes
 * inside a section or frame move with it.
 */
export function moveBy(node: SceneRecord, dx: number, dy: number): void {
  if (dx === 0 && dy === 0) return
  const stack: SceneRecord[] = [node]
  for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
    if (at.kind === 'GROUP') {
      stack.push(...at.children)
    } else if (at.kind === 'CONNECTOR') {
      for (const end of ['start', 'end'] as const) {
        const endpoint = at[end]
        if (!('endpointNodeId' in endpoint)) at[end] = { position: { x: endpoint.position.x + dx, y: endpoint.position.y + dy } }
      }
    } else {
      at.x += dx
      at.y += dy
    }
  }
}
