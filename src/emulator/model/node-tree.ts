import { endpointPoint } from './connector-geometry'
import { type ConnectorRecord, type ContainerRecord, isContainer, type NodeRecord, type SceneRecord } from './node-records'
import type { NodeRegistry } from './node-registry'

/**
 * Every node under `container`, parents before children (the order `findAll` returns). Walked with
 * an explicit stack: a board nested thousands deep must not overflow the call stack.
 */
export function descendantsOf(container: ContainerRecord): SceneRecord[] {
  const found: SceneRecord[] = []
  const stack: SceneRecord[] = [...container.children].reverse()
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    found.push(node)
    if (isContainer(node)) for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as SceneRecord)
  }
  return found
}

/** True when `node` is `candidate` or lies inside it. */
export function isInside(node: NodeRecord, candidate: NodeRecord): boolean {
  let current: NodeRecord | null = node
  while (current !== null) {
    if (current === candidate) return true
    current = current.kind === 'PAGE' || current.kind === 'DOCUMENT' ? null : current.parent
  }
  return false
}

/**
 * Takes `node` out of its parent. A group left empty goes too, and so on up: Figma has no empty
 * groups [T: figma.group, "empty groups are not supported in Figma"].
 */
export function detach(registry: NodeRegistry, node: SceneRecord): void {
  const parent = node.parent
  if (parent === null) return
  const index = parent.children.indexOf(node)
  if (index >= 0) parent.children.splice(index, 1)
  node.parent = null
  if (parent.kind === 'GROUP' && parent.children.length === 0) removeSceneNode(registry, parent)
}

/**
 * Moves `node` under `parent` at `index` (the end when undefined). The node keeps its numeric x/y,
 * so it lands at the same offset from its new parent: that is Figma's rule, not a canvas-preserving move.
 */
export function insertChild(registry: NodeRegistry, parent: ContainerRecord, node: SceneRecord, index?: number): void {
  // [G] create-section, position-figjam-nodes: sections sit on the page and hold nodes. What FigJam
  // does with a section put into a group or a frame is not documented, so the emulator refuses it.
  if (node.kind === 'SECTION' && (parent.kind === 'GROUP' || parent.kind === 'FRAME')) {
    throw new Error(`Cannot put section ${node.id} into a ${parent.kind.toLowerCase()}: the emulator keeps sections on the page or in sections (FigJam's behaviour is not documented)`)
  }
  // Only a node with children can hold the new parent: the walk up is skipped for the rest.
  const mayHoldParent = parent === node || (isContainer(node) && node.children.length > 0)
  if (mayHoldParent && isInside(parent, node)) throw new Error(`Cannot move node ${node.id} into itself or one of its children`)
  const at = index === undefined ? parent.children.length : index
  if (!Number.isInteger(at) || at < 0 || at > parent.children.length) {
    throw new RangeError(`insertChild: index ${String(index)} is outside 0..${parent.children.length}`)
  }
  // Reordering within one parent is no detaching: a group whose only child moves stays.
  if (node.parent === parent) parent.children.splice(parent.children.indexOf(node), 1)
  else detach(registry, node)
  // Reordering within the same parent: the index counted the node itself.
  parent.children.splice(Math.min(at, parent.children.length), 0, node)
  node.parent = parent
}

/**
 * Removes a node and everything inside it. Connectors attached to a removed node stay on the board
 * with a free end where the node was, as FigJam leaves them.
 */
export function removeSceneNode(registry: NodeRegistry, node: SceneRecord): void {
  const doomed = isContainer(node) ? [node, ...descendantsOf(node)] : [node]
  const doomedIds = new Set(doomed.map((record) => record.id))
  // Only connectors with an end on a removed node lose it: the registry finds them by that node.
  const touched = new Set<ConnectorRecord>()
  for (const record of doomed) for (const connector of registry.connectorsAttachedTo(record.id) ?? []) if (!doomedIds.has(connector.id)) touched.add(connector)
  const freed: { connector: ConnectorRecord; end: 'start' | 'end'; point: Vector }[] = []
  for (const connector of touched) {
    for (const end of ['start', 'end'] as const) {
      const endpoint = connector[end]
      if ('endpointNodeId' in endpoint && doomedIds.has(endpoint.endpointNodeId)) {
        freed.push({ connector, end, point: endpointPoint(connector, end, registry.scene) })
      }
    }
  }
  for (const { connector, end, point } of freed) registry.setConnectorEnd(connector, end, { position: point })
  detach(registry, node)
  for (const record of doomed) {
    record.removed = true
    registry.unregister(record)
  }
  // The selection drops removed nodes when it is read (page-node-facade), not here once per removal.
}
