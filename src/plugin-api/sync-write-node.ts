import type { PlanConnector, PlanFont, PlanNode, PlanSection, PlanShape, PlanSticky, PlanText } from '../layout/board-plan'
import { PlanTagSchema } from '../layout/plan-tag'
import { solidPaintHex } from '../reader/solid-paint-hex'
import type { LinkUpdate } from '../sync/plan-board-sync'
import { encodeNodeTag, PLAN_KEY_KEY, TAG_NAMESPACE } from '../plugin-data/board-tags'
import { solidPaint } from './solid-paint'
import { type ChangeRecorder, UNRECORDED } from './sync-journal'

/** What writing one plan node needs: the API, the live nodes by plan key so far, and the fonts loaded. */
export interface SyncWriteContext {
  api: PluginAPI
  recorder: ChangeRecorder
  nodes: ReadonlyMap<string, SceneNode>
  loaded: ReadonlySet<string>
}

export interface NodeWriteOptions {
  /** Leave the sticky's fill as it is: a colour people chose that still reads right. */
  keepFill?: boolean
  /** A kept link connector: people's line style stays unless `restyle`; the label is rewritten only when `relabel`. */
  link?: LinkUpdate
}

/** The tag keys a node's entries may hold; others (the board's stored journey...) are not the tag's to clear. */
const TAG_KEYS = new Set([PLAN_KEY_KEY, ...Object.keys(PlanTagSchema.shape)])

/**
 * Creates the node for a plan node and writes it whole. It is recorded as created at once, so
 * undoing removes it; its own property writes need no recording.
 */
export function createPlanNode(ctx: SyncWriteContext, spec: PlanNode, record: (node: SceneNode) => void): SceneNode {
  const node = createBlank(ctx.api, spec)
  record(node)
  const fresh = { ...ctx, recorder: UNRECORDED }
  if (spec.kind === 'sticky') (node as StickyNode).authorVisible = false
  updatePlanNode(fresh, node, spec, {})
  return node
}

/**
 * Brings an existing node in line with its plan node: its section and place in it, size, colours,
 * text and tag, writing (and recording) only what differs. The board section itself stays where it
 * is on the page.
 */
export function updatePlanNode(ctx: SyncWriteContext, node: SceneNode, spec: PlanNode, options: NodeWriteOptions): void {
  const { recorder } = ctx
  if (spec.parent !== null) {
    const parent = ctx.nodes.get(spec.parent)
    if (parent === undefined || parent.type !== 'SECTION') throw new Error(`the parent "${spec.parent}" of "${spec.key}" is not a section drawn before it`)
    placeIn(recorder, node, parent, spec.x, spec.y)
  }
  if (node.name !== spec.name) rename(recorder, node, spec.name)
  switch (spec.kind) {
    case 'section':
      writeSection(recorder, node as SectionNode, spec)
      break
    case 'sticky':
      writeSticky(ctx, node as StickyNode, spec, options)
      break
    case 'shape':
      writeShape(ctx, node as ShapeWithTextNode, spec)
      break
    case 'text':
      writeText(ctx, node as TextNode, spec)
      break
    case 'connector':
      writeConnector(ctx, node as ConnectorNode, spec, options.link)
      break
  }
  writeTag(recorder, node, spec)
}

/**
 * Puts a node into `parent` at x/y relative to it; appendChild keeps numeric x/y, so the position
 * comes after. A connector only changes parent: it is drawn between its ends wherever they are.
 */
export function placeIn(recorder: ChangeRecorder, node: SceneNode, parent: BaseNode & ChildrenMixin, x: number, y: number): void {
  const from = node.parent
  if (from !== null && from.id !== parent.id) {
    const index = from.children.indexOf(node)
    parent.appendChild(node)
    recorder.done(() => from.insertChild(index, node))
  }
  // A connector goes where its ends are; moving it would only move a free end.
  if (node.type === 'CONNECTOR') return
  if (node.x !== x) recorder.set(node, 'x', x)
  if (node.y !== y) recorder.set(node, 'y', y)
}

/** Writes the node's tag entries, clearing tag entries it no longer has. */
export function writeTag(recorder: ChangeRecorder, node: SceneNode, spec: PlanNode): void {
  writeEntries(recorder, node, encodeNodeTag(spec.key, spec.tag), (key) => TAG_KEYS.has(key))
}

