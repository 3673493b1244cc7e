import type { CanvasOverlay } from '../canvas-overlay'
import type { SceneIndex } from '../scene-index'
import type { ViewTransform } from '../view-transform'

export type ToolName = 'select' | 'sticky' | 'connector' | 'section'

/** What a tool may do to the canvas and, through the Plugin API, to the board. */
export interface ToolContext {
  readonly api: PluginAPI
  readonly overlay: CanvasOverlay
  /** The nodes as last drawn. */
  scene(): SceneIndex
  view(): ViewTransform
  setView(view: ViewTransform): void
  /** Shows a node shifted by (dx, dy) page units while it is dragged, without touching the board. */
  previewMove(nodeId: string, dx: number, dy: number): void
  clearPreview(nodeId: string): void
  /** Sets the page's selection, as clicking in FigJam does. */
  select(ids: readonly string[]): void
  /** The page's selection, as ids. */
  selection(): string[]
  /** Runs an edit through the Plugin API, reports a failure to the person, then redraws. */
  editAsync<T>(edit: () => Promise<T>): Promise<T | undefined>
  /** Opens the in-place text editor on a sticky. */
  editText(nodeId: string): void
  setTool(name: ToolName): void
}
