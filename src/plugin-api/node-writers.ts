import { translation } from '../geometry/transform'
import type { PlanConnector, PlanFont, PlanNode, PlanSection, PlanShape, PlanSticky, PlanText } from '../layout/board-plan'
import { solidPaintHex } from '../reader/solid-paint-hex'
import type { ChildPositions } from './child-positions'
import { magnetFor } from './connector-magnet'
import { FIGJAM_DEFAULTS } from './figjam-defaults'
import { type FontLoader, fontLabel } from './font-loader'
import type { ChangeRecorder } from './rollback-journal'
import { solidPaint } from './solid-paint'

/**
 * What a node is now, as far as the writer needs to know: for a node the board already has, what
 * the one reading found (nothing is read again); for a node just created, FigJam's documented
 * defaults (figjam-defaults.ts) and nothing else, so every undocumented property is written.
 */
export interface NodeNow {
  /**
   * Just created: nothing written but FigJam's defaults, and what the fields below say (a node made
   * to measure its text holds that text, in the plan's font and size, and its width or wideness).
   */
  fresh: boolean
  /**
   * Also compare what the reading left out (fonts, font sizes, line type, stroke weight, a text's
   * auto-resize), reading each once now. Those follow from a node's tag (but for which cell an
   * item's node is in) and the layout version, so they are compared only on a node made by hand,
   * re-tagged, or drawn by another layout version.
   */
  full: boolean
  /** The section it is in now; null for a fresh node and for one on the page. */
  parentId: string | null
  /** A fresh node made in a section already (a sticky measured where it stays): that section's plan key. */
  madeIn?: string
  /** Relative to that parent. */
  x?: number
  y?: number
  width?: number
  height?: number
  name?: string
  text?: string
  fill?: string
  fills?: readonly Paint[] | symbol
  stroke?: string
  strokes?: readonly Paint[]
  shapeType?: string
  wide?: boolean
  start?: ConnectorEndpoint
  end?: ConnectorEndpoint
  startCap?: string
  endCap?: string
  /** A connector's line type, where the reading read it (see readLiveBoardAsync). */
  lineType?: ConnectorNode['connectorLineType']
  /** A sticky's, shape's or connector's text sublayer, as the reading asked for it: not asked for again. */
  textLayer?: TextSublayerNode
  /**
   * The font of its text (`figma.mixed` for several), where this operation read it already: loading
   * the fonts of text it changes or moves (apply-plan.ts). A full comparison does not read it again.
   */
  fontName?: FontName | PluginAPI['mixed']
}

/** A kept link connector: people's line style stays unless the link's kind changed; the label is rewritten only when the data changed it. */
export interface LinkLook {
  restyle: boolean
  relabel: boolean
}

export interface WriteContext {
  /** Records how to undo each change to an existing node; a fresh node needs none (undoing removes it). */
  recorder: ChangeRecorder
  fonts: FontLoader
  /** The section a plan key stands for, already written (its id is asked of FigJam only when needed, through nodeId). */
  section(key: string): SectionNode
  /** The node id a plan key stands for, already written (each id asked of FigJam at most once). */
  nodeId(key: string): string
  /** Where the board section goes on the page (only the board section is placed on the page). */
  origin: { x: number; y: number }
  /** Where an existing node sits in the parent it leaves, as the reading found it (see moveInto); none where only fresh nodes are written. */
  positions?: ChildPositions
}

export interface NodeWriteOptions {
  /** Leave the sticky's fill as it is: a colour people chose that still reads right. */
  keepFill?: boolean
  link?: LinkLook
}

/**
 * Brings one node in line with its plan node, writing only what differs from `now`: its section and
 * place in it, size, colours and text. One writer per node kind; the tag is the caller's.
 */
