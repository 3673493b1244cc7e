import { formatProblems } from '../model'
import type { Box, DisplayItem, DisplayList } from './display-list'
import { displayListBounds } from './display-list-bounds'
import type { DrawContext } from './draw/draw-context'
import { drawNode } from './draw/draw-node'
import { nodeBox } from './draw/node-box'
import { CANVAS_COLOR, CANVAS_DOT_COLOR, CANVAS_DOT_RADIUS, CANVAS_DOT_SPACING } from './render-theme'
import { parseRestFile } from './rest/parse-rest-file'
import type { RestCanvas, RestFile, RestNode } from './rest/rest-file-schema'

export interface RestToDisplayListOptions {
  /** The page to draw, by CANVAS id or name; the first page when absent. */
  page?: string
  /** The canvas colour behind the dots, `#RRGGBB`. */
  backgroundColor?: string
}

const DEFAULT_TITLE = 'FigJam board'

function pickCanvas(file: RestFile, page: string | undefined): RestCanvas {
  const pages = file.document.children
  const canvas = page === undefined ? pages[0] : pages.find((c) => c.id === page || c.name === page)
  if (canvas === undefined) {
    const names = pages.map((c) => JSON.stringify(c.name ?? c.id ?? '')).join(', ')
    throw new Error(`page ${JSON.stringify(page)} is not in the file (pages: ${names})`)
  }
  return canvas
}

function indexBoxes(nodes: readonly RestNode[], boxes: Map<string, Box>): void {
  for (const node of nodes) {
    if (node.visible === false) continue
    const box = nodeBox(node)
    if (box !== undefined) boxes.set(node.id, box)
    if (node.children !== undefined) indexBoxes(node.children, boxes)
  }
}

/**
 * Flattens a FigJam board (a Figma REST file response) into drawing primitives, in FigJam's paint
 * order: document order with every parent before its children, then all connectors on top.
 * Hidden nodes and the contents of hidden sections are left out.
 * @throws Error listing every problem with its path when `input` is not a REST file, or when `page` names no page.
 */
export function restToDisplayList(input: unknown, options: RestToDisplayListOptions = {}): DisplayList {
  const parsed = parseRestFile(input)
  if (!parsed.ok) throw new Error(`not a Figma file the renderer can read:\n${formatProblems(parsed.problems)}`)
  const file = parsed.value
  const canvas = pickCanvas(file, options.page)

  const boxes = new Map<string, Box>()
  indexBoxes(canvas.children, boxes)
  const warnings = new Set<string>()
  const context: DrawContext = {
    boxOf: (id) => boxes.get(id),
    warn: (message) => {
      warnings.add(message)
    }
  }

  const items: DisplayItem[] = []
  const connectors: RestNode[] = []
  const visit = (node: RestNode): void => {
    if (node.visible === false) return
    if (node.type === 'CONNECTOR') {
      connectors.push(node)
      return
    }
    items.push(...drawNode(node, context))
    if (node.type === 'SECTION' && node.sectionContentsHidden === true) return
    node.children?.forEach(visit)
  }
  canvas.children.forEach(visit)
  for (const connector of connectors) items.push(...drawNode(connector, context))

  return {
    title: file.name ?? canvas.name ?? DEFAULT_TITLE,
    background: {
      color: options.backgroundColor ?? CANVAS_COLOR,
      dotColor: CANVAS_DOT_COLOR,
      dotSpacing: CANVAS_DOT_SPACING,
      dotRadius: CANVAS_DOT_RADIUS
    },
    items,
    bounds: displayListBounds(items),
    warnings: [...warnings]
  }
}
