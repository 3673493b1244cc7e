import { fail, MAX_BOARD_NESTING, ok, problem, type Result } from '../model'
import { decodeBoardTag, storedPartKey, TAG_KEY, TAG_NAMESPACE } from '../plugin-data/board-tags'
import { isOwnLineNoLink } from '../plugin-data/is-own-line-no-link'
import { type BoardSnapshot, NO_NODE_BOX, NO_NODE_DATA, SNAPSHOT_CONTAINER_TYPES, SNAPSHOT_NAMED_TYPES, type SnapshotBox, type SnapshotEndpoint, type SnapshotNode, WIDE_STICKY_MIN_WIDTH } from '../reader/board-snapshot'
import { IdTable } from '../reader/id-table'
import { snapshotCap } from '../reader/snapshot-cap'
import { type PaintLike, solidPaintHex } from '../reader/solid-paint-hex'
import type { LiveBoard, LiveNode, LiveNodesById } from './live-board'

/** What to read: the selection (grown to the whole board a selected node is on), the current page, or one node. */
export type SnapshotScope = 'selection' | 'page' | { nodeId: string }

/**
 * Reads the live board once, for the reader and for a writer: every node in scope, each property
 * read at most once and only what reading the board or comparing it with a plan needs (names only
 * of sections, where FigJam shows them; a node's tag with one call inside a board). Connectors
 * drawn on the page between nodes in scope are included. With 'selection', a node on a generated
 * board stands for that whole board. Changes nothing.
 * @returns the reading, or a problem when there is nothing to read (an empty selection, a missing node).
 */
export async function readLiveBoardAsync(api: PluginAPI, scope: SnapshotScope): Promise<Result<LiveBoard>> {
  const page = api.currentPage
  const roots = await rootsOfAsync(api, page, scope)
  if (!roots.ok) return roots

  const nodes: SnapshotNode[] = []
  const live = new LiveNodeTable()
  // Depth first with an explicit stack, parents before children in document order: each root's
  // nodes before the next root (a page of 5,000 stickies has 5,000 roots, put on the stack one by one).
  // The stack is four parallel lists, not an object per entry: a page of 5,000 stickies would make
  // 5,000 entries only to take them apart again.
  const stackNodes: SceneNode[] = []
  const stackParents: (string | null)[] = []
  const stackOldTags: boolean[] = []
  const stackDepths: number[] = []
  const rootList = roots.value
  // Indexed, not for-of: an iterator result per root where the loop is not optimised.
  for (let r = 0; r < rootList.length; r += 1) {
    stackNodes.push(rootList[r]!)
    stackParents.push(null)
    stackOldTags.push(true)
    stackDepths.push(1)
    while (stackNodes.length > 0) {
      const node = stackNodes.pop()!
      const parentId = stackParents.pop()!
      const oldTagsPossible = stackOldTags.pop()!
      const depth = stackDepths.pop()!
      if (depth > MAX_BOARD_NESTING) {
        return fail([problem(`node ${node.id}`, 'board-nested-too-deep', { max: MAX_BOARD_NESTING })])
      }
      const read = readNode(node, parentId, oldTagsPossible)
      // A page is a tree of nodes with ids of their own: none is reached twice, so none is looked up here.
      if (read === undefined) continue
      nodes.push(read.snap)
      live.add(read)
      if (read.snap.type === 'TABLE') {
        const cells = readTableCells(node as TableNode, read.snap.box)
        nodes.push(...cells.nodes)
        read.raw.cells = cells.texts
      }
      const children = read.raw.children
      if (children !== undefined) {
        // Inside a section in the current scheme, every tag is in the current scheme: one call per node.
        const oldInside = read.snap.data[TAG_KEY] === undefined
        for (let i = children.length - 1; i >= 0; i -= 1) {
          stackNodes.push(children[i]!)
          stackParents.push(read.snap.id)
          stackOldTags.push(oldInside)
          stackDepths.push(depth + 1)
        }
      }
    }
  }

  if (scope !== 'page') {
    // A connector joining nodes in scope may have been drawn on the page, outside the board section.
    for (const connector of page.findAllWithCriteria({ types: ['CONNECTOR'] })) {
      if (live.has(connector.id)) continue
      const read = readNode(connector, null, true)
      const ends = [read?.snap.start, read?.snap.end]
      if (read !== undefined && ends.some((end) => end !== undefined && 'nodeId' in end && live.has(end.nodeId))) {
        nodes.push(read.snap)
        live.add(read)
      }
    }
  }
  return ok({ snapshot: { nodes }, nodes: live })
}

