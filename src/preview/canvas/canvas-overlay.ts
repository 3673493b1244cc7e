import type { Box, Point } from '../../render'
import { svgElement } from './svg-element'

/** FigJam's selection blue. */
export const SELECTION_COLOR = '#0D99FF'
const SELECTION_STROKE_PX = 2
const DROP_TARGET_STROKE_PX = 3
const DROP_TARGET_FILL_OPACITY = 0.06
const LINK_STROKE_PX = 2
const LINK_DASH_PX = '6 4'
const LINK_END_RADIUS_PX = 5

/**
 * What the canvas draws over the board while a person works: selection outlines, the section a
 * dragged sticky would land in, and the line of a connector being drawn. Lives in board
 * coordinates; strokes keep their screen width at any zoom.
 */
export class CanvasOverlay {
  private readonly selection: SVGGElement
  private readonly dropTarget: SVGRectElement
  private readonly link: SVGGElement
  private readonly linkLine: SVGLineElement
  private readonly linkEnd: SVGCircleElement
  private readonly linkTarget: SVGRectElement
  private zoom = 1

  constructor(private readonly layer: SVGGElement) {
    const doc = layer.ownerDocument
    const outline = { fill: 'none', stroke: SELECTION_COLOR, 'vector-effect': 'non-scaling-stroke' }
    this.dropTarget = svgElement(doc, 'rect', { ...outline, fill: SELECTION_COLOR, 'fill-opacity': DROP_TARGET_FILL_OPACITY, 'stroke-width': DROP_TARGET_STROKE_PX, 'data-overlay': 'drop-target' })
    this.selection = svgElement(doc, 'g', { 'data-overlay': 'selection' })
    this.link = svgElement(doc, 'g', { 'data-overlay': 'link' })
    this.linkLine = svgElement(doc, 'line', { ...outline, 'stroke-width': LINK_STROKE_PX, 'stroke-dasharray': LINK_DASH_PX })
    this.linkEnd = svgElement(doc, 'circle', { fill: SELECTION_COLOR })
    this.linkTarget = svgElement(doc, 'rect', { ...outline, 'stroke-width': SELECTION_STROKE_PX })
    this.link.append(this.linkTarget, this.linkLine, this.linkEnd)
    this.dropTarget.style.display = 'none'
    this.link.style.display = 'none'
    this.layer.append(this.dropTarget, this.selection, this.link)
  }

  /** Keeps sizes given in screen pixels (the link's end dot) steady as the zoom changes. */
  setZoom(zoom: number): void {
    this.zoom = zoom
    this.linkEnd.setAttribute('r', String(LINK_END_RADIUS_PX / zoom))
  }

  setSelection(boxes: readonly Box[]): void {
    const doc = this.layer.ownerDocument
    this.selection.replaceChildren(
      ...boxes.map((box) =>
        svgElement(doc, 'rect', { ...box, fill: 'none', stroke: SELECTION_COLOR, 'stroke-width': SELECTION_STROKE_PX, 'vector-effect': 'non-scaling-stroke' })
      )
    )
  }

  setDropTarget(box: Box | undefined): void {
    if (box === undefined) {
      this.dropTarget.style.display = 'none'
      return
    }
    place(this.dropTarget, box)
    this.dropTarget.style.display = ''
  }

  /** The connector being drawn: from `from` to the pointer, outlining the node it would attach to. */
  setLink(from: Point, to: Point, target: Box | undefined): void {
    this.linkLine.setAttribute('x1', String(from.x))
    this.linkLine.setAttribute('y1', String(from.y))
    this.linkLine.setAttribute('x2', String(to.x))
    this.linkLine.setAttribute('y2', String(to.y))
    this.linkEnd.setAttribute('cx', String(to.x))
    this.linkEnd.setAttribute('cy', String(to.y))
    this.linkEnd.setAttribute('r', String(LINK_END_RADIUS_PX / this.zoom))
    if (target === undefined) this.linkTarget.style.display = 'none'
    else {
      place(this.linkTarget, target)
      this.linkTarget.style.display = ''
    }
    this.link.style.display = ''
  }

  clearLink(): void {
    this.link.style.display = 'none'
  }
}

function place(rect: SVGRectElement, box: Box): void {
  rect.setAttribute('x', String(box.x))
  rect.setAttribute('y', String(box.y))
  rect.setAttribute('width', String(box.width))
  rect.setAttribute('height', String(box.height))
}
