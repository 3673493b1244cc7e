import { type CapMarker, connectorCapOutline, type DisplayItem, type DisplayList, type Fill, type Shadow, type Stroke } from '../../render'
import { pathData } from '../../render/svg/path-data'
import { svgElement } from './svg-element'

/** Shadow filters reach this share of the shape's size beyond it on each side (as the SVG export does). */
const FILTER_MARGIN = '-20%'
const FILTER_SPAN = '140%'

type Attributes = Record<string, string | number | undefined>

interface NodeRun {
  key: string
  nodeId: string | undefined
  items: DisplayItem[]
}

interface PaintedGroup {
  signature: string
  element: SVGGElement
}

/** Consecutive items of one node; the renderer emits each node's primitives together. */
function runsOf(items: readonly DisplayItem[]): NodeRun[] {
  const runs: NodeRun[] = []
  const seen = new Map<string, number>()
  for (const item of items) {
    const last = runs[runs.length - 1]
    if (last !== undefined && last.nodeId !== undefined && last.nodeId === item.nodeId) {
      last.items.push(item)
      continue
    }
    const base = item.nodeId ?? '(board)'
    const occurrence = seen.get(base) ?? 0
    seen.set(base, occurrence + 1)
    runs.push({ key: occurrence === 0 ? base : `${base}#${occurrence}`, nodeId: item.nodeId, items: [item] })
  }
  return runs
}

function fillAttributes(fill: Fill | undefined): Attributes {
  if (fill === undefined) return { fill: 'none' }
  return { fill: fill.color, 'fill-opacity': fill.opacity < 1 ? fill.opacity : undefined }
}

function strokeAttributes(stroke: Stroke | undefined): Attributes {
  if (stroke === undefined) return {}
  return {
    stroke: stroke.color,
    'stroke-width': stroke.width,
    'stroke-opacity': stroke.opacity < 1 ? stroke.opacity : undefined,
    'stroke-dasharray': stroke.dash !== undefined && stroke.dash.length > 0 ? stroke.dash.join(' ') : undefined
  }
}

/**
 * Paints a display list into an SVG layer, one `<g data-node-id data-node-type>` per node, the DOM
 * counterpart of `displayListToSvg`. A repaint keeps every group whose primitives did not change,
 * so dragging one sticky or typing into one does not rebuild a board of a thousand elements.
 */
export class SvgBoardPainter {
  private groups = new Map<string, PaintedGroup>()
  private readonly shadows = new Map<string, string>()
  private readonly doc: Document

  constructor(
    private readonly layer: SVGGElement,
    private readonly defs: SVGDefsElement,
    private readonly idPrefix: string
  ) {
    this.doc = layer.ownerDocument
  }

  paint(list: DisplayList, typeOf: (nodeId: string) => string | undefined): void {
    const next = new Map<string, PaintedGroup>()
    const ordered: SVGGElement[] = []
    for (const run of runsOf(list.items)) {
      const type = run.nodeId === undefined ? undefined : typeOf(run.nodeId)
      const signature = `${type ?? ''}|${JSON.stringify(run.items)}`
      const known = this.groups.get(run.key)
      const group = known !== undefined && known.signature === signature ? known : { signature, element: this.buildGroup(run, type) }
      next.set(run.key, group)
      ordered.push(group.element)
    }
    for (const [key, group] of this.groups) if (next.get(key) !== group) group.element.remove()
    let cursor = this.layer.firstChild
    for (const element of ordered) {
      if (element === cursor) cursor = cursor.nextSibling
      else this.layer.insertBefore(element, cursor)
    }
    this.groups = next
  }

  /** The group drawing a node, for moving it while it is dragged. */
  groupOf(nodeId: string): SVGGElement | undefined {
    return this.groups.get(nodeId)?.element
  }

  private buildGroup(run: NodeRun, type: string | undefined): SVGGElement {
    const group = svgElement(this.doc, 'g', { 'data-node-id': run.nodeId, 'data-node-type': type })
    for (const item of run.items) for (const element of this.itemElements(item)) group.appendChild(element)
    return group
  }

  private itemElements(item: DisplayItem): SVGElement[] {
    const filter = item.kind !== 'text' && item.shadow !== undefined ? `url(#${this.shadowFilter(item.shadow)})` : undefined
    switch (item.kind) {
      case 'rect':
        return [
          svgElement(this.doc, 'rect', {
            x: item.x,
            y: item.y,
            width: item.width,
            height: item.height,
            rx: item.radius > 0 ? item.radius : undefined,
            ...fillAttributes(item.fill),
            ...strokeAttributes(item.stroke),
            filter
          })
        ]
      case 'ellipse':
        return [svgElement(this.doc, 'ellipse', { cx: item.cx, cy: item.cy, rx: item.rx, ry: item.ry, ...fillAttributes(item.fill), ...strokeAttributes(item.stroke), filter })]
      case 'path': {
        const joins = item.stroke === undefined ? {} : { 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }
        const path = svgElement(this.doc, 'path', { d: pathData(item.commands), ...fillAttributes(item.fill), ...strokeAttributes(item.stroke), ...joins, filter })
        const caps = [item.startCap, item.endCap].flatMap((cap) => (cap === undefined ? [] : [this.capElement(cap)]))
        return [path, ...caps]
      }
      case 'text': {
        const lines = item.lines.filter((line) => line.text !== '')
        if (lines.length === 0) return []
        const text = svgElement(this.doc, 'text', {
          'font-family': item.fontFamily,
          'font-size': item.fontSize,
          'font-weight': item.fontWeight,
          'text-anchor': item.anchor === 'start' ? undefined : item.anchor,
          ...fillAttributes(item.fill)
        })
        text.style.whiteSpace = 'pre'
        for (const line of lines) {
          const span = svgElement(this.doc, 'tspan', { x: line.x, y: line.y })
          span.textContent = line.text
          text.appendChild(span)
        }
        return [text]
      }
    }
  }

  /** An arrowhead drawn in place: the outline's tip at (0, 0) turned and moved onto the connector's end. */
  private capElement(cap: CapMarker): SVGPathElement {
    const outline = connectorCapOutline(cap.cap, cap.size)
    const paint: Attributes = outline.filled
      ? { fill: cap.color, 'fill-opacity': cap.opacity < 1 ? cap.opacity : undefined }
      : { fill: 'none', ...strokeAttributes({ color: cap.color, opacity: cap.opacity, width: cap.strokeWidth }), 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }
    return svgElement(this.doc, 'path', {
      d: pathData(outline.commands),
      transform: `translate(${cap.tip.x} ${cap.tip.y}) rotate(${(cap.angle * 180) / Math.PI})`,
      ...paint
    })
  }

  private shadowFilter(shadow: Shadow): string {
    const key = [shadow.offsetX, shadow.offsetY, shadow.blur, shadow.color, shadow.opacity].join(',')
    const known = this.shadows.get(key)
    if (known !== undefined) return known
    const id = `${this.idPrefix}shadow-${this.shadows.size}`
    this.shadows.set(key, id)
    const filter = svgElement(this.doc, 'filter', { id, x: FILTER_MARGIN, y: FILTER_MARGIN, width: FILTER_SPAN, height: FILTER_SPAN, 'color-interpolation-filters': 'sRGB' })
    filter.appendChild(svgElement(this.doc, 'feDropShadow', { dx: shadow.offsetX, dy: shadow.offsetY, stdDeviation: shadow.blur, 'flood-color': shadow.color, 'flood-opacity': shadow.opacity }))
    this.defs.appendChild(filter)
    return id
  }
}
