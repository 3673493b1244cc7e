import type { DisplayItem } from '../display-list'
import type { RestNode } from '../rest/rest-file-schema'
import type { DrawContext } from './draw-context'
import { drawConnector } from './draw-connector'
import { drawPlaceholder } from './draw-placeholder'
import { drawSection } from './draw-section'
import { drawShapeWithText } from './draw-shape-with-text'
import { drawSticky } from './draw-sticky'
import { drawTableCell } from './draw-table-cell'
import { drawTextNode } from './draw-text-node'

/**
 * The primitives for one node on its own (not its children), in paint order. This is the unit a
 * live canvas redraws when a single node changes.
 */
export function drawNode(node: RestNode, context: DrawContext): DisplayItem[] {
  switch (node.type) {
    case 'SECTION':
      return drawSection(node)
    case 'STICKY':
      return drawSticky(node)
    case 'SHAPE_WITH_TEXT':
      return drawShapeWithText(node)
    case 'TEXT':
      return drawTextNode(node)
    case 'CONNECTOR':
      return drawConnector(node, context)
    case 'TABLE_CELL':
      return drawTableCell(node)
    case 'TABLE':
    case 'GROUP':
      // Pure containers: their cells or children draw everything visible.
      return []
    default:
      return drawPlaceholder(node, context)
  }
}