/**
 * The live nodes read, by id, the table made when first asked for: a writer looks nodes up, while
 * reading a board into a journey never does, and a table of a page of 5,000 stickies was 5,000
 * entries made and probed on every reading.
 */
class LiveNodeTable implements LiveNodesById {
  private readonly reads: LiveNode[] = []
  private byId: IdTable<LiveNode> | undefined

  add(read: LiveNode): void {
    this.reads.push(read)
    if (this.byId !== undefined) keepFirst(this.byId, read)
  }

  get(id: string): LiveNode | undefined {
    return this.table().get(id)
  }

  has(id: string): boolean {
    return this.table().has(id)
  }

  private table(): IdTable<LiveNode> {
    if (this.byId === undefined) {
      // Spread over Maps small enough for V8 to keep as ordinary objects (see IdTable).
      const byId = new IdTable<LiveNode>(this.reads.length)
      for (let i = 0; i < this.reads.length; i += 1) keepFirst(byId, this.reads[i]!)
      this.byId = byId
    }
    return this.byId
  }
}

/** The first node read with an id is the one a writer gets, as when the table was filled while reading. */
function keepFirst(byId: IdTable<LiveNode>, read: LiveNode): void {
  if (!byId.has(read.snap.id)) byId.set(read.snap.id, read)
}

/** The snapshot alone, for reading a board into a journey. */
export async function snapshotBoardAsync(api: PluginAPI, scope: SnapshotScope): Promise<Result<BoardSnapshot>> {
  const read = await readLiveBoardAsync(api, scope)
  return read.ok ? ok(read.value.snapshot) : read
}

/**
 * One live node, reading each property once and changing nothing.
 * @returns undefined for a node that is not on the canvas (no box), as REST leaves such nodes unplaced.
 */
function readNode(node: SceneNode, parentId: string | null, oldTagsPossible: boolean): LiveNode | undefined {
  const type = node.type
  const rect = node.absoluteBoundingBox
  if (rect === null && type !== 'CONNECTOR') return undefined
  const id = node.id
  const box = rect === null ? NO_NODE_BOX : boxOf(rect)
  const container = SNAPSHOT_CONTAINER_TYPES.has(type)
  const name = SNAPSHOT_NAMED_TYPES.has(type) ? node.name : ''
  const data = readTagData(node, oldTagsPossible)
  // Each node is one object literal with every field it has, so it has the literal's hidden class.
  // A literal spread with more fields after it gets a hidden class of its own for every node (5,000
  // stickies, 5,000 classes, and every look at a node misses V8's caches); a literal added to
  // afterwards gets a class that lasts only while such a node does, so a full collection between
  // two readings throws away the reader's code specialised to it.
  // Switching on the type read once: `node.type` again would ask FigJam again.
  switch (type) {
    case 'STICKY': {
      const sticky = node as StickyNode
      const fills = sticky.fills
      const text = sticky.text
      const characters = text.characters
      const fill = fillHex(fills)
      const wide = box.width > WIDE_STICKY_MIN_WIDTH
      const snap: SnapshotNode =
        fill === undefined ? { id, type, name, parentId, box, data, text: characters, wide } : { id, type, name, parentId, box, data, text: characters, fill, wide }
      return { handle: node, snap, raw: { fills, text } }
    }
    case 'SHAPE_WITH_TEXT': {
      const shape = node as ShapeWithTextNode
      const fills = shape.fills
      const text = shape.text
      const characters = text.characters
      const fill = fillHex(fills)
      const shapeType = shape.shapeType
      const snap: SnapshotNode =
        fill === undefined
          ? { id, type, name, parentId, box, data, text: characters, shapeType }
          : { id, type, name, parentId, box, data, text: characters, fill, shapeType }
      return { handle: node, snap, raw: { fills, text } }
    }
    case 'TEXT': {
      const text = node as TextNode
      const fills = text.fills
      const characters = text.characters
      const fill = fillHex(fills)
      const snap: SnapshotNode = fill === undefined ? { id, type, name, parentId, box, data, text: characters } : { id, type, name, parentId, box, data, text: characters, fill }
      return { handle: node, snap, raw: { fills } }
    }
    case 'SECTION': {
      const section = node as SectionNode
      const fills = section.fills
      const fill = fillHex(fills)
      const snap: SnapshotNode = fill === undefined ? { id, type, name, parentId, box, data } : { id, type, name, parentId, box, data, fill }
      return { handle: node, snap, raw: { fills, children: section.children } }
    }
    case 'CONNECTOR': {
      const connector = node as ConnectorNode
      const connectorStart = connector.connectorStart
      const connectorEnd = connector.connectorEnd
      const strokes = connector.strokes
      const text = connector.text
      const start = endpointOf(connectorStart)
      const end = endpointOf(connectorEnd)
      const stroke = solidPaintHex(strokes as readonly PaintLike[])
      // The board's own lines that are no links (an emotion curve's) are drawn as the plan says: their line type decides nothing.
      const lineType = isOwnLineNoLink(data) ? undefined : connector.connectorLineType
      // Connectors are few beside stickies: made field by field.
      const snap: SnapshotNode = { id, type, name, parentId, box, data, text: text.characters }
      if (stroke !== undefined) snap.stroke = stroke
      if (start !== undefined) snap.start = start
      if (end !== undefined) snap.end = end
      snap.startCap = snapshotCap(connector.connectorStartStrokeCap)
      snap.endCap = snapshotCap(connector.connectorEndStrokeCap)
      if (lineType !== undefined) snap.lineType = lineType
      return { handle: node, snap, raw: { strokes, connectorStart, connectorEnd, text } }
    }
    default:
      return { handle: node, snap: { id, type, name, parentId, box, data }, raw: container && 'children' in node ? { children: node.children } : {} }
  }
}

