import type { StoredLinkRoom } from '../layout/stored-link-room'
import type { BoardPlan, PlanFont, PlanNode, Point } from '../layout/board-plan'
import type { PlanTag } from '../layout/plan-tag'
import type { Journey, JourneyEnvelope } from '../model'
import { decodeBoardTag, encodeTagEntries, isStoredPartKey, TAG_KEY, TAG_NAMESPACE } from '../plugin-data/board-tags'
import { isLegacyBoardKey, LEGACY_TAG_KEYS } from '../plugin-data/legacy-tags'
import { SNAPSHOT_CONTAINER_TYPES } from '../reader/board-snapshot'
import { IdTable } from '../reader/id-table'
import type { SnapshotIndex } from '../reader/snapshot-index'
import { type ChangedSinceReading, changedSinceReading } from './check-unchanged'
import { ChildPositions } from './child-positions'
import { FontLoader, fontKey, fontLabel, type TextHolder } from './font-loader'
import type { LiveNode, LiveNodesById } from './live-board'
import type { MeasuredNodes } from './measured-nodes'
import { atPosition, type LinkLook, moveInto, type NodeNow, refits, writeNode, writePosition, writesText } from './node-writers'
import { type ChangeRecorder, RollbackJournal, UNRECORDED } from './rollback-journal'

export const DEFAULT_CHUNK_SIZE = 200

export interface ApplyProgressOptions {
  /** Steps (nodes written, moved or removed) between two yields; default DEFAULT_CHUNK_SIZE. */
  chunkSize?: number
  /** Gives the editor a turn between chunks, so a big board does not freeze FigJam. */
  yieldAsync?: () => Promise<void>
  /** Called after every chunk with the steps done so far and the total. */
  onProgress?: (done: number, total: number) => void
}

/** What the board has now, by plan key; empty for a new board. */
export interface ApplyTarget {
  /** Plan key → the node standing for it, as the one reading of the board left it. */
  bound: Pick<ReadonlyMap<string, LiveNode>, 'get'>
  /** Every node of that reading by id (for where a bound node is now: its section's box). */
  reading: LiveNodesById
  /**
   * The same reading's tree, as the reader indexed it: what a section, group or frame the apply moves
   * holds. Needed only when the apply moves existing nodes (an update); Generate moves none.
   */
  index?: Pick<SnapshotIndex, 'get' | 'descendantsOf'>
  /** Ids of bound nodes people made, now part of the map: compared in full (see NodeNow.full). */
  adopted?: ReadonlySet<string>
  /** The layout version that drew the board; another one compares every node in full. */
  drawnBy?: number
  /** Plan keys of kept stickies whose colour people chose: their fill stays. */
  keepFill?: ReadonlySet<string>
  /** Kept link connectors by plan key. */
  links?: Readonly<Record<string, LinkLook>>
  /** Nodes people made that move along: into `parent` (a plan key) at x/y relative to it. */
  moved?: readonly { node: LiveNode; parent: string; x: number; y: number }[]
  /** Nodes the plugin drew that the plan no longer has; removed last, since a removed node cannot come back. */
  removed?: readonly LiveNode[]
  /**
   * The reading is older than this operation (a review's): first check that nothing the apply
   * changes was changed since (check-unchanged.ts), and change nothing if it was.
   */
  verify?: boolean
}

/** What the board section stores beside its tag. */
export interface ApplyStore {
  journey: Journey
  dataBase?: Journey
  sourceBases?: Readonly<Record<string, Journey>>
  /** The text heights the layout used (see BoardStore.textHeights). */
  textHeights?: Readonly<Record<string, number>>
  /** The file envelope the journey came in (see BoardStore.envelope). */
  envelope?: JourneyEnvelope
  /** The room an update gave links for people's arrangements (see BoardStore.linkRoom). */
  linkRoom?: StoredLinkRoom
}

export interface ApplyResult {
  board: SectionNode
  /** The node each plan key is drawn with now. */
  nodes: Map<string, SceneNode>
  /** Plan nodes created, by kind. */
  created: NodeCounts
  /** Every font loaded, once each. */
  fonts: FontName[]
  /** Nodes that were to be removed but could not be (already gone, for one). */
  notRemoved: { nodeId: string; message: string }[]
  /** Whether the board changed at all: a node created, written, moved or removed. */
  changed: boolean
}