/** Sets shared plugin data entries that differ, and clears the node's entries `stale` picks that `entries` lacks. */
export function writeEntries(recorder: ChangeRecorder, node: BaseNode, entries: Readonly<Record<string, string>>, stale: (key: string) => boolean): void {
  const write = (key: string, value: string): void => {
    const previous = node.getSharedPluginData(TAG_NAMESPACE, key)
    if (previous === value) return
    node.setSharedPluginData(TAG_NAMESPACE, key, value)
    recorder.done(() => node.setSharedPluginData(TAG_NAMESPACE, key, previous))
  }
  for (const key of node.getSharedPluginDataKeys(TAG_NAMESPACE)) {
    if (stale(key) && !(key in entries)) write(key, '')
  }
  for (const [key, value] of Object.entries(entries)) write(key, value)
}

function createBlank(api: PluginAPI, spec: PlanNode): SceneNode {
  switch (spec.kind) {
    case 'section':
      return api.createSection()
    case 'sticky':
      return api.createSticky()
    case 'shape':
      return api.createShapeWithText()
    case 'text':
      return api.createText()
    case 'connector':
      return api.createConnector()
  }
}

function rename(recorder: ChangeRecorder, node: SceneNode, name: string): void {
  if (node.type !== 'TEXT') {
    recorder.set(node, 'name', name)
    return
  }
  // Naming a text node turns its auto-naming off: undoing must turn it back on.
  const previous = { name: node.name, autoRename: node.autoRename }
  node.name = name
  recorder.done(() => {
    node.name = previous.name
    node.autoRename = previous.autoRename
  })
}

function writeSection(recorder: ChangeRecorder, node: SectionNode, spec: PlanSection): void {
  if (node.width !== spec.width || node.height !== spec.height) {
    const previous = { width: node.width, height: node.height }
    node.resizeWithoutConstraints(spec.width, spec.height)
    recorder.done(() => node.resizeWithoutConstraints(previous.width, previous.height))
  }
  writeFill(recorder, node, spec.fill)
}

function writeSticky(ctx: SyncWriteContext, node: StickyNode, spec: PlanSticky, options: NodeWriteOptions): void {
  if (node.isWideWidth !== spec.wide) ctx.recorder.set(node, 'isWideWidth', spec.wide)
  if (options.keepFill !== true) writeFill(ctx.recorder, node, spec.fill)
  writeLabel(ctx, node.text, spec, `sticky "${spec.key}"`)
}

function writeShape(ctx: SyncWriteContext, node: ShapeWithTextNode, spec: PlanShape): void {
  const { recorder } = ctx
  if (node.shapeType !== spec.shapeType) recorder.set(node, 'shapeType', spec.shapeType)
  if (node.width !== spec.width || node.height !== spec.height) {
    const previous = { width: node.width, height: node.height }
    node.resize(spec.width, spec.height)
    recorder.done(() => node.resize(previous.width, previous.height))
  }
  writeFill(recorder, node, spec.fill)
  if (spec.stroke !== undefined && solidPaintHex(node.strokes as readonly Paint[]) !== spec.stroke) recorder.set(node, 'strokes', [solidPaint(spec.stroke)])
  if (spec.text !== '' || node.text.characters !== '') writeLabel(ctx, node.text, spec, `shape "${spec.key}"`)
}

function writeText(ctx: SyncWriteContext, node: TextNode, spec: PlanText): void {
  const { recorder } = ctx
  const font = node.fontName
  if (typeof font === 'symbol' || !sameFont(font, spec.font) || node.fontSize !== spec.fontSize || node.characters !== spec.text) {
    requireFonts(ctx, [font, spec.font], `text "${spec.key}"`)
    if (typeof font === 'symbol' || !sameFont(font, spec.font)) recorder.set(node, 'fontName', fontName(spec.font))
    if (node.fontSize !== spec.fontSize) recorder.set(node, 'fontSize', spec.fontSize)
    if (node.characters !== spec.text) recorder.set(node, 'characters', spec.text)
  }
  writeFill(recorder, node, spec.fill)
  // The height follows the text; only the width (where it wraps) is the plan's.
  if (node.width !== spec.width || node.textAutoResize !== 'HEIGHT') {
    const previous = { width: node.width, height: node.height, autoResize: node.textAutoResize }
    node.resize(spec.width, spec.height)
    // Resizing may switch the auto-resize off: undoing puts back the box and the mode it had.
    recorder.done(() => {
      node.textAutoResize = 'NONE'
      node.resize(previous.width, previous.height)
      node.textAutoResize = previous.autoResize
    })
    if (node.textAutoResize !== 'HEIGHT') recorder.set(node, 'textAutoResize', 'HEIGHT')
  }
}