/**
 * A table's cells as TABLE_CELL nodes, row by row, each asked for once. A live cell has no id or
 * position of its own, so each is named after its table and place, and boxed from the table's box
 * and the sizes of the rows and columns before it. Each cell's text sublayer is kept with its words,
 * for a writer that moves the table (its cells' fonts must be loaded first).
 */
function readTableCells(table: TableNode, box: SnapshotBox): { nodes: SnapshotNode[]; texts: NonNullable<LiveNode['raw']['cells']> } {
  const grid = Array.from({ length: table.numRows }, (_, r) => Array.from({ length: table.numColumns }, (_, c) => table.cellAt(r, c)))
  const widths = (grid[0] ?? []).map((cell) => cell.width)
  const heights = grid.map((row) => row[0]?.height ?? 0)
  const cells: SnapshotNode[] = []
  const texts: { text: TextSublayerNode; characters: string }[] = []
  let top = box.y
  grid.forEach((row, r) => {
    let left = box.x
    row.forEach((cell, c) => {
      const width = widths[c] ?? 0
      const text = cell.text
      const characters = text.characters
      texts.push({ text, characters })
      const id = `${table.id};${r}:${c}`
      const cellBox = { x: left, y: top, width, height: heights[r] ?? 0 }
      const fill = fillHex(cell.fills)
      // One literal with every field, in the order of every other node's (see readNode).
      const cellNode: SnapshotNode =
        fill === undefined
          ? { id, type: 'TABLE_CELL', name: '', parentId: table.id, box: cellBox, data: NO_NODE_DATA, text: characters }
          : { id, type: 'TABLE_CELL', name: '', parentId: table.id, box: cellBox, data: NO_NODE_DATA, text: characters, fill }
      cells.push(cellNode)
      left += width
    })
    top += heights[r] ?? 0
  })
  return { nodes: cells, texts }
}

/**
 * A node's entries in the namespace, ready for decodeBoardTag: its tag with one call where only the
 * current scheme can be (inside a board in it); elsewhere every entry, since a board drawn before
 * tags were one entry spreads them over several.
 */
