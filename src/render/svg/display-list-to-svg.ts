import type { Box, CapMarker, DisplayItem, DisplayList, Fill, Shadow, Stroke } from '../display-list'
import { connectorCapOutline } from '../geometry/connector-cap-outline'
import { escapeXml } from './escape-xml'
import { formatNumber as n } from './format-number'
import { pathData } from './path-data'
import { boardExtentProblem, pictureSize, type PictureSize } from './picture-size'

export interface DisplayListToSvgOptions {
  /** Space around the content, in board units. Default 48. */
  padding?: number
  /**
   * Picture width in pixels; the height keeps the board's proportions. Wins over `scale`. Either
   * way the picture is kept within MAX_PICTURE_SIDE and MAX_PICTURE_PIXELS (see `svgPictureSize`).
   */
  width?: number
  /** Pixels per board unit. Default 1. */
  scale?: number
  /** Draw FigJam's dotted canvas behind the board. Default true; false leaves it transparent. */
  background?: boolean
  /** Prefix of the ids in `<defs>`, so several pictures can share one HTML page. Default `jb-`. */
  idPrefix?: string
}

const DEFAULT_PADDING = 48
const DEFAULT_ID_PREFIX = 'jb-'
/** Shadow filters reach this share of the shape's size beyond it on each side. */
const FILTER_MARGIN = '-20%'
const FILTER_SPAN = '140%'
const ID_PREFIX_PATTERN = /^[A-Za-z_][\w.-]*$/

function checkOptions(options: DisplayListToSvgOptions): void {
  const positive = (name: 'width' | 'scale'): void => {
    const value = options[name]
    if (value !== undefined && !(Number.isFinite(value) && value > 0)) throw new Error(`${name} must be a number more than 0, got ${String(value)}`)
  }
  positive('width')
  positive('scale')
  if (options.padding !== undefined && !(Number.isFinite(options.padding) && options.padding >= 0)) {
    throw new Error(`padding must be a number 0 or more, got ${String(options.padding)}`)
  }
  if (options.idPrefix !== undefined && !ID_PREFIX_PATTERN.test(options.idPrefix)) {
    throw new Error(`idPrefix must start with a letter or "_" and hold only letters, digits, "_", "-" and ".", got ${JSON.stringify(options.idPrefix)}`)
  }
}

function attr(name: string, value: string | number): string {
  return ` ${name}="${typeof value === 'number' ? n(value) : escapeXml(value)}"`
}

function fillAttrs(fill: Fill | undefined): string {
  if (fill === undefined) return attr('fill', 'none')
  return attr('fill', fill.color) + (fill.opacity < 1 ? attr('fill-opacity', fill.opacity) : '')
}

function strokeAttrs(stroke: Stroke | undefined): string {
  if (stroke === undefined) return ''
  let out = attr('stroke', stroke.color) + attr('stroke-width', stroke.width)
  if (stroke.opacity < 1) out += attr('stroke-opacity', stroke.opacity)
  if (stroke.dash !== undefined && stroke.dash.length > 0) out += attr('stroke-dasharray', stroke.dash.map(n).join(' '))
  return out
}

/** Collects the `<defs>` the items need: one shadow filter per distinct shadow, one marker per capped end. */
class Defs {
  private readonly shadows = new Map<string, string>()
  private readonly markup: string[] = []
  private markerCount = 0
  private readonly prefix: string

  constructor(prefix: string) {
    this.prefix = prefix
  }

