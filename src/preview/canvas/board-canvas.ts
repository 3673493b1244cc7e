import type { RestFile } from '../../emulator'
import { type DisplayList, type Point, restToDisplayList } from '../../render'
import { CANVAS_COLOR, CANVAS_DOT_COLOR, CANVAS_DOT_RADIUS, CANVAS_DOT_SPACING, STICKY_DEFAULT_FILL, STICKY_MAX_FONT_SIZE } from '../../render/render-theme'
import { deleteNodesAsync } from '../edits/delete-nodes-async'
import { setStickyTextAsync } from '../edits/set-sticky-text-async'
import { canvasKeyCommand, type KeyCommand } from './canvas-key-command'
import { CanvasOverlay } from './canvas-overlay'
import { SceneIndex } from './scene-index'
import { svgElement } from './svg-element'
import { SvgBoardPainter } from './svg-painter'
import { TextEditorOverlay } from './text-editor-overlay'
import type { Gesture, PointerSample, ToolName } from './tools/canvas-tool'
import { CANVAS_TOOLS } from './tools/canvas-tools'
import { panGesture } from './tools/pan-gesture'
import { MOVABLE_TYPES } from './tools/select-tool'
import type { ToolContext } from './tools/tool-context'
import { FIT_MARGIN, fitBox, type Insets, panBy, toBoard, type ViewTransform, zoomAt } from './view-transform'

export interface BoardCanvasOptions {
  api: PluginAPI
  /** The board as the editor holds it now. */
  restFile(): RestFile
  /** A number that changes whenever the board may have changed; the canvas redraws when it does. */
  version(): number
  /** Tells the person an edit or a redraw failed. */
  onError(message: string): void
  /**
   * The editor's undo history, as in FigJam: each edit made on the canvas is a step of its own
   * (`checkpoint`), as is each plugin run; `undo` puts back the document before the last step and
   * `redo` does the step undone last again.
   */
  history?: { checkpoint(): void; undo(): boolean; redo(): boolean }
}

/** Prefix of ids in the canvas's `<defs>`, so they never clash with the page's. */
const ID_PREFIX = 'jbp-'
/** Zoom per pixel of ctrl/cmd + wheel (and pinch, which browsers report the same way). */
const WHEEL_ZOOM_PER_PX = 0.002
/** Pixels per wheel "line" when a mouse reports lines instead of pixels. */
const WHEEL_LINE_PX = 16
/** Below this gap between dots on screen the grid turns to noise, so FigJam hides it; so do we. */
const MIN_DOT_GAP_PX = 8
/** What Delete removes. */
const DELETABLE_TYPES: ReadonlySet<string> = new Set(['STICKY', 'CONNECTOR'])
/** Fitting keeps the board clear of the toolbars along the bottom of the canvas. */
const FIT_INSETS: Insets = { top: FIT_MARGIN, right: FIT_MARGIN, bottom: 2 * FIT_MARGIN, left: FIT_MARGIN }
/** Where the empty page starts: the board origin a margin in from the top-left corner. */
const INITIAL_VIEW: ViewTransform = { x: FIT_MARGIN, y: FIT_MARGIN, zoom: 1 }

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * A FigJam-like canvas over the emulated editor: it draws the board from its REST export with
 * src/render (on every change), pans and zooms, and turns pointer and key presses into Plugin API
 * edits through the tools. It keeps no board state of its own: the selection is the page's, and
 * everything drawn comes from the last export.
 */
export class BoardCanvas implements ToolContext {
  readonly api: PluginAPI
  readonly overlay: CanvasOverlay
  readonly element: HTMLElement
  private readonly svg: SVGSVGElement
  private readonly layers: SVGGElement[]
  private readonly dots: SVGPatternElement
  private readonly dotsRect: SVGRectElement
  private readonly painter: SvgBoardPainter
  private readonly editor: TextEditorOverlay
  private currentView: ViewTransform = INITIAL_VIEW
  private currentScene = new SceneIndex([])
  private list: DisplayList | undefined
  private drawnVersion: number | undefined
  private currentTool: ToolName = 'select'
  private gesture: { pointerId: number; gesture: Gesture } | undefined
  private spaceHeld = false
  /** The nodes being dragged and how far, by id, so a redraw in the middle of a drag keeps showing them moved. */
  private readonly previews = new Map<string, { dx: number; dy: number }>()
  private readonly listeners = new Set<() => void>()