export interface NodeCounts {
  sections: number
  stickies: number
  shapes: number
  texts: number
  connectors: number
}

/** Why an apply failed, for the caller to word: what it was doing, how far it got, and whether the board is back as it was. */
export type ApplyFailure = ApplyFailureAt &
  (
    | {
        /** The board is no longer as the reading found it (see ApplyTarget.verify); nothing was changed. */
        stage: 'changed'
        /** What changed on which node, as data. */
        changed: ChangedSinceReading
      }
    | { stage: 'fonts' | 'write' }
  )

/** Where an apply failed and what it left. */
interface ApplyFailureAt {
  /** `sticky "item:x"`, `between chunks`, `moving sticky 1:2`, ...; for `changed`, the node that changed. */
  where: string
  planKey: string | undefined
  /** Nodes created before the failure, and the plan's size. */
  created: number
  total: number
  /** Changes that could not be undone (0: the board is as it was). */
  failedUndos: number
  cause: unknown
}

export const defaultYieldAsync = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * The one engine that writes boards, for Generate and Update alike: it carries a plan out against
 * the nodes the board has now (`target.bound`, none for a new board). Each plan node's node is
 * created when missing and otherwise brought in line, writing only what differs from what the one
 * reading of the board found (a new node: from FigJam's documented defaults); nodes people made
 * move along; the board section stores the journey; what the plan dropped is removed last. It loads
 * each font once (the plan's, and every font of existing text it changes or moves), and works in chunks,
 * yielding and reporting progress between them.
 *
 * Nothing is left half-done: if anything fails before the removals, every change is undone in
 * reverse (created nodes removed, changed ones given their old values) and `fail` words the error
 * thrown. A removal that fails is reported in `notRemoved`.
 */
export async function applyPlanAsync(
  api: PluginAPI,
  plan: BoardPlan,
  target: ApplyTarget,
  store: ApplyStore,
  options: ApplyProgressOptions & {
    origin?: Point
    fail: (failure: ApplyFailure) => Error
    /** Stickies and texts made and measured for this plan (layout-from-real-sizes.ts): placed instead of new ones. */
    measured?: MeasuredNodes
  }
): Promise<ApplyResult> {
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? DEFAULT_CHUNK_SIZE))
  const yieldAsync = options.yieldAsync ?? defaultYieldAsync
  checkPlan(plan)
  const total = plan.nodes.length + (target.moved?.length ?? 0) + (target.removed?.length ?? 0)

  // Tables by plan key hold every node of a big board: spread over Maps of a few thousand keys (see IdTable).
  const nows = new IdTable<NodeNow>(plan.nodes.length)
  for (const spec of plan.nodes) {
    const live = target.bound.get(spec.key)
    if (live !== undefined) nows.set(spec.key, nodeNow(live, spec, target, plan.layoutVersion))
  }
  // Nothing is written before the first change: a failure until then leaves the board as it was.
  const failedBeforeWriting = (stage: 'fonts' | 'write', where: string, cause: unknown): Error =>
    options.fail({ stage, where, planKey: undefined, created: 0, total, failedUndos: 0, cause })
  if (target.verify === true) {
    let changed: ChangedSinceReading | undefined
    try {
      changed = changedSinceReading({
        bound: plan.nodes.flatMap((spec) => {
          const live = target.bound.get(spec.key)
          const now = nows.get(spec.key)
          return live === undefined || now === undefined ? [] : [{ spec, live, now, keepFill: target.keepFill?.has(spec.key) === true, relabel: target.links?.[spec.key]?.relabel !== false }]
        }),
        moved: (target.moved ?? []).map((move) => move.node),
        removed: target.removed ?? []
      })
    } catch (error) {
      // Reading a node failed for another reason than its deletion.
      throw failedBeforeWriting('write', 'before the first change', error)
    }
    if (changed !== undefined) throw options.fail({ stage: 'changed', where: changed.node, changed, planKey: undefined, created: 0, total, failedUndos: 0, cause: undefined })
  }

  const fonts = options.measured?.fonts ?? new FontLoader(api)
  const drawnFonts = fontsWritten(plan, target, nows)
  try {
    await fonts.loadAsync(drawnFonts)
  } catch (error) {
    throw failedBeforeWriting('fonts', drawnFonts.map(fontLabel).join(', '), error)
  }
  let fontsRead: Awaited<ReturnType<typeof loadTouchedTextFontsAsync>>
  try {
    fontsRead = await loadTouchedTextFontsAsync(fonts, plan, target, nows)
  } catch (error) {
    // Reading the fonts of text it will change or move failed (a node deleted while the fonts loaded, say).
    throw failedBeforeWriting('write', 'before the first change', error)
  }

  const journal = new RollbackJournal()
  const nodes = new Map<string, SceneNode>()
  const created: NodeCounts = { sections: 0, stickies: 0, shapes: 0, texts: 0, connectors: 0 }
  let createdCount = 0
  const origin = options.origin ?? { x: 0, y: 0 }
  const positions = new ChildPositions(target.reading)
  // Kinds and ids come from the plan and the reading; a created node's id is asked for once, when needed.
  const ids = new IdTable<string>(plan.nodes.length)
  const nodeId = (key: string): string => {
    let id = ids.get(key)
    if (id === undefined) {
      const node = nodes.get(key)
      if (node === undefined) throw new Error(`"${key}" is not drawn before the connector that joins it`)
      id = node.id
      ids.set(key, id)
    }
    return id
  }
  const kinds = new IdTable<PlanNode['kind']>(plan.nodes.length)
  for (const spec of plan.nodes) kinds.set(spec.key, spec.kind)
  const section = (key: string): SectionNode => {
    const node = nodes.get(key)
    if (node === undefined || kinds.get(key) !== 'section') throw new Error(`"${key}" is not a section drawn before what it holds`)
    return node as SectionNode
  }
  let done = 0
  const stepAsync = async (): Promise<void> => {
    done += 1
    if (done % chunkSize !== 0 || done === total) return
    current = { where: 'between chunks', key: undefined }
    options.onProgress?.(done, total)
    await yieldAsync()
  }
  let current: { where: string; key: string | undefined } = { where: 'before the first change', key: undefined }
  try {
    for (const spec of plan.nodes) {
      current = { where: `${spec.kind} "${spec.key}"`, key: spec.key }
      const live = target.bound.get(spec.key)
      if (live === undefined) {
        const taken = options.measured?.take(spec)
        const node = taken?.node ?? createNode(api, spec)
        journal.done(() => {
          if (!node.removed) node.remove()
        })
        createdCount += 1
        countNode(created, spec)
        nodes.set(spec.key, node)
        if (taken?.id !== undefined) ids.set(spec.key, taken.id)
        const ctx = { recorder: UNRECORDED, fonts, section, nodeId, origin, positions }
        writeNode(ctx, node, spec, taken?.now ?? FRESH)
        writeEntries(UNRECORDED, node, entriesOf(spec, plan, store), undefined)
      } else {
        nodes.set(spec.key, live.handle)
        ids.set(spec.key, live.snap.id)
        const ctx = { recorder: journal, fonts, section, nodeId, origin, positions }
        const now = nows.get(spec.key)!
        const fontName = fontsRead.get(live.snap.id)
        writeNode(ctx, live.handle, spec, fontName === undefined ? now : { ...now, fontName }, { keepFill: target.keepFill?.has(spec.key) === true, link: target.links?.[spec.key] })
        writeEntries(journal, live.handle, entriesOf(spec, plan, store), live.snap.data)
      }
      await stepAsync()
    }
    for (const move of target.moved ?? []) {
      current = { where: `moving ${move.node.snap.type.toLowerCase()} ${move.node.snap.id}`, key: undefined }
      placeOnly(journal, { node: section(move.parent), id: nodeId(move.parent) }, move.node, move, target, positions)
      await stepAsync()
    }
  } catch (error) {
    const failedUndos = journal.rollback()
    throw options.fail({ stage: 'write', where: current.where, planKey: current.key, created: createdCount, total: plan.nodes.length, failedUndos, cause: error })
  }

  // Last, because a removed node cannot come back: a section takes what is still inside it along.
  const notRemoved: ApplyResult['notRemoved'] = []
  let removedCount = 0
  for (const live of target.removed ?? []) {
    try {
      if (!live.handle.removed) {
        live.handle.remove()
        removedCount += 1
      }
    } catch (error) {
      notRemoved.push({ nodeId: live.snap.id, message: error instanceof Error ? error.message : String(error) })
    }
    await stepAsync()
  }
  options.onProgress?.(total, total)
  const board = nodes.get(plan.nodes[0]!.key)
  if (board === undefined) throw new Error('the plan did not start with its board section')
  return { board: board as SectionNode, nodes, created, fonts: fonts.fonts, notRemoved, changed: journal.size > 0 || removedCount > 0 }
}