function readTagData(node: SceneNode, oldTagsPossible: boolean): Record<string, string> {
  if (oldTagsPossible) {
    const keys = node.getSharedPluginDataKeys(TAG_NAMESPACE)
    if (keys.length === 0) return NO_NODE_DATA
    const data: Record<string, string> = {}
    for (const key of keys) data[key] = node.getSharedPluginData(TAG_NAMESPACE, key)
    return data
  }
  const tag = node.getSharedPluginData(TAG_NAMESPACE, TAG_KEY)
  if (tag === '') return NO_NODE_DATA
  const data: Record<string, string> = { [TAG_KEY]: tag }
  // A board section inside another board (moved there by hand) still stores its journey.
  const decoded = decodeBoardTag(data)
  const parts = decoded.ok && decoded.value.tag.role === 'board' ? (decoded.value.storedParts ?? 0) : 0
  for (let index = 0; index < parts; index += 1) data[storedPartKey(index)] = node.getSharedPluginData(TAG_NAMESPACE, storedPartKey(index))
  return data
}

async function rootsOfAsync(api: PluginAPI, page: PageNode, scope: SnapshotScope): Promise<Result<readonly SceneNode[]>> {
  if (scope === 'page') return ok(page.children)
  if (scope === 'selection') {
    const selection = page.selection
    if (selection.length === 0) return fail([problem('selection', 'nothing-selected')])
    // By id, in selection order: a big hand-made selection has one root per sticky, so no pairwise checks.
    const roots = new Map<string, SceneNode>()
    for (const node of selection.map(boardOf)) if (!roots.has(node.id)) roots.set(node.id, node)
    // A node inside another root is read with it.
    return ok([...roots.values()].filter((root) => !hasAncestorIn(root, roots)))
  }
  const node = await api.getNodeByIdAsync(scope.nodeId)
  if (node === null) return fail([problem('nodeId', 'no-node', { id: scope.nodeId })])
  if (node.type === 'PAGE') return ok(node.children)
  if (node.type === 'DOCUMENT') return ok(page.children)
  return ok([node as SceneNode])
}

/** The generated board section a node is on, or the node itself. */
function boardOf(node: SceneNode): SceneNode {
  let board: SceneNode = node
  for (let current: BaseNode | null = node; current !== null && current.type !== 'PAGE' && current.type !== 'DOCUMENT'; current = current.parent) {
    if (current.type === 'SECTION' && isBoardSection(current)) board = current
  }
  return board
}

function isBoardSection(section: SectionNode): boolean {
  const tag = section.getSharedPluginData(TAG_NAMESPACE, TAG_KEY)
  if (tag === '') return section.getSharedPluginData(TAG_NAMESPACE, 'role') === 'board'
  const decoded = decodeBoardTag({ [TAG_KEY]: tag })
  return decoded.ok && decoded.value.tag.role === 'board'
}

function hasAncestorIn(node: SceneNode, roots: ReadonlyMap<string, SceneNode>): boolean {
  for (let parent = node.parent; parent !== null; parent = parent.parent) {
    if (roots.has(parent.id)) return true
  }
  return false
}

/**
 * The node's box: the Rect this read was given, kept as the paint lists read are, or a copy where a
 * side would be negative. A copy of every box was one more object per node kept for the whole
 * reading (nothing reading a snapshot writes to a box).
 */
function boxOf(rect: Rect): SnapshotBox {
  return rect.width >= 0 && rect.height >= 0 ? rect : { x: rect.x, y: rect.y, width: Math.max(0, rect.width), height: Math.max(0, rect.height) }
}

function fillHex(fills: unknown): string | undefined {
  return solidPaintHex(paints(fills))
}

/** Paint lists, or undefined for `figma.mixed` (a text node with several colours). */
function paints(value: unknown): readonly PaintLike[] | undefined {
  return Array.isArray(value) ? (value as readonly PaintLike[]) : undefined
}

function endpointOf(endpoint: ConnectorEndpoint): SnapshotEndpoint | undefined {
  if ('endpointNodeId' in endpoint) return 'magnet' in endpoint && endpoint.magnet !== 'NONE' ? { nodeId: endpoint.endpointNodeId, magnet: endpoint.magnet } : { nodeId: endpoint.endpointNodeId }
  if ('position' in endpoint) return { position: { x: endpoint.position.x, y: endpoint.position.y } }
  return undefined
}
