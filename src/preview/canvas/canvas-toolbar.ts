import type { BoardCanvas } from './board-canvas'
import { CANVAS_TOOLS } from './tools/canvas-tools'
import { ZOOM_STEP } from './view-transform'

const PERCENT = 100

function button(doc: Document, label: string, title: string, onClick: () => void): HTMLButtonElement {
  const element = doc.createElement('button')
  element.type = 'button'
  element.className = 'jbp-tool'
  element.textContent = label
  element.title = title
  element.addEventListener('click', onClick)
  // Keeps the keyboard focus on the canvas, so shortcuts keep working after a click on the toolbar.
  element.addEventListener('pointerdown', (event) => event.preventDefault())
  return element
}

/**
 * The canvas's controls, FigJam-style: the tools and Delete at the bottom, zoom at the bottom
 * right. Every control has a visible name and its shortcut in the tooltip.
 */
export function createCanvasToolbar(canvas: BoardCanvas): HTMLElement {
  const doc = canvas.element.ownerDocument
  const root = doc.createElement('div')
  root.className = 'jbp-toolbars'

  const tools = doc.createElement('div')
  tools.className = 'jbp-toolbar'
  tools.setAttribute('role', 'toolbar')
  tools.setAttribute('aria-label', 'Canvas tools')
  const toolButtons = Object.values(CANVAS_TOOLS).map((tool) => {
    const element = button(doc, tool.label, `${tool.label} (${tool.shortcut})`, () => canvas.setTool(tool.name))
    element.dataset.tool = tool.name
    return element
  })
  const remove = button(doc, 'Delete', 'Delete the selected sticky (Delete)', () => void canvas.deleteSelectionAsync())
  const undo = button(doc, 'Undo', 'Undo the last edit or plugin run (Ctrl+Z / ⌘Z)', () => canvas.undo())
  const redo = button(doc, 'Redo', 'Redo what was undone last (Ctrl+Shift+Z / ⇧⌘Z, Ctrl+Y)', () => canvas.redo())
  tools.append(...toolButtons, remove, undo, redo)

  const zoom = doc.createElement('div')
  zoom.className = 'jbp-toolbar jbp-zoom'
  zoom.setAttribute('role', 'toolbar')
  zoom.setAttribute('aria-label', 'Zoom')
  const zoomOut = button(doc, '−', 'Zoom out (-)', () => canvas.zoomBy(1 / ZOOM_STEP))
  zoomOut.setAttribute('aria-label', 'Zoom out')
  const zoomIn = button(doc, '+', 'Zoom in (+)', () => canvas.zoomBy(ZOOM_STEP))
  zoomIn.setAttribute('aria-label', 'Zoom in')
  const level = doc.createElement('output')
  level.className = 'jbp-zoom-level'
  level.setAttribute('aria-label', 'Zoom level')
  const fit = button(doc, 'Fit', 'Zoom to fit everything (Shift+1)', () => canvas.fitAll())
  fit.setAttribute('aria-label', 'Zoom to fit')
  zoom.append(zoomOut, level, zoomIn, fit)

  const update = (): void => {
    for (const element of toolButtons) element.setAttribute('aria-pressed', String(element.dataset.tool === canvas.tool))
    remove.disabled = canvas.deletableSelection().length === 0
    level.textContent = `${Math.round(canvas.view().zoom * PERCENT)}%`
  }
  canvas.onStateChange(update)
  update()
  root.append(tools, zoom)
  return root
}
