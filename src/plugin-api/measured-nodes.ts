import * as z from 'zod/mini'

import type { PlanFont, PlanNode } from '../layout/board-plan'
import { BOARD_KEY } from '../layout/plan-builder'
import { type MeasureRequest, measureRequestKey } from '../layout/text-measure'
import { FIGJAM_DEFAULTS } from './figjam-defaults'
import { type FontLoader, fontLabel } from './font-loader'
import type { NodeNow } from './node-writers'

type StickyRequest = Extract<MeasureRequest, { kind: 'sticky' }>
type TextRequest = Extract<MeasureRequest, { kind: 'text' }>

/** Nodes measured between two yields; measuring creates nodes, so it yields as writing does. */
const MEASURE_CHUNK_SIZE = 200

export interface MeasureOptions {
  yieldAsync?: () => Promise<void>
}

/**
 * What FigJam's REST export of the measuring board must hold: the board section, its sections, and
 * in each the stickies in the order they were put there, each with its box. Checked at the door,
 * since the answer comes from the host.
 */
const ExportedBox = z.object({ height: z.number().check(z.positive()) })
const ExportedSticky = z.object({ id: z.string().check(z.minLength(1)), type: z.literal('STICKY'), absoluteBoundingBox: ExportedBox })
const ExportedSection = z.looseObject({ type: z.literal('SECTION'), children: z._default(z.array(z.looseObject({ type: z.string() })), []) })
const ExportedBoard = z.object({ document: z.object({ type: z.literal('SECTION'), children: z._default(z.array(ExportedSection), []) }) })

/** The fonts texts were to be measured in did not load; `fonts` names them. */
export class MeasureFontsError extends Error {
  constructor(
    readonly fonts: string,
    readonly cause: unknown
  ) {
    super(cause instanceof Error ? cause.message : String(cause))
    this.name = 'MeasureFontsError'
  }
}

/** A measuring node the engine places for a plan node, with what it already holds. */
export interface TakenNode {
  node: SceneNode
  /** Its id, when FigJam already gave it (a sticky's, in the export of the measuring board). */
  id?: string
  now: NodeNow
}

export interface MeasuredNodesOptions {
  /**
   * Make the stickies where they will stay, in the board's sections (made now and taken by the
   * engine later), and read their heights with one export of the board per layout pass instead of
   * one `height` read per sticky. For a new board: an update measures a few stickies and reads them.
   */
  inSections?: boolean
}

/**
 * Measures texts in FigJam itself, as FigJam's own guide says to: a sticky's height is read after
 * its text is set (stickies grow with their text and cannot be resized), and text for a text node
 * or a shape is measured on a text node with `textAutoResize = 'HEIGHT'` at the width it will wrap
 * in (shapes never grow to fit their text, so they are sized from this).
 *
 * The nodes it makes are kept: a sticky measured for a text is the sticky the engine then places for
 * it, and a text node measured at a width is the text node placed there (two passes: fill, read,
 * then place; apply-plan.ts takes them with `take`). Whatever is not taken is removed by
 * `removeUnused`; `removeAll` removes everything it made, for a rollback.
 */
export class MeasuredNodes {
  private readonly stickies = new Map<string, StickyNode[]>()
  private readonly texts = new Map<string, TextNode[]>()
  private readonly wide = new Map<StickyNode, boolean>()
  private readonly made: SceneNode[] = []
  private readonly taken = new Set<SceneNode>()
  /** With `inSections`: the sections made, by plan key (the board first), and the stickies in each, in the order put there. */
  private readonly sections = new Map<string, { node: SectionNode; stickies: StickyNode[] }>()
  private readonly sectionOf = new Map<StickyNode, string>()
  /** The text node last measured for each plan key, and what it measured. */
  private readonly textFor = new Map<string, { node: TextNode; request: TextRequest }>()
  /** Sticky ids as FigJam's export of the measuring board gave them: not asked of FigJam again. */
  private readonly exportedIds = new Map<StickyNode, string>()
  /** The text node texts for no text node are measured on, with what it holds now (see measureOnScratch). */
  private scratch: { node: TextNode; font?: PlanFont; fontSize?: number; width?: number; text?: string } | undefined

  constructor(
    private readonly api: PluginAPI,
    /** The operation's one font loader: what measuring loads is not loaded again to write. */
    readonly fonts: FontLoader,
    private readonly options: MeasuredNodesOptions = {}
  ) {}

