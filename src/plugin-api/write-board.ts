import type { BoardPlan, PlanConnector, PlanFont, PlanNode, PlanSection, PlanShape, PlanSticky, PlanText, Point } from '../layout/board-plan'
import type { Journey } from '../model'
import { encodeBoardData, encodeNodeTag, TAG_NAMESPACE } from '../plugin-data/board-tags'
import { BoardWriteError } from './board-write-error'
import { solidPaint } from './solid-paint'

export const DEFAULT_CHUNK_SIZE = 200

export interface WriteBoardOptions {
  /** Where the board section's top-left corner goes on the page; default (0, 0). */
  origin?: Point
  /** Stored on the board section beside the layout version, so the board can be read back exactly. */
  journey?: Journey
  /** Nodes written between two yields; default DEFAULT_CHUNK_SIZE. */
  chunkSize?: number
  /** Gives the editor a turn between chunks, so a big board does not freeze FigJam. */
  yieldAsync?: () => Promise<void>
  /** Called after every chunk with the nodes written so far and the total. */
  onProgress?: (done: number, total: number) => void
}

export interface NodeCounts {
  sections: number
  stickies: number
  shapes: number
  texts: number
  connectors: number
}

export interface WriteResult {
  board: SectionNode
  /** The node id each plan key became. */
  nodeIds: Record<string, string>
  counts: NodeCounts
  /** Every font loaded, once each. */
  fonts: FontName[]
}

const defaultYieldAsync = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Carries out a board plan: loads each of its fonts once, then creates the nodes in plan order
 * (parents first, connectors after both ends), appending each to its parent before positioning it,
 * since x/y are relative to the parent. Texts, fills, sizes and tags come straight from the plan;
 * the writer measures nothing, so the plan stays authoritative. It works in chunks, yielding and
 * reporting progress between them.
 *
 * Nothing is left half-drawn: if anything fails, every node created so far is removed and a
 * BoardWriteError names the plan node it failed on. Existing nodes are never touched.
 */
export async function writeBoardAsync(api: PluginAPI, plan: BoardPlan, options: WriteBoardOptions = {}): Promise<WriteResult> {
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? DEFAULT_CHUNK_SIZE))
  const yieldAsync = options.yieldAsync ?? defaultYieldAsync
  const origin = options.origin ?? { x: 0, y: 0 }
  checkPlan(plan)

  const fonts = plan.fonts.map(fontName)
  try {
    await Promise.all(fonts.map((font) => api.loadFontAsync(font)))
  } catch (error) {
    throw new BoardWriteError(`Could not load the board's fonts (${fonts.map(fontLabel).join(', ')}): ${messageOf(error)}`, { cause: error })
  }

  const created: SceneNode[] = []
  const nodes = new Map<string, SceneNode>()
  const counts: NodeCounts = { sections: 0, stickies: 0, shapes: 0, texts: 0, connectors: 0 }
  const total = plan.nodes.length
  let current: PlanNode | undefined
  try {
    for (let start = 0; start < total; start += chunkSize) {
      for (const spec of plan.nodes.slice(start, start + chunkSize)) {
        current = spec
        const node = writeNode(api, spec, nodes, origin, (fresh) => created.push(fresh))
        for (const [key, value] of Object.entries(encodeNodeTag(spec.key, spec.tag))) node.setSharedPluginData(TAG_NAMESPACE, key, value)
        if (spec.parent === null) {
          for (const [key, value] of Object.entries(encodeBoardData(plan.layoutVersion, options.journey))) {
            node.setSharedPluginData(TAG_NAMESPACE, key, value)
          }
        }
        nodes.set(spec.key, node)
        countNode(counts, spec)
      }
      current = undefined
      const done = Math.min(total, start + chunkSize)
      options.onProgress?.(done, total)
      if (done < total) await yieldAsync()
    }
  } catch (error) {
    const removed = removeAll(created)
    const where = current === undefined ? 'between chunks' : `at ${current.kind} "${current.key}"`
    throw new BoardWriteError(
      `Could not draw the board: failed ${where} after ${created.length} of ${total} nodes (${messageOf(error)}). ` +
        `${removed === created.length ? 'Everything drawn so far was removed.' : `${created.length - removed} nodes could not be removed.`}`,
      { planKey: current?.key, cause: error }
    )
  }

  const board = nodes.get(plan.nodes[0]?.key ?? '')
  if (board === undefined || board.type !== 'SECTION') throw new Error('the plan did not start with its board section')
  const nodeIds: Record<string, string> = {}
  for (const [key, node] of nodes) nodeIds[key] = node.id
  return { board, nodeIds, counts, fonts }
}