export function writeNode(ctx: WriteContext, node: SceneNode, spec: PlanNode, now: NodeNow, options: NodeWriteOptions = {}): void {
  // A new node is written before it goes into its section: FigJam refuses to append a node whose text
  // is set in a font not loaded (Figma's plugin guide, gotchas.md), and a new text node starts in a
  // default font the plan may not use.
  if (!now.fresh) place(ctx, node, spec, now)
  switch (spec.kind) {
    case 'section':
      writeSection(ctx, node as SectionNode, spec, now)
      break
    case 'sticky':
      writeSticky(ctx, node as StickyNode, spec, now, options)
      break
    case 'shape':
      writeShape(ctx, node as ShapeWithTextNode, spec, now)
      break
    case 'text':
      writeText(ctx, node as TextNode, spec, now)
      break
    case 'connector':
      writeConnector(ctx, node as ConnectorNode, spec, now, options.link)
  }
  if (now.fresh) place(ctx, node, spec, now)
}

/**
 * Puts a node into its section at x/y relative to it (appendChild keeps numeric x/y, so the position
 * comes after); the board section goes on the page at the origin. One write places it
 * (relativeTransform). A connector only changes section: it is drawn between its ends.
 */
function place(ctx: WriteContext, node: SceneNode, spec: PlanNode, now: NodeNow): void {
  const { recorder } = ctx
  const onPage = spec.parent === null
  const x = (onPage ? ctx.origin.x : 0) + spec.x
  const y = (onPage ? ctx.origin.y : 0) + spec.y
  if (onPage && !now.fresh) return // an existing board stays where people put it
  let moved = now.fresh
  if (!onPage) {
    // A fresh node is in no section but the one it was made in: no id needs asking for.
    if (now.fresh ? now.madeIn !== spec.parent : now.parentId !== ctx.nodeId(spec.parent!)) {
      moveInto(recorder, node, ctx.section(spec.parent!), now, ctx.positions)
      moved = true
    }
  }
  if (spec.kind === 'connector') return
  if (!moved && atPosition(now, x, y)) return
  writePosition(recorder, node, { x, y }, now)
}

/**
 * How far apart two positions may be and still be the same place: a position on the board is read
 * as the difference of two absolute boxes, which leaves floating-point dust (567.9999999999995 for
 * 568) that is no move at all.
 */
const POSITION_TOLERANCE = 1e-6

/** Whether a node is at x/y already (within POSITION_TOLERANCE): nothing to write then. */
export function atPosition(now: NodeNow, x: number, y: number): boolean {
  return now.x !== undefined && now.y !== undefined && Math.abs(now.x - x) < POSITION_TOLERANCE && Math.abs(now.y - y) < POSITION_TOLERANCE
}

/** Places a node at x/y relative to its parent in one write (relativeTransform); undoing puts it back. */
export function writePosition(recorder: ChangeRecorder, node: SceneNode, to: { x: number; y: number }, now: NodeNow): void {
  const before = now.fresh ? undefined : translation(now.x ?? 0, now.y ?? 0)
  node.relativeTransform = translation(to.x, to.y)
  if (before !== undefined) recorder.done(() => (node.relativeTransform = before))
}

/**
 * Moves an existing node to another section; undoing puts it back at its old index. The parent it
 * leaves and its index there come from the reading (`positions`), as its place in that parent does
 * (`now.x`/`now.y`, which undoing the move's position writes back): only a node whose parent the
 * reading did not read (one on the page), or a write without a reading, has them asked of FigJam.
 */
export function moveInto(recorder: ChangeRecorder, node: SceneNode, parent: SectionNode, now: NodeNow, positions: ChildPositions | undefined): void {
  if (now.fresh) {
    parent.appendChild(node)
    return
  }
  const known = positions?.leave(node, now.parentId)
  const from = known?.parent ?? node.parent
  const index = known?.index ?? (from === null ? -1 : from.children.indexOf(node))
  parent.appendChild(node)
  if (from !== null) recorder.done(() => from.insertChild(index, node))
}