  /**
   * Measures each request (each distinct one once) and returns the heights by request key. A sticky
   * measured square is measured wide by widening the same sticky.
   */
  async measureAsync(requests: Iterable<MeasureRequest>, options: MeasureOptions = {}): Promise<Map<string, number>> {
    const distinct = new Map<string, MeasureRequest>()
    for (const request of requests) {
      const key = measureRequestKey(request)
      // The same measurement for a text node and for a shape: the text node's own node measures it, and is kept.
      const before = distinct.get(key)
      if (before === undefined || (before.kind === 'text' && before.key === undefined)) distinct.set(key, request)
    }
    await this.loadFontsAsync([...distinct.values()].map((request) => request.font))
    const heights = new Map<string, number>()
    // Stickies measured where they stay are read together, square ones first: one sticky may be asked both ways.
    const inSections: [string, StickyRequest & { parent: string }][] = []
    let count = 0
    const stepAsync = async (): Promise<void> => {
      count += 1
      if (count % MEASURE_CHUNK_SIZE === 0 && options.yieldAsync !== undefined) await options.yieldAsync()
    }
    // Texts no text node is drawn with (a shape's, a glyph's) take turns on one text node, alike ones in a row, so each costs its words and one read.
    const onScratch: [string, TextRequest][] = []
    for (const [key, request] of distinct) {
      if (request.kind === 'text' && request.key === undefined) onScratch.push([key, request])
      else if (request.kind === 'text') heights.set(key, this.measureText(request))
      else if (this.options.inSections === true && request.parent !== undefined) {
        inSections.push([key, { ...request, parent: request.parent }])
        continue
      } else heights.set(key, this.fillSticky(request, undefined).height)
      await stepAsync()
    }
    for (const [key, request] of onScratch.sort(([, a], [, b]) => compareSetting(a, b))) {
      heights.set(key, this.measureOnScratch(request))
      await stepAsync()
    }
    for (const wide of [false, true]) {
      const batch = inSections.filter(([, request]) => request.wide === wide)
      if (batch.length === 0) continue
      const filled: [string, StickyNode][] = []
      for (const [key, request] of batch) {
        filled.push([key, this.fillSticky(request, request.parent)])
        await stepAsync()
      }
      const exported = await this.exportedHeightsAsync()
      for (const [key, sticky] of filled) heights.set(key, exported.get(sticky)!)
    }
    return heights
  }

  /**
   * The measuring node for a plan sticky or text with the same text, font and size (and width, for
   * a text), if one is left; it is the engine's from now on. Its `now` says what it already holds.
   */
  take(spec: PlanNode): TakenNode | undefined {
    if (spec.kind === 'section') {
      const made = this.sections.get(spec.key)
      if (made === undefined || this.taken.has(made.node)) return undefined
      this.taken.add(made.node)
      return { node: made.node, now: { fresh: true, full: false, parentId: null, ...(spec.parent === null ? {} : { madeIn: BOARD_KEY }) } }
    }
    if (spec.kind === 'sticky') {
      const node = this.takeFrom(this.stickies, stickyKey(spec), (sticky) => this.sectionOf.get(sticky) === spec.parent)
      if (node === undefined) return undefined
      const madeIn = this.sectionOf.get(node)
      const id = this.exportedIds.get(node)
      return {
        node,
        ...(id === undefined ? {} : { id }),
        now: { fresh: true, full: false, parentId: null, text: spec.text, wide: this.wide.get(node) ?? false, ...(madeIn === undefined ? {} : { madeIn }) }
      }
    }
    if (spec.kind === 'text') {
      const node = this.takeFrom(this.texts, measureRequestKey({ kind: 'text', text: spec.text, font: spec.font, fontSize: spec.fontSize, width: spec.width }))
      return node === undefined ? undefined : { node, now: { fresh: true, full: false, parentId: null, text: spec.text, width: spec.width } }
    }
    return undefined
  }

  /** Whether measuring made any node (the board changed, even if none of them stays). */
  get madeAny(): boolean {
    return this.made.length > 0
  }

  /** Removes the measuring nodes nobody took; returns how many. */
  removeUnused(): number {
    return removeEach(this.made.filter((node) => !this.taken.has(node)))
  }

  /** Removes every measuring node, taken or not (after a failure). */
  removeAll(): number {
    return removeEach(this.made)
  }