  shadow(shadow: Shadow): string {
    const key = [shadow.offsetX, shadow.offsetY, shadow.blur, shadow.color, shadow.opacity].join(',')
    const known = this.shadows.get(key)
    if (known !== undefined) return known
    const id = `${this.prefix}shadow-${this.shadows.size}`
    this.shadows.set(key, id)
    this.markup.push(
      `<filter${attr('id', id)}${attr('x', FILTER_MARGIN)}${attr('y', FILTER_MARGIN)}${attr('width', FILTER_SPAN)}${attr('height', FILTER_SPAN)} color-interpolation-filters="sRGB">` +
        `<feGaussianBlur in="SourceAlpha"${attr('stdDeviation', shadow.blur)}/>` +
        `<feOffset${attr('dx', shadow.offsetX)}${attr('dy', shadow.offsetY)} result="offsetBlur"/>` +
        `<feFlood${attr('flood-color', shadow.color)}${attr('flood-opacity', shadow.opacity)}/>` +
        '<feComposite in2="offsetBlur" operator="in"/>' +
        '<feMerge><feMergeNode/><feMergeNode in="SourceGraphic"/></feMerge></filter>'
    )
    return id
  }

  /**
   * A marker drawing `cap` with its tip where the (inset) line ends plus `inset`. The angle is fixed
   * rather than `auto` so SVG and canvas agree exactly and start caps need no `auto-start-reverse`.
   */
  marker(cap: CapMarker): string {
    const id = `${this.prefix}cap-${this.markerCount++}`
    const outline = connectorCapOutline(cap.cap, cap.size)
    const extent = cap.size + cap.strokeWidth
    const paint = outline.filled
      ? attr('fill', cap.color) + (cap.opacity < 1 ? attr('fill-opacity', cap.opacity) : '')
      : attr('fill', 'none') +
        strokeAttrs({ color: cap.color, opacity: cap.opacity, width: cap.strokeWidth }) +
        ' stroke-linecap="round" stroke-linejoin="round"'
    this.markup.push(
      `<marker${attr('id', id)} markerUnits="userSpaceOnUse"${attr('viewBox', `${n(-extent)} ${n(-extent)} ${n(2 * extent)} ${n(2 * extent)}`)}` +
        `${attr('markerWidth', 2 * extent)}${attr('markerHeight', 2 * extent)}${attr('refX', -cap.inset)} refY="0"${attr('orient', (cap.angle * 180) / Math.PI)}>` +
        `<path${attr('d', pathData(outline.commands))}${paint}/></marker>`
    )
    return id
  }

  render(): string {
    return this.markup.join('\n')
  }
}

function itemMarkup(item: DisplayItem, defs: Defs): string {
  const filter = item.kind !== 'text' && item.shadow !== undefined ? attr('filter', `url(#${defs.shadow(item.shadow)})`) : ''
  switch (item.kind) {
    case 'rect': {
      const radius = item.radius > 0 ? attr('rx', item.radius) : ''
      return `<rect${attr('x', item.x)}${attr('y', item.y)}${attr('width', item.width)}${attr('height', item.height)}${radius}${fillAttrs(item.fill)}${strokeAttrs(item.stroke)}${filter}/>`
    }
    case 'ellipse':
      return `<ellipse${attr('cx', item.cx)}${attr('cy', item.cy)}${attr('rx', item.rx)}${attr('ry', item.ry)}${fillAttrs(item.fill)}${strokeAttrs(item.stroke)}${filter}/>`
    case 'path': {
      const start = item.startCap === undefined ? '' : attr('marker-start', `url(#${defs.marker(item.startCap)})`)
      const end = item.endCap === undefined ? '' : attr('marker-end', `url(#${defs.marker(item.endCap)})`)
      const joins = item.stroke === undefined ? '' : ' stroke-linecap="round" stroke-linejoin="round"'
      return `<path${attr('d', pathData(item.commands))}${fillAttrs(item.fill)}${strokeAttrs(item.stroke)}${joins}${start}${end}${filter}/>`
    }
    case 'text': {
      const anchor = item.anchor === 'start' ? '' : attr('text-anchor', item.anchor)
      const lines = item.lines
        .filter((line) => line.text !== '')
        .map((line) => `<tspan${attr('x', line.x)}${attr('y', line.y)}>${escapeXml(line.text)}</tspan>`)
        .join('')
      if (lines === '') return ''
      return `<text${attr('font-family', item.fontFamily)}${attr('font-size', item.fontSize)}${attr('font-weight', item.fontWeight)}${fillAttrs(item.fill)}${anchor} xml:space="preserve">${lines}</text>`
    }
  }
}