function writeSection(ctx: WriteContext, node: SectionNode, spec: PlanSection, now: NodeNow): void {
  const { recorder } = ctx
  if (now.name !== spec.name) recorder.set(node, 'name', spec.name, now.name ?? '')
  if (now.width !== spec.width || now.height !== spec.height) {
    // Sections never grow to fit what is put in them.
    node.resizeWithoutConstraints(spec.width, spec.height)
    if (!now.fresh) recorder.done(() => node.resizeWithoutConstraints(now.width ?? spec.width, now.height ?? spec.height))
  }
  writeFill(recorder, node, spec.fill, now)
}

function writeSticky(ctx: WriteContext, node: StickyNode, spec: PlanSticky, now: NodeNow, options: NodeWriteOptions): void {
  const { recorder } = ctx
  const wide = now.fresh ? (now.wide ?? FIGJAM_DEFAULTS.sticky.wide) : now.wide
  if (wide !== spec.wide) recorder.set(node, 'isWideWidth', spec.wide, wide ?? false)
  // A deliberate choice: the board is the team's, not the plugin user's.
  if (now.fresh) node.authorVisible = false
  if (options.keepFill !== true) writeFill(recorder, node, spec.fill, now)
  writeLabel(ctx, () => textLayerOf(node, now), spec, now, FIGJAM_DEFAULTS.sticky.font, `sticky "${spec.key}"`)
}

function writeShape(ctx: WriteContext, node: ShapeWithTextNode, spec: PlanShape, now: NodeNow): void {
  const { recorder } = ctx
  const shapeType = now.fresh ? FIGJAM_DEFAULTS.shape.shapeType : now.shapeType
  if (shapeType !== spec.shapeType) recorder.set(node, 'shapeType', spec.shapeType, shapeType as ShapeWithTextNode['shapeType'])
  if (now.width !== spec.width || now.height !== spec.height) {
    node.resize(spec.width, spec.height)
    if (!now.fresh) recorder.done(() => node.resize(now.width ?? spec.width, now.height ?? spec.height))
  }
  // The text sublayer is asked for at most once, and only when something is written to it.
  let sublayer: TextSublayerNode | undefined
  const textOf = (): TextSublayerNode => (sublayer ??= textLayerOf(node, now))
  if (hasLabel(spec, now)) writeLabel(ctx, textOf, spec, now, FIGJAM_DEFAULTS.shape.font, `shape "${spec.key}"`)
  writeShapeColours(recorder, node, textOf, spec, now)
}

/**
 * A shape's fill, outline and text colour, always as one FigJam preset: FigJam coordinates the three,
 * and a fill alone leaves its default outline and text colour, which look wrong ([G]
 * create-shape-with-text, "Color Presets"). FigJam documents no default fill or outline, so a fresh
 * shape gets both; its text starts in FigJam's default text colour, Charcoal ([G] edit-text), which
 * the light presets' text colour is, so only another one (white on a saturated fill) is written.
 * An existing one is compared in full, or when its fill changes (a shape painted fill-only by an
 * older version changes fill here too); the outline and text colour are then read once each and
 * written only where they differ.
 */
function writeShapeColours(recorder: ChangeRecorder, node: ShapeWithTextNode, textOf: () => TextSublayerNode, spec: PlanShape, now: NodeNow): void {
  if (now.fresh) {
    node.fills = [solidPaint(spec.fill)]
    node.strokes = [solidPaint(spec.stroke)]
    if (spec.textFill !== FIGJAM_DEFAULTS.text.fill) textOf().fills = [solidPaint(spec.textFill)]
    return
  }
  if (!now.full && now.fill === spec.fill) return
  writeFill(recorder, node, spec.fill, now)
  const strokes = node.strokes
  if (solidPaintHex(strokes as readonly Paint[]) !== spec.stroke) recorder.set(node, 'strokes', [solidPaint(spec.stroke)], strokes)
  const text = textOf()
  const textFills = text.fills
  if (typeof textFills === 'symbol' || solidPaintHex(textFills as readonly Paint[]) !== spec.textFill) recorder.set(text, 'fills', [solidPaint(spec.textFill)], textFills)
}

