import type * as Rest from '@figma/rest-api-spec'

import { TAG_NAMESPACE } from '../plugin-data/board-tags'
import { isOwnLineNoLink } from '../plugin-data/is-own-line-no-link'
import { boardNestingProblem, fail, formatZodIssues, ok, type Problem, type Result } from '../model'
import { type BoardSnapshot, NO_NODE_BOX, NO_NODE_DATA, SNAPSHOT_CONTAINER_TYPES, SNAPSHOT_NAMED_TYPES, type SnapshotEndpoint, SnapshotLineTypeSchema, SnapshotMagnetSchema, type SnapshotNode, WIDE_STICKY_MIN_WIDTH } from './board-snapshot'
import { type RestBoardEndpoint, type RestBoardNode, RestBoardNodeSchema, RestFileResponseSchema, RestNodesResponseSchema } from './rest-board-schema'
import { restrictSnapshot } from './restrict-snapshot'
import { snapshotCap } from './snapshot-cap'
import { solidPaintHex } from './solid-paint-hex'

export interface RestSnapshotOptions {
  /** Read only this section (its id, or its name: the first section with that name). */
  section?: string
}

/** What a REST response may be: a whole file, or the nodes asked for by id. */
export type RestBoardResponse = Rest.GetFileResponse | Rest.GetFileNodesResponse

/**
 * A board snapshot from REST JSON: `GET /v1/files/:key?plugin_data=shared` (the first page) or
 * `GET /v1/files/:key/nodes?ids=...&plugin_data=shared` (every node returned). REST gives absolute
 * boxes and flat `characters` already; caps are renamed to the Plugin API's names.
 * @returns the snapshot, or the problems when the JSON is not such a response or the section is not in it.
 */
export function snapshotFromRestFile(file: RestBoardResponse | unknown, options: RestSnapshotOptions = {}): Result<BoardSnapshot> {
  const tooDeep = boardNestingProblem(file)
  if (tooDeep !== undefined) return fail([tooDeep])
  const roots = rootsOf(file)
  if (!roots.ok) return roots
  const nodes: SnapshotNode[] = []
  const problems: Problem[] = []
  for (const root of roots.value.nodes) collect(root.node, root.path, null, nodes, problems)
  if (problems.length > 0) return fail(problems)
  const snapshot: BoardSnapshot = { nodes }
  if (options.section === undefined) return ok(snapshot)

  const wanted = options.section
  const section =
    nodes.find((node) => node.type === 'SECTION' && node.id === wanted) ?? nodes.find((node) => node.type === 'SECTION' && node.name === wanted)
  if (section === undefined) return fail([{ path: 'section', message: `the file has no section named or with id "${wanted}"` }])
  return ok(restrictSnapshot(snapshot, section.id))
}

interface RestRoots {
  nodes: { node: unknown; path: string }[]
}

function rootsOf(file: unknown): Result<RestRoots> {
  if (file !== null && typeof file === 'object' && 'nodes' in file) {
    const parsed = RestNodesResponseSchema.safeParse(file)
    if (!parsed.success) return fail(formatZodIssues(parsed.error.issues, file))
    const nodes = Object.entries(parsed.data.nodes).flatMap(([id, entry]) =>
      entry === null ? [] : [{ node: entry.document, path: `nodes["${id}"].document` }]
    )
    return ok({ nodes })
  }
  const parsed = RestFileResponseSchema.safeParse(file)
  if (!parsed.success) return fail(formatZodIssues(parsed.error.issues, file))
  const page = parsed.data.document.children.find((child) => child.type === 'CANVAS')
  if (page === undefined) return fail([{ path: 'document.children', message: 'the file has no page (CANVAS node)' }])
  const index = parsed.data.document.children.indexOf(page)
  return ok({
    nodes: page.children.map((node, i) => ({ node, path: `document.children[${index}].children[${i}]` }))
  })
}

/** Adds the node and its subtree, parents first. A page or document given as a root is walked through. */
function collect(input: unknown, path: string, parentId: string | null, out: SnapshotNode[], problems: Problem[]): void {
  const parsed = RestBoardNodeSchema.safeParse(input)
  if (!parsed.success) {
    problems.push(...formatZodIssues(parsed.error.issues, input, path))
    return
  }
  const node = parsed.data
  const container = node.type === 'DOCUMENT' || node.type === 'CANVAS'
  const children = container || SNAPSHOT_CONTAINER_TYPES.has(node.type) ? (node.children ?? []) : []
  if (!container) {
    const snapshot = snapshotNode(node, parentId)
    if (snapshot === undefined) return
    out.push(snapshot)
  }
  const childParent = container ? parentId : node.id
  children.forEach((child, i) => collect(child, `${path}.children[${i}]`, childParent, out, problems))
}