/** Creates one node and hands it to `track` the moment it exists, so a failure later on can remove it. */
function writeNode(
  api: PluginAPI,
  spec: PlanNode,
  nodes: ReadonlyMap<string, SceneNode>,
  origin: Point,
  track: (node: SceneNode) => void
): SceneNode {
  const parent = spec.parent === null ? api.currentPage : parentSection(nodes, spec)
  // Only the board section sits on the page; everything else is placed relative to its section.
  const offset = spec.parent === null ? origin : { x: 0, y: 0 }
  switch (spec.kind) {
    case 'section':
      return writeSection(api, spec, parent, offset, track)
    case 'sticky':
      return writeSticky(api, spec, parent, offset, track)
    case 'shape':
      return writeShape(api, spec, parent, offset, track)
    case 'text':
      return writeText(api, spec, parent, offset, track)
    case 'connector':
      return writeConnector(api, spec, parent, nodes, track)
  }
}

function writeSection(api: PluginAPI, spec: PlanSection, parent: ChildrenMixin, offset: Point, track: (node: SceneNode) => void): SectionNode {
  const node = api.createSection()
  track(node)
  parent.appendChild(node)
  node.name = spec.name
  node.x = offset.x + spec.x
  node.y = offset.y + spec.y
  // Sections never grow to fit what is put in them.
  node.resizeWithoutConstraints(spec.width, spec.height)
  node.fills = [solidPaint(spec.fill)]
  return node
}

function writeSticky(api: PluginAPI, spec: PlanSticky, parent: ChildrenMixin, offset: Point, track: (node: SceneNode) => void): StickyNode {
  const node = api.createSticky()
  track(node)
  parent.appendChild(node)
  node.name = spec.name
  node.x = offset.x + spec.x
  node.y = offset.y + spec.y
  node.isWideWidth = spec.wide
  node.authorVisible = false
  node.fills = [solidPaint(spec.fill)]
  writeLabel(node.text, spec)
  return node
}

function writeShape(api: PluginAPI, spec: PlanShape, parent: ChildrenMixin, offset: Point, track: (node: SceneNode) => void): ShapeWithTextNode {
  const node = api.createShapeWithText()
  track(node)
  parent.appendChild(node)
  node.name = spec.name
  node.shapeType = spec.shapeType
  node.resize(spec.width, spec.height)
  node.x = offset.x + spec.x
  node.y = offset.y + spec.y
  node.fills = [solidPaint(spec.fill)]
  if (spec.stroke !== undefined) node.strokes = [solidPaint(spec.stroke)]
  if (spec.text !== '') writeLabel(node.text, spec)
  return node
}

function writeText(api: PluginAPI, spec: PlanText, parent: ChildrenMixin, offset: Point, track: (node: SceneNode) => void): TextNode {
  const node = api.createText()
  track(node)
  parent.appendChild(node)
  node.fontName = fontName(spec.font)
  node.fontSize = spec.fontSize
  node.characters = spec.text
  node.name = spec.name
  node.fills = [solidPaint(spec.fill)]
  // A fixed width that wraps, with the height following the text.
  node.resize(spec.width, spec.height)
  node.textAutoResize = 'HEIGHT'
  node.x = offset.x + spec.x
  node.y = offset.y + spec.y
  return node
}