function writeText(ctx: WriteContext, node: TextNode, spec: PlanText, now: NodeNow): void {
  const { recorder } = ctx
  if (madeToMeasure(spec, now)) {
    // Made to measure this text: it holds it already, wrapping at this width.
    if (spec.fill !== FIGJAM_DEFAULTS.text.fill) node.fills = [solidPaint(spec.fill)]
    return
  }
  if (now.fresh) {
    // No documented default font for a new text node: set it, then the size, then the words.
    node.fontName = fontName(spec.font)
    node.fontSize = spec.fontSize
    node.characters = spec.text
    if (spec.fill !== FIGJAM_DEFAULTS.text.fill) node.fills = [solidPaint(spec.fill)]
    // A fixed width that wraps, with the height following the text.
    node.resize(spec.width, spec.height)
    node.textAutoResize = 'HEIGHT'
    return
  }
  writeLabel(ctx, () => node, spec, now, undefined, `text "${spec.key}"`)
  writeFill(recorder, node, spec.fill, now)
  const autoResize = now.full ? node.textAutoResize : 'HEIGHT'
  // The height follows the text; only the width (where it wraps) is the plan's.
  if (refits(spec, now) || autoResize !== 'HEIGHT') {
    const previous = { width: now.width ?? spec.width, height: now.height ?? spec.height, autoResize }
    node.resize(spec.width, spec.height)
    // Resizing may switch the auto-resize off: undoing puts back the box and the mode it had.
    recorder.done(() => {
      node.textAutoResize = 'NONE'
      node.resize(previous.width, previous.height)
      node.textAutoResize = previous.autoResize
    })
    recorder.set(node, 'textAutoResize', 'HEIGHT', previous.autoResize)
  }
}

function writeConnector(ctx: WriteContext, node: ConnectorNode, spec: PlanConnector, now: NodeNow, link: LinkLook | undefined): void {
  const { recorder } = ctx
  const start = ctx.nodeId(spec.start)
  const end = ctx.nodeId(spec.end)
  const keepLook = !now.fresh && link !== undefined && !link.restyle
  // The line type is read at most once, and only when it decides something and the reading did not read it.
  let lineType: ConnectorNode['connectorLineType'] | undefined = now.fresh ? FIGJAM_DEFAULTS.connector.lineType : (now.lineType ?? (now.full || keepLook ? undefined : spec.lineType))
  const lineTypeNow = (): ConnectorNode['connectorLineType'] => (lineType ??= node.connectorLineType)
  // The line type first: which magnets an end may use depends on it.
  if (!keepLook && lineTypeNow() !== spec.lineType) {
    recorder.set(node, 'connectorLineType', spec.lineType, lineTypeNow())
    lineType = spec.lineType
  }
  const startNow = attachedTo(now.start)
  const endNow = attachedTo(now.end)
  let ends = { start: now.start, end: now.end }
  if (keepLook && startNow === end && endNow === start && start !== end && now.start !== undefined && now.end !== undefined) {
    // Drawn the other way round: swap the ends and their caps, so the arrow keeps pointing the same way.
    const caps = { start: (now.startCap ?? 'NONE') as ConnectorStrokeCap, end: (now.endCap ?? 'NONE') as ConnectorStrokeCap }
    recorder.set(node, 'connectorStart', now.end, now.start)
    recorder.set(node, 'connectorEnd', now.start, now.end)
    recorder.set(node, 'connectorStartStrokeCap', caps.end, caps.start)
    recorder.set(node, 'connectorEndStrokeCap', caps.start, caps.end)
    ends = { start: now.end, end: now.start }
  }
  writeEnd(ctx, node, 'connectorStart', wantedEnd(start, spec.startMagnet, ends.start, lineTypeNow), ends.start)
  writeEnd(ctx, node, 'connectorEnd', wantedEnd(end, spec.endMagnet, ends.end, lineTypeNow), ends.end)
  if (!keepLook) {
    const startCap = (now.fresh ? FIGJAM_DEFAULTS.connector.startCap : now.startCap) as ConnectorStrokeCap
    const endCap = (now.fresh ? FIGJAM_DEFAULTS.connector.endCap : now.endCap) as ConnectorStrokeCap
    if (startCap !== spec.startCap) recorder.set(node, 'connectorStartStrokeCap', spec.startCap, startCap)
    if (endCap !== spec.endCap) recorder.set(node, 'connectorEndStrokeCap', spec.endCap, endCap)
    if (now.fresh || now.stroke !== spec.stroke) recorder.set(node, 'strokes', [solidPaint(spec.stroke)], now.strokes ?? [])
    if (now.fresh) node.strokeWeight = spec.strokeWeight
    else if (now.full) {
      const weight = node.strokeWeight
      if (weight !== spec.strokeWeight) recorder.set(node, 'strokeWeight', spec.strokeWeight, weight)
    }
  }
  if (!relabels(link)) return
  if (hasLabel(spec, now)) writeLabel(ctx, () => textLayerOf(node, now), spec, now, undefined, `connector "${spec.key}"`)
}