/**
 * The size of the picture displayListToSvg makes with these options, in pixels, within the limits.
 * @throws Error when an option is out of range, or the board reaches beyond MAX_BOARD_EXTENT.
 */
export function svgPictureSize(list: DisplayList, options: DisplayListToSvgOptions = {}): PictureSize {
  checkOptions(options)
  const extent = boardExtentProblem(list.bounds)
  if (extent !== undefined) throw new Error(extent)
  const view = viewBoxOf(list.bounds, options.padding ?? DEFAULT_PADDING)
  return pictureSize(view, options.width !== undefined && view.width > 0 ? options.width / view.width : (options.scale ?? 1))
}

function viewBoxOf(bounds: Box, padding: number): Box {
  return { x: bounds.x - padding, y: bounds.y - padding, width: bounds.width + 2 * padding, height: bounds.height + 2 * padding }
}

/**
 * Serialises a display list as a standalone SVG document. The viewBox is the content bounds plus
 * padding; primitives of one node are grouped in `<g data-node-id>` so the picture can be
 * inspected or styled per node.
 * @throws Error when an option is out of range, or the board reaches beyond MAX_BOARD_EXTENT.
 */
export function displayListToSvg(list: DisplayList, options: DisplayListToSvgOptions = {}): string {
  const { width, height } = svgPictureSize(list, options)
  const prefix = options.idPrefix ?? DEFAULT_ID_PREFIX
  const view = viewBoxOf(list.bounds, options.padding ?? DEFAULT_PADDING)
  const defs = new Defs(prefix)

  const body: string[] = []
  let groupId: string | undefined
  let group: string[] = []
  const flush = (): void => {
    if (group.length === 0) return
    body.push(groupId === undefined ? group.join('\n') : `<g${attr('data-node-id', groupId)}>\n${group.join('\n')}\n</g>`)
    group = []
  }
  for (const item of list.items) {
    if (item.nodeId !== groupId) {
      flush()
      groupId = item.nodeId
    }
    const markup = itemMarkup(item, defs)
    if (markup !== '') group.push(markup)
  }
  flush()

  const background: string[] = []
  if (options.background !== false) {
    const bg = list.background
    const s = bg.dotSpacing
    const dotsId = `${prefix}dots`
    background.push(
      `<pattern${attr('id', dotsId)} patternUnits="userSpaceOnUse"${attr('x', -s / 2)}${attr('y', -s / 2)}${attr('width', s)}${attr('height', s)}>` +
        `<circle${attr('cx', s / 2)}${attr('cy', s / 2)}${attr('r', bg.dotRadius)}${attr('fill', bg.dotColor)}/></pattern>`
    )
    const area = `${attr('x', view.x)}${attr('y', view.y)}${attr('width', view.width)}${attr('height', view.height)}`
    body.unshift(`<rect${area}${attr('fill', bg.color)}/>`, `<rect${area}${attr('fill', `url(#${dotsId})`)}/>`)
  }
  const defsMarkup = [...background, defs.render()].filter((part) => part !== '').join('\n')

  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${attr('width', width)}${attr('height', height)}` +
      `${attr('viewBox', `${n(view.x)} ${n(view.y)} ${n(view.width)} ${n(view.height)}`)} role="img">`,
    `<title>${escapeXml(list.title)}</title>`,
    defsMarkup === '' ? '' : `<defs>\n${defsMarkup}\n</defs>`,
    ...body,
    '</svg>',
    ''
  ]
    .filter((part, i, all) => part !== '' || i === all.length - 1)
    .join('\n')
}