/**
 * The plan's fonts that text is written in (see writesText), in the plan's order: a font the apply
 * would load without writing in it is a call for nothing, so an update that writes no text loads none.
 */
function fontsWritten(plan: BoardPlan, target: ApplyTarget, nows: NodeNows): PlanFont[] {
  const written = new Set<string>()
  for (const spec of plan.nodes) {
    if (spec.kind === 'section') continue
    const now = nows.get(spec.key)
    // A node created now is written from FigJam's defaults; a bound one from what the reading found.
    if (now === undefined ? writesText(spec, FRESH) : writesText(spec, now, target.links?.[spec.key])) written.add(fontKey(spec.font))
  }
  return plan.fonts.filter((font) => written.has(fontKey(font)))
}

/** The fields of an item's node's tag that say which cell it is in, not how it looks. */
const CELL_FIELDS: ReadonlySet<keyof PlanTag> = new Set(['stageId', 'laneId'])

/** The fields of an emotion curve segment's tag (and the key made of them) that say which points it joins, not how it looks. */
const END_FIELDS: ReadonlySet<keyof PlanTag> = new Set(['itemId', 'toItemId'])

/**
 * Whether two tags ask for the same look, whatever order their fields came in: the same fields,
 * except that a node standing for an item (a sticky, its markers, its score or emotion point) may
 * have moved to another cell, and an emotion curve's segment may join other points (see
 * keepEmotionLines). Its fonts, font size and colours follow from its role, part and variant
 * (place-cell-items.ts, place-emotion-points.ts, layout-journey.ts); its fill and size, which its
 * cell may change, and a segment's stroke, its curve's colour, are compared in any case.
 */