/**
 * A node's text: font, size, then characters, each only when it differs from `now`. A fresh
 * label's font is written unless FigJam documents it as the default (a fresh connector's label has
 * no usable font until one is set); its size always, FigJam documents none. On an existing node the
 * font and size are compared only in a full comparison; every font of its text is loaded by then
 * (apply-plan.ts), and a label with several fonts keeps its styling: only its words follow the plan.
 */
function writeLabel(
  ctx: WriteContext,
  textOf: () => TextSublayerNode | TextNode,
  spec: { font: PlanFont; fontSize: number; text: string },
  now: NodeNow,
  defaultFont: PlanFont | undefined,
  what: string
): void {
  const { recorder } = ctx
  // A fresh node made to measure holds this text already, in this font and size.
  if (!labelChanges(spec, now)) return
  if (!ctx.fonts.isLoaded(spec.font)) throw new Error(`cannot write ${what}: its font ${fontLabel(spec.font)} is not loaded`)
  // The text sublayer is fetched only when something is written to it, and only if the reading did not keep it.
  const text = textOf()
  if (now.fresh) {
    if (defaultFont === undefined || !sameFont(defaultFont, spec.font)) text.fontName = fontName(spec.font)
    text.fontSize = spec.fontSize
    text.characters = spec.text
    return
  }
  if (now.full) {
    const font = now.fontName ?? text.fontName
    const mixed = typeof font === 'symbol'
    if (!mixed && !sameFont(font, spec.font)) {
      if (!ctx.fonts.isLoaded(font) && font.family !== '') throw new Error(`cannot change ${what}: its font ${fontLabel(font)} could not be loaded`)
      recorder.set(text, 'fontName', fontName(spec.font), font)
    }
    const size = mixed ? spec.fontSize : text.fontSize
    if (size !== spec.fontSize && typeof size === 'number') recorder.set(text, 'fontSize', spec.fontSize, size)
  }
  if (now.text !== spec.text) recorder.set(text, 'characters', spec.text, now.text ?? '')
}

/** A node's text sublayer: the one the reading asked for, else asked for now. */
function textLayerOf(node: StickyNode | ShapeWithTextNode | ConnectorNode, now: NodeNow): TextSublayerNode {
  return now.textLayer ?? node.text
}

/**
 * Whether bringing a node in line with its plan node writes any of its text (font, size or words)
 * or a text node's box, which FigJam allows only once the font is loaded ([T] `characters`,
 * `fontSize`, `fontName`, `textAutoResize`): the
 * engine loads the fonts of these nodes only, so an update that writes no text loads no font. The
 * writers below decide with the same tests.
 * @param link a kept link connector's look (none for a node just created)
 */
export function writesText(spec: PlanNode, now: NodeNow, link?: LinkLook): boolean {
  switch (spec.kind) {
    case 'section':
      return false
    case 'sticky':
      return labelChanges(spec, now)
    case 'shape':
      return hasLabel(spec, now) && labelChanges(spec, now)
    case 'text':
      return now.fresh ? !madeToMeasure(spec, now) : labelChanges(spec, now) || refits(spec, now)
    case 'connector':
      return relabels(link) && hasLabel(spec, now) && labelChanges(spec, now)
  }
}