  private async loadFontsAsync(fonts: readonly PlanFont[]): Promise<void> {
    try {
      await this.fonts.loadAsync(fonts)
    } catch (error) {
      const names = [...new Set(fonts.map(fontLabel))].join(', ')
      throw new MeasureFontsError(names, error)
    }
  }

  /** The sticky for a request's text, made and filled on first ask, as wide as asked; its height is for the caller to read. */
  private fillSticky(request: StickyRequest, section: string | undefined): StickyNode {
    const key = stickyKey(request)
    let sticky = this.stickies.get(key)?.[0]
    if (sticky === undefined) {
      sticky = this.api.createSticky()
      this.track(this.stickies, key, sticky)
      this.wide.set(sticky, false)
      if (section !== undefined) this.putInSection(sticky, section)
      // The sublayer once, and no font FigJam gives a new sticky already.
      const text = sticky.text
      const font = FIGJAM_DEFAULTS.sticky.font
      if (request.font.family !== font.family || request.font.style !== font.style) text.fontName = { family: request.font.family, style: request.font.style }
      text.fontSize = request.fontSize
      text.characters = request.text
    }
    if (this.wide.get(sticky) !== request.wide) {
      sticky.isWideWidth = request.wide
      this.wide.set(sticky, request.wide)
    }
    return sticky
  }

  /** Puts a new sticky in the section it will stay in (made in the board section on first ask). */
  private putInSection(sticky: StickyNode, key: string): void {
    const section = this.section(key)
    section.node.appendChild(sticky)
    section.stickies.push(sticky)
    this.sectionOf.set(sticky, key)
  }

  private section(key: string): { node: SectionNode; stickies: StickyNode[] } {
    let made = this.sections.get(key)
    if (made === undefined) {
      const board = key === BOARD_KEY ? undefined : this.section(BOARD_KEY)
      const node = this.api.createSection()
      this.made.push(node)
      board?.node.appendChild(node)
      made = { node, stickies: [] }
      this.sections.set(key, made)
    }
    return made
  }

  /**
   * The height of every sticky made in a section, from one REST export of the board section: its
   * sections and their stickies come back in the order they were put there, each with the id the
   * Plugin API gives it. Neither is documented; the self-check's export step checks both in FigJam.
   */
  private async exportedHeightsAsync(): Promise<Map<StickyNode, number>> {
    const board = this.sections.get(BOARD_KEY)
    if (board === undefined) throw new Error('no measuring board to export')
    const parsed = ExportedBoard.safeParse(await board.node.exportAsync({ format: 'JSON_REST_V1' }))
    if (!parsed.success) throw new Error(`FigJam's export of the measuring board is not what was made (${parsed.error.issues[0]?.message ?? 'unexpected shape'})`)
    const exportedSections = parsed.data.document.children
    const heights = new Map<StickyNode, number>()
    const inBoard = [...this.sections].filter(([key]) => key !== BOARD_KEY)
    if (exportedSections.length !== inBoard.length) throw new Error(`FigJam's export of the measuring board lists ${exportedSections.length} sections, not ${inBoard.length}`)
    inBoard.forEach(([key, { stickies }], index) => {
      const children = exportedSections[index]!.children
      if (children.length !== stickies.length) throw new Error(`FigJam's export of the measuring section "${key}" lists ${children.length} nodes, not ${stickies.length} stickies`)
      stickies.forEach((sticky, i) => {
        const exported = ExportedSticky.safeParse(children[i])
        if (!exported.success) throw new Error(`FigJam's export of the measuring section "${key}" has no sticky box at ${i}`)
        heights.set(sticky, exported.data.absoluteBoundingBox.height)
        this.exportedIds.set(sticky, exported.data.id)
      })
    })
    return heights
  }