function sameLook(a: PlanTag, b: PlanTag): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof PlanTag>
  const item = a.itemId !== undefined && a.itemId === b.itemId
  const segment = isEmotionLine(a) && isEmotionLine(b)
  return [...keys].every((key) => a[key] === b[key] || (item && CELL_FIELDS.has(key)) || (segment && END_FIELDS.has(key)))
}

function isEmotionLine(tag: PlanTag): boolean {
  return tag.role === 'emotion-line'
}

/** What the reading says each bound plan node is now, by plan key. */
type NodeNows = Pick<IdTable<NodeNow>, 'get'>

/** A new node: nothing written yet, FigJam's defaults only. */
const FRESH: NodeNow = { fresh: true, full: false, parentId: null }

/** What the one reading says a bound node is now, relative to the section it is in. */
function nodeNow(live: LiveNode, spec: PlanNode | undefined, target: ApplyTarget, layoutVersion: number): NodeNow {
  const { snap, raw } = live
  const parent = snap.parentId === null ? undefined : target.reading.get(snap.parentId)?.snap
  const origin = parent === undefined ? { x: 0, y: 0 } : { x: parent.box.x, y: parent.box.y }
  const decoded = snap.data[TAG_KEY] === undefined ? undefined : decodeBoardTag(snap.data)
  // A segment kept for another of its curve's segments has that one's key only once written (see keepEmotionLines).
  const sameTag = spec !== undefined && decoded?.ok === true && (decoded.value.key === spec.key || isEmotionLine(spec.tag)) && sameLook(decoded.value.tag, spec.tag)
  // Node tags carry no layout version: the board's stands for every node on it.
  const full = target.adopted?.has(snap.id) === true || !sameTag || (target.drawnBy !== undefined && target.drawnBy !== layoutVersion)
  return {
    fresh: false,
    full,
    parentId: snap.parentId,
    x: snap.box.x - origin.x,
    y: snap.box.y - origin.y,
    width: snap.box.width,
    height: snap.box.height,
    name: snap.name,
    ...(snap.text === undefined ? {} : { text: snap.text }),
    ...(snap.fill === undefined ? {} : { fill: snap.fill }),
    ...(raw.fills === undefined ? {} : { fills: raw.fills }),
    ...(snap.stroke === undefined ? {} : { stroke: snap.stroke }),
    ...(raw.strokes === undefined ? {} : { strokes: raw.strokes }),
    ...(snap.shapeType === undefined ? {} : { shapeType: snap.shapeType }),
    ...(snap.wide === undefined ? {} : { wide: snap.wide }),
    ...(raw.connectorStart === undefined ? {} : { start: raw.connectorStart }),
    ...(raw.connectorEnd === undefined ? {} : { end: raw.connectorEnd }),
    ...(snap.startCap === undefined ? {} : { startCap: snap.startCap }),
    ...(snap.endCap === undefined ? {} : { endCap: snap.endCap }),
    ...(snap.lineType === undefined ? {} : { lineType: snap.lineType }),
    ...(raw.text === undefined ? {} : { textLayer: raw.text })
  }
}

