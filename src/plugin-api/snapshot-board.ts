import { fail, MAX_BOARD_NESTING, ok, type Result } from '../model'
import { type BoardSnapshot, SNAPSHOT_CONTAINER_TYPES, type SnapshotNode } from '../reader/board-snapshot'
import { TAG_NAMESPACE } from '../plugin-data/board-tags'
import { snapshotNode } from './snapshot-node'

/** What to read: the selection (grown to the whole board a selected node is on), the current page, or one node. */
export type SnapshotScope = 'selection' | 'page' | { nodeId: string }

/**
 * A snapshot of the live board, for readBoard. Reads through `api` only, never changes anything.
 * With 'selection', a node on a generated board stands for that whole board, so selecting one
 * sticky reads the board it is on. Connectors drawn on the page between nodes in scope are included.
 * @returns the snapshot, or a problem when there is nothing to read (an empty selection, a missing node).
 */
export async function snapshotBoardAsync(api: PluginAPI, scope: SnapshotScope): Promise<Result<BoardSnapshot>> {
  const page = api.currentPage
  const roots = await rootsOfAsync(api, page, scope)
  if (!roots.ok) return roots

  const nodes: SnapshotNode[] = []
  const seen = new Set<string>()
  let tooDeep: string | undefined
  const visit = (node: SceneNode, parentId: string | null, depth: number): void => {
    if (seen.has(node.id) || tooDeep !== undefined) return
    if (depth > MAX_BOARD_NESTING) {
      tooDeep = node.id
      return
    }
    const snapshot = snapshotNode(node, parentId)
    if (snapshot === undefined) return
    seen.add(snapshot.id)
    nodes.push(snapshot)
    if (SNAPSHOT_CONTAINER_TYPES.has(snapshot.type) && 'children' in node) {
      for (const child of node.children) visit(child, snapshot.id, depth + 1)
    }
  }
  for (const root of roots.value) visit(root, null, 1)
  if (tooDeep !== undefined) {
    return fail([
      {
        path: `node ${tooDeep}`,
        message: `the board nests sections, groups or frames more than ${MAX_BOARD_NESTING} deep; Journeyboard reads boards nested at most ${MAX_BOARD_NESTING} deep`
      }
    ])
  }

  if (scope !== 'page') {
    // A connector joining nodes in scope may have been drawn on the page, outside the board section.
    for (const connector of page.findAllWithCriteria({ types: ['CONNECTOR'] })) {
      if (seen.has(connector.id)) continue
      const snapshot = snapshotNode(connector, null)
      const ends = [snapshot?.start, snapshot?.end]
      if (snapshot !== undefined && ends.some((end) => end !== undefined && 'nodeId' in end && seen.has(end.nodeId))) {
        seen.add(snapshot.id)
        nodes.push(snapshot)
      }
    }
  }
  return ok({ nodes })
}

async function rootsOfAsync(api: PluginAPI, page: PageNode, scope: SnapshotScope): Promise<Result<readonly SceneNode[]>> {
  if (scope === 'page') return ok(page.children)
  if (scope === 'selection') {
    const selection = page.selection
    if (selection.length === 0) return fail([{ path: 'selection', message: 'nothing is selected: select a board, or part of one, to read' }])
    // By id, in selection order: a big hand-made selection has one root per sticky, so no pairwise checks.
    const roots = new Map<string, SceneNode>()
    for (const node of selection.map(boardOf)) if (!roots.has(node.id)) roots.set(node.id, node)
    // A node inside another root is read with it.
    return ok([...roots.values()].filter((root) => !hasAncestorIn(root, roots)))
  }
  const node = await api.getNodeByIdAsync(scope.nodeId)
  if (node === null) return fail([{ path: 'nodeId', message: `no node has id "${scope.nodeId}" (was it deleted?)` }])
  if (node.type === 'PAGE') return ok(node.children)
  if (node.type === 'DOCUMENT') return ok(page.children)
  return ok([node as SceneNode])
}

/** The generated board section a node is on, or the node itself. */
function boardOf(node: SceneNode): SceneNode {
  let board: SceneNode = node
  for (let current: BaseNode | null = node; current !== null && current.type !== 'PAGE' && current.type !== 'DOCUMENT'; current = current.parent) {
    if (current.type === 'SECTION' && current.getSharedPluginData(TAG_NAMESPACE, 'role') === 'board') board = current
  }
  return board
}

function hasAncestorIn(node: SceneNode, roots: ReadonlyMap<string, SceneNode>): boolean {
  for (let parent = node.parent; parent !== null; parent = parent.parent) {
    if (roots.has(parent.id)) return true
  }
  return false
}
