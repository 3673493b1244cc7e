import type { PlanFont, PlanNode } from '../layout/board-plan'
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
  now: NodeNow
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

  constructor(
    private readonly api: PluginAPI,
    /** The operation's one font loader: what measuring loads is not loaded again to write. */
    readonly fonts: FontLoader
  ) {}

  /**
   * Measures each request (each distinct one once) and returns the heights by request key. A sticky
   * measured square is measured wide by widening the same sticky.
   */
  async measureAsync(requests: Iterable<MeasureRequest>, options: MeasureOptions = {}): Promise<Map<string, number>> {
    const distinct = new Map<string, MeasureRequest>()
    for (const request of requests) distinct.set(measureRequestKey(request), request)
    await this.loadFontsAsync([...distinct.values()].map((request) => request.font))
    const heights = new Map<string, number>()
    let count = 0
    for (const [key, request] of distinct) {
      heights.set(key, request.kind === 'sticky' ? this.measureSticky(request) : this.measureText(request))
      count += 1
      if (count % MEASURE_CHUNK_SIZE === 0 && options.yieldAsync !== undefined) await options.yieldAsync()
    }
    return heights
  }

  /**
   * The measuring node for a plan sticky or text with the same text, font and size (and width, for
   * a text), if one is left; it is the engine's from now on. Its `now` says what it already holds.
   */
  take(spec: PlanNode): TakenNode | undefined {
    if (spec.kind === 'sticky') {
      const node = this.takeFrom(this.stickies, stickyKey(spec))
      return node === undefined ? undefined : { node, now: { fresh: true, full: false, parentId: null, text: spec.text, wide: this.wide.get(node) ?? false } }
    }
    if (spec.kind === 'text') {
      const node = this.takeFrom(this.texts, measureRequestKey({ kind: 'text', text: spec.text, font: spec.font, fontSize: spec.fontSize, width: spec.width }))
      return node === undefined ? undefined : { node, now: { fresh: true, full: false, parentId: null, text: spec.text, width: spec.width } }
    }
    return undefined
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

  private measureSticky(request: StickyRequest): number {
    const key = stickyKey(request)
    let sticky = this.stickies.get(key)?.[0]
    if (sticky === undefined) {
      sticky = this.api.createSticky()
      this.track(this.stickies, key, sticky)
      this.wide.set(sticky, false)
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
    return sticky.height
  }

  private measureText(request: TextRequest): number {
    const node = this.api.createText()
    this.track(this.texts, measureRequestKey(request), node)
    node.fontName = { family: request.font.family, style: request.font.style }
    node.fontSize = request.fontSize
    node.characters = request.text
    // A fixed width that wraps, the height following the text (the 1 is replaced at once).
    node.resize(request.width, 1)
    node.textAutoResize = 'HEIGHT'
    return node.height
  }

  private track<N extends SceneNode>(pool: Map<string, N[]>, key: string, node: N): void {
    this.made.push(node)
    const list = pool.get(key)
    if (list === undefined) pool.set(key, [node])
    else list.push(node)
  }

  private takeFrom<N extends SceneNode>(pool: Map<string, N[]>, key: string): N | undefined {
    const node = pool.get(key)?.shift()
    if (node !== undefined) this.taken.add(node)
    return node
  }
}

/** Stickies are pooled by text, font and size: the same sticky is measured square and wide. */
function stickyKey(spec: { text: string; font: PlanFont; fontSize: number }): string {
  return [spec.font.family, spec.font.style, spec.fontSize, spec.text].join('\u0000')
}

function removeEach(nodes: readonly SceneNode[]): number {
  let removed = 0
  for (const node of nodes) {
    try {
      if (!node.removed) node.remove()
      removed += 1
    } catch {
      // Keep removing the rest.
    }
  }
  return removed
}