/**
 * Loads, before anything changes, every font of existing text the apply touches: text that will
 * change, a text node given another width ([T] `textAutoResize`), and every node moved into
 * another section with the text inside it (a section's children go along). FigJam refuses each of
 * these writes otherwise (a move too: font loading "is also required for any operation on nodes
 * that contain unloaded fonts — appendChild, insertChild", Figma's plugin guide, gotchas.md), and
 * undoing them needs the same fonts again. Each node's fonts are read once, only for nodes touched,
 * through the text sublayer the reading kept; the reading itself reads no font, since that would
 * cost a read for every text on the board where only the touched ones need it.
 * A font that will not load only matters if that node is written; the write then fails and
 * everything is undone.
 * @returns the font read for each node with one text (`figma.mixed` for several), by node id: a
 * full comparison takes it from here instead of reading it again
 */
async function loadTouchedTextFontsAsync(fonts: FontLoader, plan: BoardPlan, target: ApplyTarget, nows: NodeNows): Promise<Map<string, FontName | PluginAPI['mixed']>> {
  const touched = new Map<string, LiveNode>()
  for (const spec of plan.nodes) {
    if (spec.kind === 'section') continue
    const live = target.bound.get(spec.key)
    const now = nows.get(spec.key)
    if (live === undefined || now === undefined) continue
    if (spec.kind === 'connector' && target.links?.[spec.key]?.relabel === false) continue
    const changes = now.full ? spec.text !== '' || (now.text ?? '') !== '' : (now.text ?? '') !== spec.text
    // A text node refitted to another width keeps its words, but its box is set in its own fonts too.
    if (changes || (spec.kind === 'text' && refits(spec, now))) touched.set(live.snap.id, live)
  }
  for (const live of movingNodes(plan, target, nows)) for (const node of withInside(live, target)) touched.set(node.snap.id, node)
  const read = new Map<string, FontName | PluginAPI['mixed']>()
  await Promise.all(
    [...touched.values()].flatMap((live) => {
      const texts = textsOf(live)
      return texts.map(async (text) => {
        const fontName = await fonts.loadTextFontsAsync(text)
        if (texts.length === 1) read.set(live.snap.id, fontName)
      })
    })
  )
  return read
}

/**
 * The existing nodes the apply puts into another section (see place in node-writers.ts and
 * placeOnly below): plan nodes whose section changes or is made now, and people's nodes moving along.
 */
function movingNodes(plan: BoardPlan, target: ApplyTarget, nows: NodeNows): LiveNode[] {
  // A section made now has no id yet: whatever goes into it moves.
  const sectionId = (key: string): string | undefined => target.bound.get(key)?.snap.id
  const moving: LiveNode[] = []
  for (const spec of plan.nodes) {
    if (spec.parent === null) continue
    const live = target.bound.get(spec.key)
    const now = nows.get(spec.key)
    if (live !== undefined && now !== undefined && now.parentId !== sectionId(spec.parent)) moving.push(live)
  }
  for (const move of target.moved ?? []) if (move.node.snap.parentId !== sectionId(move.parent)) moving.push(move.node)
  return moving
}