/** Whether a label is written at all: the plan gives it words, or an existing node has some to clear. */
function hasLabel(spec: { text: string }, now: NodeNow): boolean {
  return spec.text !== '' || (!now.fresh && now.text !== '')
}

/**
 * Whether a label's font, size or words may change: a fresh node's unless it was made to measure
 * this text; an existing node's when its words differ, or in a full comparison (font and size too).
 */
function labelChanges(spec: { text: string }, now: NodeNow): boolean {
  return now.fresh ? now.text !== spec.text : now.full || now.text !== spec.text
}

/**
 * Whether an existing text node is given another width to wrap at: writeText then sets its
 * `textAutoResize`, which FigJam allows only once the font is loaded ([T] `textAutoResize`), though
 * its words stay (a stage heading whose column widened).
 */
export function refits(spec: PlanText, now: NodeNow): boolean {
  return !now.fresh && now.width !== spec.width
}

/** A fresh text node made to measure this text at this width: it holds it already. */
function madeToMeasure(spec: PlanText, now: NodeNow): boolean {
  return now.fresh && now.text === spec.text && now.width === spec.width
}

/** Whether a kept link's label follows the plan (a new connector's always does). */
function relabels(link: LinkLook | undefined): boolean {
  return link === undefined || link.relabel
}

function writeFill(recorder: ChangeRecorder, node: MinimalFillsMixin, hex: string, now: NodeNow): void {
  if (!now.fresh && now.fill === hex) return
  const previous = now.fills
  node.fills = [solidPaint(hex)]
  // Recorded even when the reading has no fills to put back: the journal is also what tells an apply it changed something.
  if (!now.fresh) recorder.done(() => {
    if (previous !== undefined) node.fills = previous as Paint[]
  })
}

/**
 * Where a connector's end should be: on `nodeId`, at the plan's magnet when the line is elbowed (the
 * layout routed it there, route-links.ts), else where it is when already on that node, else at the
 * magnet the line type allows. A line people drew straight or curved keeps its magnets.
 */
function wantedEnd(
  nodeId: string,
  magnet: PlanConnector['startMagnet'],
  now: ConnectorEndpoint | undefined,
  lineType: () => ConnectorNode['connectorLineType']
): ConnectorEndpoint {
  const attached = attachedTo(now) === nodeId
  if (magnet === undefined && attached && now !== undefined) return now
  const type = lineType()
  if (magnet !== undefined && type === 'ELBOWED') return { endpointNodeId: nodeId, magnet }
  return attached && now !== undefined ? now : { endpointNodeId: nodeId, magnet: magnetFor(type) }
}

function writeEnd(ctx: WriteContext, node: ConnectorNode, field: 'connectorStart' | 'connectorEnd', wanted: ConnectorEndpoint, now: ConnectorEndpoint | undefined): void {
  if (wanted === now || (now !== undefined && sameEndpoint(wanted, now))) return
  ctx.recorder.set(node, field, wanted, now ?? { position: { x: 0, y: 0 } })
}

function sameEndpoint(a: ConnectorEndpoint, b: ConnectorEndpoint): boolean {
  if (!('endpointNodeId' in a) || !('endpointNodeId' in b) || a.endpointNodeId !== b.endpointNodeId) return false
  return 'magnet' in a && 'magnet' in b && a.magnet === b.magnet
}

function attachedTo(end: ConnectorEndpoint | undefined): string | undefined {
  return end !== undefined && 'endpointNodeId' in end ? end.endpointNodeId : undefined
}

function sameFont(a: { family: string; style: string }, b: { family: string; style: string }): boolean {
  return a.family === b.family && a.style === b.style
}

function fontName(font: PlanFont): FontName {
  return { family: font.family, style: font.style }
}
