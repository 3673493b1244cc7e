import type { Box } from '../../render'
import { FONT_FAMILY, FONT_WEIGHT_MEDIUM, LINE_HEIGHT_RATIO, STICKY_PADDING } from '../../render/render-theme'
import { boxToScreen, type ViewTransform } from './view-transform'

/** Called when editing ends, with the new text, or undefined when it did not change. */
export type CloseHandler = (nodeId: string, changedText: string | undefined) => void

export interface TextEditTarget {
  nodeId: string
  /** The node's box in page coordinates. */
  box: Box
  /** The fill behind the text, `#RRGGBB`. */
  background: string
  /** The size the canvas draws the text at, in board units. */
  fontSize: number
  text: string
}

/**
 * Editing a sticky's text in place: a textarea laid exactly over the sticky, in its colour and at
 * its zoom. Like FigJam, leaving it (Escape, Ctrl/Cmd+Enter, or clicking elsewhere) keeps the text.
 */
export class TextEditorOverlay {
  private readonly area: HTMLTextAreaElement
  private target: TextEditTarget | undefined
  private onClose: CloseHandler | undefined

  constructor(private readonly host: HTMLElement) {
    this.area = host.ownerDocument.createElement('textarea')
    this.area.className = 'jbp-text-editor'
    this.area.setAttribute('aria-label', 'Sticky text')
    this.area.spellcheck = true
    this.area.hidden = true
    this.area.addEventListener('keydown', (event) => {
      // Typing must never reach the canvas shortcuts (Backspace would delete the sticky).
      event.stopPropagation()
      if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
        event.preventDefault()
        this.commit()
      }
    })
    this.area.addEventListener('blur', () => this.commit())
    host.appendChild(this.area)
  }

  get editingId(): string | undefined {
    return this.target?.nodeId
  }

  open(target: TextEditTarget, view: ViewTransform, onClose: CloseHandler): void {
    this.commit()
    this.target = target
    this.onClose = onClose
    this.area.value = target.text
    this.area.style.background = target.background
    this.area.hidden = false
    this.place(view)
    this.area.focus()
    this.area.select()
  }

  /** Follows the sticky when the view pans or zooms. */
  place(view: ViewTransform): void {
    const target = this.target
    if (target === undefined) return
    const box = boxToScreen(view, target.box)
    const style = this.area.style
    style.left = `${box.x}px`
    style.top = `${box.y}px`
    style.width = `${box.width}px`
    style.height = `${box.height}px`
    style.padding = `${STICKY_PADDING * view.zoom}px`
    style.fontFamily = FONT_FAMILY
    style.fontWeight = String(FONT_WEIGHT_MEDIUM)
    style.fontSize = `${target.fontSize * view.zoom}px`
    style.lineHeight = String(LINE_HEIGHT_RATIO)
  }

  /** Closes the editor, handing its text on if it changed. */
  commit(): void {
    const target = this.target
    const onClose = this.onClose
    if (target === undefined || onClose === undefined) return
    this.target = undefined
    this.onClose = undefined
    const text = this.area.value
    // Closed from the keyboard, the focus goes back to the canvas so its shortcuts work at once;
    // closed by clicking elsewhere, it stays where the click put it.
    const hadFocus = this.host.ownerDocument.activeElement === this.area
    this.area.hidden = true
    if (hadFocus) this.host.focus({ preventScroll: true })
    onClose(target.nodeId, text === target.text ? undefined : text)
  }
}