/** A node and, for a section, group or frame, everything the reading found inside it (its index says what). */
function withInside(live: LiveNode, target: ApplyTarget): LiveNode[] {
  if (!SNAPSHOT_CONTAINER_TYPES.has(live.snap.type)) return [live]
  const { index, reading } = target
  const snap = index?.get(live.snap.id)
  if (index === undefined || snap === undefined) throw new Error(`${live.snap.type.toLowerCase()} ${live.snap.id} moves, but the reading's index does not hold it`)
  return [snap, ...index.descendantsOf(snap)].flatMap((node) => reading.get(node.id) ?? [])
}

/**
 * The text a node holds, through the handles the reading kept: a text node's own, a sticky's,
 * shape's or connector's text sublayer, a table's cells'.
 */
function textsOf(live: LiveNode): TextHolder[] {
  switch (live.snap.type) {
    case 'TEXT':
      return [live.handle as TextNode]
    case 'STICKY':
    case 'SHAPE_WITH_TEXT':
    case 'CONNECTOR':
      return [live.raw.text ?? (live.handle as StickyNode | ShapeWithTextNode | ConnectorNode).text]
    case 'TABLE':
      // The reading keeps every table's cells.
      return live.raw.cells!.map((cell) => cell.text)
    default:
      return []
  }
}

/** Moves a node people made into its plan section at x/y relative to it: only its place changes. */
function placeOnly(journal: RollbackJournal, into: { node: SectionNode; id: string }, live: LiveNode, to: Point, target: ApplyTarget, positions: ChildPositions): void {
  const now = nodeNow(live, undefined, target, 0)
  const node = live.handle
  const parent = into.node
  if (now.parentId !== into.id) moveInto(journal, node, parent, now, positions)
  else if (atPosition(now, to.x, to.y)) return
  // A connector goes where its ends are; moving it would only move a free end.
  if (live.snap.type === 'CONNECTOR') return
  writePosition(journal, node, to, now)
}

/** A node's entries: its tag and, on the board section, the stored journey. */
function entriesOf(spec: PlanNode, plan: BoardPlan, store: ApplyStore): Record<string, string> {
  return encodeTagEntries(spec.key, spec.tag, spec.parent === null ? { layoutVersion: plan.layoutVersion, ...store } : undefined)
}

/** The old scheme's per-field entries, cleared on every node an update rewrites in the current one. */
const LEGACY_TAGS = new Set(LEGACY_TAG_KEYS)

/**
 * Writes the entries that differ from what the node carries (`before`, as read; none on a fresh
 * node). It also clears what the node no longer needs: stored parts beyond the journey's length
 * on the board section, and the entries of the scheme before one entry per node (the board's
 * stored journey, every node's per-field tag), so a migrated node carries its one `t` entry only.
 * Each clearing is one call, undone with the rest.
 */
function writeEntries(recorder: ChangeRecorder, node: SceneNode, entries: Readonly<Record<string, string>>, before: Readonly<Record<string, string>> | undefined): void {
  const write = (key: string, value: string, previous: string): void => {
    if (previous === value) return
    node.setSharedPluginData(TAG_NAMESPACE, key, value)
    recorder.done(() => node.setSharedPluginData(TAG_NAMESPACE, key, previous))
  }
  for (const [key, value] of Object.entries(entries)) write(key, value, before?.[key] ?? '')
  if (before === undefined) return
  for (const [key, value] of Object.entries(before)) {
    if (key in entries || value === '') continue
    if (isStoredPartKey(key) || isLegacyBoardKey(key) || LEGACY_TAGS.has(key)) write(key, '', value)
  }
}

function createNode(api: PluginAPI, spec: PlanNode): SceneNode {
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

/** Plan mistakes are bugs: refuse before changing anything. */
function checkPlan(plan: BoardPlan): void {
  const seen = new IdTable<PlanNode>(plan.nodes.length)
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
  const listed = new Set(plan.fonts.map(fontLabel))
  for (const node of plan.nodes) {
    if (node.kind !== 'section' && !listed.has(fontLabel(node.font))) {
      throw new Error(`"${node.key}" uses ${fontLabel(node.font)}, which the plan does not list among its fonts`)
    }
  }
}

function countNode(counts: NodeCounts, spec: PlanNode): void {
  if (spec.kind === 'section') counts.sections += 1
  else if (spec.kind === 'sticky') counts.stickies += 1
  else if (spec.kind === 'shape') counts.shapes += 1
  else if (spec.kind === 'text') counts.texts += 1
  else counts.connectors += 1
}