function writeConnector(ctx: SyncWriteContext, node: ConnectorNode, spec: PlanConnector, link: LinkUpdate | undefined): void {
  const { recorder } = ctx
  const start = endNodeId(ctx, spec, spec.start)
  const end = endNodeId(ctx, spec, spec.end)
  const startNow = attachedTo(node.connectorStart)
  const endNow = attachedTo(node.connectorEnd)
  const keepLook = link !== undefined && !link.restyle
  if (keepLook && startNow === end && endNow === start && start !== end) {
    // Drawn the other way round: swap the ends and their caps, so the arrow keeps pointing the same way.
    const caps = { start: node.connectorStartStrokeCap, end: node.connectorEndStrokeCap }
    const ends = { start: node.connectorStart, end: node.connectorEnd }
    recorder.set(node, 'connectorStart', ends.end)
    recorder.set(node, 'connectorEnd', ends.start)
    recorder.set(node, 'connectorStartStrokeCap', caps.end)
    recorder.set(node, 'connectorEndStrokeCap', caps.start)
  } else {
    if (startNow !== start) recorder.set(node, 'connectorStart', { endpointNodeId: start, magnet: 'AUTO' })
    if (endNow !== end) recorder.set(node, 'connectorEnd', { endpointNodeId: end, magnet: 'AUTO' })
  }
  if (!keepLook) {
    if (node.connectorLineType !== spec.lineType) recorder.set(node, 'connectorLineType', spec.lineType)
    if (node.connectorStartStrokeCap !== spec.startCap) recorder.set(node, 'connectorStartStrokeCap', spec.startCap)
    if (node.connectorEndStrokeCap !== spec.endCap) recorder.set(node, 'connectorEndStrokeCap', spec.endCap)
    if (solidPaintHex(node.strokes as readonly Paint[]) !== spec.stroke) recorder.set(node, 'strokes', [solidPaint(spec.stroke)])
    if (node.strokeWeight !== spec.strokeWeight) recorder.set(node, 'strokeWeight', spec.strokeWeight)
  }
  if (link !== undefined && !link.relabel) return
  if (spec.text !== '' || node.text.characters !== '') writeLabel(ctx, node.text, spec, `connector "${spec.key}"`)
}

/** Font, size, then characters, each only when it differs; the fonts involved must be loaded. */
function writeLabel(ctx: SyncWriteContext, text: TextSublayerNode, spec: { font: PlanFont; fontSize: number; text: string }, what: string): void {
  const { recorder } = ctx
  const font = text.fontName
  const mixed = typeof font === 'symbol'
  const refont = !mixed && !sameFont(font, spec.font)
  const resize = !mixed && text.fontSize !== spec.fontSize
  const rewrite = text.characters !== spec.text
  if (!refont && !resize && !rewrite) return
  // A label with several fonts keeps its styling; only its words follow the plan.
  requireFonts(ctx, mixed ? [spec.font] : [font, spec.font], what)
  if (refont) recorder.set(text, 'fontName', fontName(spec.font))
  if (resize) recorder.set(text, 'fontSize', spec.fontSize)
  if (rewrite) recorder.set(text, 'characters', spec.text)
}

function writeFill(recorder: ChangeRecorder, node: MinimalFillsMixin, hex: string): void {
  if (solidPaintHex(node.fills as readonly Paint[]) !== hex) recorder.set(node, 'fills', [solidPaint(hex)])
}

/**
 * The plan's font must be loaded to write with it, and a kept node's own font too, since undoing
 * puts it back. A fresh node's default font is never needed: its font is set first, and undoing
 * removes the node.
 */
function requireFonts(ctx: SyncWriteContext, fonts: readonly (FontName | PlanFont | symbol)[], what: string): void {
  const needed = ctx.recorder === UNRECORDED ? fonts.slice(-1) : fonts
  for (const font of needed) {
    if (typeof font === 'symbol') continue
    // A fresh connector's label has no font yet: there is nothing to load for it.
    if (font.family === '') continue
    if (!ctx.loaded.has(fontKey(font))) throw new Error(`cannot change ${what}: its font ${font.family} ${font.style} could not be loaded`)
  }
}

function endNodeId(ctx: SyncWriteContext, spec: PlanConnector, key: string): string {
  const node = ctx.nodes.get(key)
  if (node === undefined) throw new Error(`connector "${spec.key}" joins "${key}", which is not drawn before it`)
  return node.id
}

function attachedTo(end: ConnectorEndpoint): string | undefined {
  return 'endpointNodeId' in end ? end.endpointNodeId : undefined
}

export function fontKey(font: { family: string; style: string }): string {
  return `${font.family}\u0000${font.style}`
}

function sameFont(a: FontName, b: PlanFont): boolean {
  return a.family === b.family && a.style === b.style
}

function fontName(font: PlanFont): FontName {
  return { family: font.family, style: font.style }
}