/**
 * One node of the snapshot. Stickies, texts, shapes, cells and containers are each one object
 * literal with every field they have, in the order the live reading gives them, so each has the
 * literal's hidden class: a literal added to afterwards gets a class that lasts only while such a
 * node does, and a full collection between two readings throws away the reader's code specialised
 * to it. Connectors (few beside stickies) and nodes of other kinds are made field by field.
 */
function snapshotNode(node: RestBoardNode, parentId: string | null): SnapshotNode | undefined {
  const rect = node.absoluteBoundingBox ?? undefined
  const type = node.type
  if (rect === undefined && type !== 'CONNECTOR') return undefined
  const box = rect === undefined ? NO_NODE_BOX : { x: rect.x, y: rect.y, width: Math.max(0, rect.width), height: Math.max(0, rect.height) }
  const id = node.id
  const name = SNAPSHOT_NAMED_TYPES.has(type) ? node.name : ''
  const entries = node.sharedPluginData?.[TAG_NAMESPACE]
  const data = entries === undefined || Object.keys(entries).length === 0 ? NO_NODE_DATA : { ...entries }
  const text = node.characters
  const fill = solidPaintHex(node.fills)
  const shapeType = node.shapeType
  if (type !== 'CONNECTOR' && shapeType === undefined) {
    if (type === 'STICKY' && text !== undefined) {
      const wide = box.width > WIDE_STICKY_MIN_WIDTH
      return fill === undefined ? { id, type, name, parentId, box, data, text, wide } : { id, type, name, parentId, box, data, text, fill, wide }
    }
    if (type !== 'STICKY' && text !== undefined) return fill === undefined ? { id, type, name, parentId, box, data, text } : { id, type, name, parentId, box, data, text, fill }
    if (type !== 'STICKY') return fill === undefined ? { id, type, name, parentId, box, data } : { id, type, name, parentId, box, data, fill }
  }
  if (type === 'SHAPE_WITH_TEXT' && text !== undefined && shapeType !== undefined) {
    return fill === undefined ? { id, type, name, parentId, box, data, text, shapeType } : { id, type, name, parentId, box, data, text, fill, shapeType }
  }
  const out: SnapshotNode = { id, type, name, parentId, box, data }
  if (text !== undefined) out.text = text
  if (fill !== undefined) out.fill = fill
  if (shapeType !== undefined) out.shapeType = shapeType
  if (type === 'STICKY') out.wide = box.width > WIDE_STICKY_MIN_WIDTH
  if (type === 'CONNECTOR') {
    const stroke = solidPaintHex(node.strokes)
    if (stroke !== undefined) out.stroke = stroke
    const start = endpointOf(node.connectorStart)
    const end = endpointOf(node.connectorEnd)
    if (start !== undefined) out.start = start
    if (end !== undefined) out.end = end
    out.startCap = snapshotCap(node.connectorStartStrokeCap)
    out.endCap = snapshotCap(node.connectorEndStrokeCap)
    // As the live reading: the board's own lines that are no links are drawn as the plan says.
    const lineType = SnapshotLineTypeSchema.safeParse(node.connectorLineType ?? 'ELBOWED')
    if (lineType.success && !isOwnLineNoLink(out.data)) out.lineType = lineType.data
  }
  return out
}

/** REST gives an attached end its node id (with a magnet or a relative position) and a free end a position only. */
function endpointOf(endpoint: RestBoardEndpoint | undefined): SnapshotEndpoint | undefined {
  if (endpoint === undefined) return undefined
  if (endpoint.endpointNodeId !== undefined) {
    // A magnet REST names and the snapshot does not know yet is left out, as NONE is: the end's place is then not modelled.
    const magnet = SnapshotMagnetSchema.safeParse(endpoint.magnet)
    return magnet.success ? { nodeId: endpoint.endpointNodeId, magnet: magnet.data } : { nodeId: endpoint.endpointNodeId }
  }
  if (endpoint.position !== undefined) return { position: { x: endpoint.position.x, y: endpoint.position.y } }
  return undefined
}