  /**
   * The height of a text node's text, on a text node kept for it. A text node measured for the same
   * plan key before (an earlier layout pass, when the columns were narrower) measures it again: only
   * its words or its width change, instead of one more node made and later removed.
   */
  private measureText(request: TextRequest): number {
    const earlier = request.key === undefined ? undefined : this.textFor.get(request.key)
    if (earlier !== undefined && !this.taken.has(earlier.node) && sameSetting(earlier.request, request)) {
      const { node } = earlier
      const pool = this.texts.get(measureRequestKey(earlier.request))
      const at = pool?.indexOf(node) ?? -1
      // splice(-1, 1) would silently take the pool's last node, another text's, instead of this one.
      if (pool === undefined || at < 0) throw new Error(`internal error: the text node kept for plan key "${request.key}" is not in its measuring pool`)
      pool.splice(at, 1)
      const list = this.texts.get(measureRequestKey(request))
      if (list === undefined) this.texts.set(measureRequestKey(request), [node])
      else list.push(node)
      this.textFor.set(request.key!, { node, request })
      if (earlier.request.text !== request.text) node.characters = request.text
      if (earlier.request.width !== request.width) {
        node.resize(request.width, 1)
        node.textAutoResize = 'HEIGHT'
      }
      return node.height
    }
    const node = this.api.createText()
    this.track(this.texts, measureRequestKey(request), node)
    if (request.key !== undefined) this.textFor.set(request.key, { node, request })
    node.fontName = { family: request.font.family, style: request.font.style }
    node.fontSize = request.fontSize
    node.characters = request.text
    // A fixed width that wraps, the height following the text (the 1 is replaced at once).
    node.resize(request.width, 1)
    node.textAutoResize = 'HEIGHT'
    return node.height
  }

  /**
   * The height of a text no text node is drawn with, measured on the one scratch text node: only
   * what differs from the text it held before is written (a width change resizes it and sets the
   * height to follow the text again, since FigJam does not document whether a resize keeps it).
   */
  private measureOnScratch(request: TextRequest): number {
    let scratch = this.scratch
    if (scratch === undefined) {
      const node = this.api.createText()
      this.made.push(node)
      scratch = { node }
      this.scratch = scratch
    }
    const { node } = scratch
    if (scratch.font === undefined || scratch.font.family !== request.font.family || scratch.font.style !== request.font.style) {
      // No documented default font for a new text node: set before its first words.
      node.fontName = { family: request.font.family, style: request.font.style }
      scratch.font = request.font
    }
    if (scratch.fontSize !== request.fontSize) node.fontSize = scratch.fontSize = request.fontSize
    if (scratch.text !== request.text) node.characters = scratch.text = request.text
    if (scratch.width !== request.width) {
      // A fixed width that wraps, the height following the text (the 1 is replaced at once).
      node.resize(request.width, 1)
      node.textAutoResize = 'HEIGHT'
      scratch.width = request.width
    }
    return node.height
  }

  private track<N extends SceneNode>(pool: Map<string, N[]>, key: string, node: N): void {
    this.made.push(node)
    const list = pool.get(key)
    if (list === undefined) pool.set(key, [node])
    else list.push(node)
  }

  /** A node from the pool, the first `preferred` one if any (a sticky made in the spec's own section). */
  private takeFrom<N extends SceneNode>(pool: Map<string, N[]>, key: string, preferred?: (node: N) => boolean): N | undefined {
    const list = pool.get(key)
    if (list === undefined || list.length === 0) return undefined
    const index = preferred === undefined ? 0 : Math.max(0, list.findIndex(preferred))
    const [node] = list.splice(index, 1)
    if (node !== undefined) this.taken.add(node)
    return node
  }
}

/** Stickies are pooled by text, font and size: the same sticky is measured square and wide. */
function stickyKey(spec: { text: string; font: PlanFont; fontSize: number }): string {
  return [spec.font.family, spec.font.style, spec.fontSize, spec.text].join('\u0000')
}

/** Whether two text requests are set in the same font and size. */
function sameSetting(a: TextRequest, b: TextRequest): boolean {
  return a.font.family === b.font.family && a.font.style === b.font.style && a.fontSize === b.fontSize
}

/** Measuring requests in the order that changes the scratch node least: by font, size, then width. */
function compareSetting(a: TextRequest, b: TextRequest): number {
  const by = (x: string | number, y: string | number): number => (x < y ? -1 : x > y ? 1 : 0)
  return by(a.font.family, b.font.family) || by(a.font.style, b.font.style) || by(a.fontSize, b.fontSize) || by(a.width, b.width)
}

/**
 * Removes each node, without asking first whether it is still there (one crossing per node less):
 * removing one already gone (taken along by its removed section, or deleted by someone between two
 * chunks) throws, and the rest are still removed.
 */
function removeEach(nodes: readonly SceneNode[]): number {
  let removed = 0
  for (const node of nodes) {
    try {
      node.remove()
      removed += 1
    } catch {
      // Already gone: keep removing the rest.
    }
  }
  return removed
}