function writeConnector(
  api: PluginAPI,
  spec: PlanConnector,
  parent: ChildrenMixin,
  nodes: ReadonlyMap<string, SceneNode>,
  track: (node: SceneNode) => void
): ConnectorNode {
  const node = api.createConnector()
  track(node)
  parent.appendChild(node)
  node.name = spec.name
  node.connectorStart = { endpointNodeId: endNode(nodes, spec, spec.start).id, magnet: 'AUTO' }
  node.connectorEnd = { endpointNodeId: endNode(nodes, spec, spec.end).id, magnet: 'AUTO' }
  node.connectorLineType = spec.lineType
  node.connectorStartStrokeCap = spec.startCap
  node.connectorEndStrokeCap = spec.endCap
  node.strokes = [solidPaint(spec.stroke)]
  node.strokeWeight = spec.strokeWeight
  // A fresh connector's label has no usable font: assign one before writing the label.
  if (spec.text !== '') writeLabel(node.text, spec)
  return node
}

/** Font, size, then characters: the order FigJam needs once the font is loaded. */
function writeLabel(text: TextSublayerNode, spec: { font: PlanFont; fontSize: number; text: string }): void {
  text.fontName = fontName(spec.font)
  text.fontSize = spec.fontSize
  text.characters = spec.text
}

function parentSection(nodes: ReadonlyMap<string, SceneNode>, spec: PlanNode): SectionNode {
  const parent = spec.parent === null ? undefined : nodes.get(spec.parent)
  if (parent === undefined || parent.type !== 'SECTION') throw new Error(`the parent "${spec.parent}" of "${spec.key}" is not a section drawn before it`)
  return parent
}

function endNode(nodes: ReadonlyMap<string, SceneNode>, spec: PlanConnector, key: string): SceneNode {
  const node = nodes.get(key)
  if (node === undefined) throw new Error(`connector "${spec.key}" joins "${key}", which is not drawn before it`)
  return node
}

/** Plan mistakes are bugs: refuse before creating anything. */
function checkPlan(plan: BoardPlan): void {
  const seen = new Map<string, PlanNode>()
  plan.nodes.forEach((node, index) => {
    if (seen.has(node.key)) throw new Error(`the plan has two nodes keyed "${node.key}"`)
    if ((index === 0) !== (node.parent === null)) throw new Error(`only the plan's first node is the board; "${node.key}" breaks that`)
    if (node.parent !== null && seen.get(node.parent)?.kind !== 'section') {
      throw new Error(`"${node.key}" must come after its parent section "${node.parent}"`)
    }
    if (node.kind === 'connector') {
      for (const end of [node.start, node.end]) {
        if (!seen.has(end)) throw new Error(`connector "${node.key}" must come after "${end}", the node it joins`)
      }
    }
    seen.set(node.key, node)
  })
  if (plan.nodes[0]?.kind !== 'section') throw new Error('a board plan starts with its board section')
  const fonts = new Set(plan.fonts.map(fontLabel))
  for (const node of plan.nodes) {
    if (node.kind !== 'section' && !fonts.has(fontLabel(node.font))) {
      throw new Error(`"${node.key}" uses ${fontLabel(node.font)}, which the plan does not list among its fonts`)
    }
  }
}

/** Removes what was created, newest first; returns how many went. */
function removeAll(created: readonly SceneNode[]): number {
  let removed = 0
  for (const node of [...created].reverse()) {
    try {
      // Removing a section takes its children with it.
      if (!node.removed) node.remove()
      removed += 1
    } catch {
      // Keep removing the rest; the error says how many were left.
    }
  }
  return removed
}

function countNode(counts: NodeCounts, spec: PlanNode): void {
  if (spec.kind === 'section') counts.sections += 1
  else if (spec.kind === 'sticky') counts.stickies += 1
  else if (spec.kind === 'shape') counts.shapes += 1
  else if (spec.kind === 'text') counts.texts += 1
  else counts.connectors += 1
}

function fontName(font: PlanFont): FontName {
  return { family: font.family, style: font.style }
}

function fontLabel(font: PlanFont): string {
  return `${font.family} ${font.style}`
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