  constructor(
    host: HTMLElement,
    private readonly options: BoardCanvasOptions
  ) {
    this.api = options.api
    this.element = host
    const doc = host.ownerDocument
    host.tabIndex = 0
    host.setAttribute('role', 'application')
    host.setAttribute('aria-roledescription', 'board canvas')
    host.setAttribute('aria-label', 'Emulated FigJam board. Drag stickies to move them, double-click to edit, Delete to remove.')

    this.svg = svgElement(doc, 'svg', { class: 'jbp-canvas', width: '100%', height: '100%' })
    const defs = svgElement(doc, 'defs')
    const s = CANVAS_DOT_SPACING
    this.dots = svgElement(doc, 'pattern', { id: `${ID_PREFIX}dots`, patternUnits: 'userSpaceOnUse', x: -s / 2, y: -s / 2, width: s, height: s })
    this.dots.appendChild(svgElement(doc, 'circle', { cx: s / 2, cy: s / 2, r: CANVAS_DOT_RADIUS, fill: CANVAS_DOT_COLOR }))
    defs.appendChild(this.dots)
    this.dotsRect = svgElement(doc, 'rect', { width: '100%', height: '100%', fill: `url(#${ID_PREFIX}dots)` })
    const content = svgElement(doc, 'g', { class: 'jbp-board' })
    const overlayLayer = svgElement(doc, 'g', { class: 'jbp-overlay' })
    this.layers = [content, overlayLayer]
    this.svg.append(defs, svgElement(doc, 'rect', { width: '100%', height: '100%', fill: CANVAS_COLOR }), this.dotsRect, content, overlayLayer)
    host.appendChild(this.svg)

    this.painter = new SvgBoardPainter(content, defs, ID_PREFIX)
    this.overlay = new CanvasOverlay(overlayLayer)
    this.editor = new TextEditorOverlay(host)
    this.listen()
    this.applyView()
    this.redraw()
  }

  // The tool context.

  scene(): SceneIndex {
    return this.currentScene
  }

  view(): ViewTransform {
    return this.currentView
  }

  setView(view: ViewTransform): void {
    this.currentView = view
    this.applyView()
  }

  previewMove(nodeId: string, dx: number, dy: number): void {
    this.previews.set(nodeId, { dx, dy })
    const group = this.painter.groupOf(nodeId)
    if (group === undefined) return
    group.setAttribute('transform', `translate(${dx} ${dy})`)
    // Dragged things travel above everything else, as in FigJam; the redraw after the drop restores the order.
    group.parentNode?.appendChild(group)
    this.showSelection()
  }

  clearPreview(nodeId: string): void {
    this.previews.delete(nodeId)
    this.painter.groupOf(nodeId)?.removeAttribute('transform')
    this.showSelection()
  }

  select(ids: readonly string[]): void {
    void this.selectAsync(ids)
  }

  async editAsync<T>(edit: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await edit()
      this.options.history?.checkpoint()
      return result
    } catch (error) {
      this.options.onError(messageOf(error))
      return undefined
    } finally {
      this.refresh()
    }
  }

  editText(nodeId: string): void {
    const entry = this.currentScene.get(nodeId)
    if (entry === undefined || entry.type !== 'STICKY') return
    const drawn = this.list?.items.find((item) => item.nodeId === nodeId && item.kind === 'text')
    const target = {
      nodeId,
      box: entry.box,
      background: entry.fill ?? STICKY_DEFAULT_FILL,
      fontSize: drawn?.kind === 'text' ? drawn.fontSize : STICKY_MAX_FONT_SIZE,
      text: entry.characters ?? ''
    }
    this.setTextHidden(nodeId, true)
    this.editor.open(target, this.currentView, (id, changed) => {
      this.setTextHidden(id, false)
      if (changed !== undefined) void this.editAsync(() => setStickyTextAsync(this.api, id, changed))
    })
  }

  setTool(name: ToolName): void {
    this.currentTool = name
    this.svg.style.cursor = CANVAS_TOOLS[name].cursor
    this.notify()
  }

  // The rest of the canvas's face: the toolbar and the page use these.

  get tool(): ToolName {
    return this.currentTool
  }

  /** Redraws when the board changed since the last drawing. Cheap to call every frame. */
  refresh(): void {
    if (this.options.version() !== this.drawnVersion) this.redraw()
  }

  redraw(): void {
    this.drawnVersion = this.options.version()
    let file: RestFile
    try {
      file = this.options.restFile()
      this.list = restToDisplayList(file)
    } catch (error) {
      this.options.onError(`The board could not be drawn: ${messageOf(error)}`)
      return
    }
    const scene = SceneIndex.fromRestFile(file)
    this.currentScene = scene
    this.painter.paint(this.list, (id) => scene.get(id)?.type)
    const editing = this.editor.editingId
    if (editing !== undefined) this.setTextHidden(editing, true)
    for (const [nodeId, { dx, dy }] of this.previews) this.previewMove(nodeId, dx, dy)
    this.showSelection()
  }

  /** Shows everything on the page, or the empty page at 100 %. */
  fitAll(): void {
    const box = this.currentScene.bounds()
    if (box === undefined) this.setView(INITIAL_VIEW)
    else this.fitBox(box)
  }

  /** Shows these nodes, as `figma.viewport.scrollAndZoomIntoView` asks. */
  fitNodes(ids: readonly string[]): void {
    const box = this.currentScene.boundsOf(ids)
    if (box !== undefined) this.fitBox(box)
  }

  /** Zooms about the middle of the canvas. */
  zoomBy(factor: number): void {
    this.setView(zoomAt(this.currentView, { x: this.svg.clientWidth / 2, y: this.svg.clientHeight / 2 }, factor))
  }

  /** Undoes the last step, a plugin run or an edit made here; false when there is none. */
  undo(): boolean {
    return this.replaceDocument(() => this.options.history?.undo() ?? false)
  }

  /** Does the step undone last again; false when nothing was undone since the last step. */
  redo(): boolean {
    return this.replaceDocument(() => this.options.history?.redo() ?? false)
  }

  private replaceDocument(step: () => boolean): boolean {
    this.gesture?.gesture.cancel()
    this.gesture = undefined
    const replaced = step()
    if (replaced) {
      // The document was replaced: nodes selected before may be gone, and the API's call count,
      // which tells the canvas when to redraw, did not move.
      this.select([])
      this.redraw()
      this.notify()
    }
    return replaced
  }

  /** The selected nodes Delete would remove. */
  deletableSelection(): string[] {
    return this.selectedIds().filter((id) => DELETABLE_TYPES.has(this.currentScene.get(id)?.type ?? ''))
  }

  async deleteSelectionAsync(): Promise<void> {
    const ids = this.deletableSelection()
    if (ids.length > 0) await this.editAsync(() => deleteNodesAsync(this.api, ids))
  }

  /** Calls `listener` when the tool, the zoom or the selection changes; returns the unsubscribe function. */
  onStateChange(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  // Internals.

  private fitBox(box: Parameters<typeof fitBox>[0]): void {
    const size = { width: this.svg.clientWidth, height: this.svg.clientHeight }
    if (size.width > 0 && size.height > 0) this.setView(fitBox(box, size, FIT_INSETS))
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener()
  }

  private applyView(): void {
    const { x, y, zoom } = this.currentView
    const matrix = `matrix(${zoom} 0 0 ${zoom} ${x} ${y})`
    for (const layer of this.layers) layer.setAttribute('transform', matrix)
    this.dots.setAttribute('patternTransform', matrix)
    this.dotsRect.style.display = CANVAS_DOT_SPACING * zoom < MIN_DOT_GAP_PX ? 'none' : ''
    this.overlay.setZoom(zoom)
    this.editor.place(this.currentView)
    this.notify()
  }

  /** The page's selection, as ids. */
  selection(): string[] {
    return this.selectedIds()
  }

  private selectedIds(): string[] {
    try {
      return this.api.currentPage.selection.map((node) => node.id)
    } catch {
      // A closed plugin's API throws on every use; nothing is selected then.
      return []
    }
  }

  /** Outlines the page's selection; a node being dragged is outlined where it is shown. */
  private showSelection(): void {
    const boxes = this.selectedIds().flatMap((id) => {
      const box = this.currentScene.get(id)?.box
      if (box === undefined) return []
      const preview = this.previews.get(id)
      return preview !== undefined ? [{ ...box, x: box.x + preview.dx, y: box.y + preview.dy }] : [box]
    })
    this.overlay.setSelection(boxes)
    this.notify()
  }

  private async selectAsync(ids: readonly string[]): Promise<void> {
    try {
      const nodes: SceneNode[] = []
      for (const id of ids) {
        const node = await this.api.getNodeByIdAsync(id)
        if (node !== null && !node.removed && node.type !== 'PAGE' && node.type !== 'DOCUMENT') nodes.push(node)
      }
      this.api.currentPage.selection = nodes
    } catch (error) {
      this.options.onError(messageOf(error))
    }
    this.showSelection()
  }

  private setTextHidden(nodeId: string, hidden: boolean): void {
    for (const text of this.painter.groupOf(nodeId)?.querySelectorAll('text') ?? []) text.style.visibility = hidden ? 'hidden' : ''
  }

  private sample(event: MouseEvent): PointerSample {
    const rect = this.svg.getBoundingClientRect()
    const screen: Point = { x: event.clientX - rect.left, y: event.clientY - rect.top }
    return { screen, board: toBoard(this.currentView, screen), shift: event.shiftKey }
  }

  private listen(): void {
    const svg = this.svg
    svg.addEventListener('pointerdown', (event) => {
      if ((event.button !== 0 && event.button !== 1) || this.gesture !== undefined) return
      event.preventDefault()
      this.editor.commit()
      this.element.focus({ preventScroll: true })
      const at = this.sample(event)
      const gesture = event.button === 1 || this.spaceHeld ? panGesture(this, at) : CANVAS_TOOLS[this.currentTool].begin(this, at)
      this.gesture = { pointerId: event.pointerId, gesture }
      svg.setPointerCapture(event.pointerId)
    })
    svg.addEventListener('pointermove', (event) => {
      if (this.gesture?.pointerId === event.pointerId) this.gesture.gesture.move(this.sample(event))
    })
    svg.addEventListener('pointerup', (event) => {
      const active = this.gesture
      if (active?.pointerId !== event.pointerId) return
      this.gesture = undefined
      active.gesture.end(this.sample(event))
    })
    svg.addEventListener('pointercancel', (event) => {
      const active = this.gesture
      if (active?.pointerId !== event.pointerId) return
      this.gesture = undefined
      active.gesture.cancel()
    })
    svg.addEventListener('dblclick', (event) => {
      if (this.currentTool !== 'select') return
      const hit = this.currentScene.topmostAt(this.sample(event).board, MOVABLE_TYPES)
      if (hit !== undefined) this.editText(hit.id)
    })
    svg.addEventListener(
      'wheel',
      (event) => {
        event.preventDefault()
        const unit = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? WHEEL_LINE_PX : event.deltaMode === WheelEvent.DOM_DELTA_PAGE ? svg.clientHeight : 1
        if (event.ctrlKey || event.metaKey) {
          this.setView(zoomAt(this.currentView, this.sample(event).screen, Math.exp(-event.deltaY * unit * WHEEL_ZOOM_PER_PX)))
          return
        }
        // Shift turns a vertical wheel sideways, as every canvas app does.
        const [dx, dy] = event.shiftKey && event.deltaX === 0 ? [event.deltaY, 0] : [event.deltaX, event.deltaY]
        this.setView(panBy(this.currentView, -dx * unit, -dy * unit))
      },
      { passive: false }
    )
    this.element.addEventListener('keydown', (event) => {
      if (event.key === ' ') {
        this.spaceHeld = true
        event.preventDefault()
        return
      }
      const command = canvasKeyCommand(event)
      if (command === undefined) return
      event.preventDefault()
      this.run(command)
    })
    this.element.addEventListener('keyup', (event) => {
      if (event.key === ' ') this.spaceHeld = false
    })
  }

  private run(command: KeyCommand): void {
    switch (command.kind) {
      case 'delete':
        void this.deleteSelectionAsync()
        return
      case 'escape':
        this.gesture?.gesture.cancel()
        this.gesture = undefined
        this.setTool('select')
        this.select([])
        return
      case 'tool':
        this.setTool(command.tool)
        return
      case 'zoom':
        this.zoomBy(command.factor)
        return
      case 'fit':
        this.fitAll()
        return
      case 'undo':
        this.undo()
        return
      case 'redo':
        this.redo()
        return
    }
  }
}
