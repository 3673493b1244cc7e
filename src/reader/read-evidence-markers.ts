import { MARK_COLORS, stickyColorOfShapeFill } from '../layout'
import { type Item, journeyEvidenceLevels } from '../model'
import type { GeneratedBoardContext } from './generated-board-context'
import type { WarningNode } from './board-reading'
import { warningNode } from './describe-node'

/**
 * Brings the kept items' evidence up to date with their markers: a removed marker removes the
 * item's evidence; a recoloured one moves it to the level of its new colour (people recolour
 * markers with FigJam's colour picker, so the colour is what they mean, not the letter; the picker's
 * light and saturated presets of one hue mean the same level). Sources
 * are not shown on the board and stay as stored.
 * @param kept the items still on the board, changed in place
 */
export function readEvidenceMarkers(ctx: GeneratedBoardContext, kept: ReadonlyMap<string, Item>): void {
  const levels = journeyEvidenceLevels(ctx.stored)
  const levelOfFill = new Map(levels.map((level) => [MARK_COLORS[level.color], level]))
  const levelOfHue = new Map<string, (typeof levels)[number]>(levels.map((level) => [level.color, level]))
  const levelOf = (fill: string): (typeof levels)[number] | undefined => levelOfFill.get(fill) ?? levelOfHue.get(stickyColorOfShapeFill(fill) ?? '')
  const markers = new Map<string, { fill: string | undefined; nodeId: string; node: WarningNode }>()
  for (const node of ctx.tagged('evidence-marker')) {
    ctx.used.add(node.id)
    const itemId = ctx.tagOf(node)?.itemId
    if (itemId === undefined || markers.has(itemId)) continue
    markers.set(itemId, { fill: node.fill, nodeId: node.id, node: warningNode(node) })
  }
  for (const item of kept.values()) {
    if (item.evidence === undefined) continue
    const marker = markers.get(item.id)
    if (marker === undefined) {
      delete item.evidence
      continue
    }
    const level = marker.fill === undefined ? undefined : levelOf(marker.fill)
    if (level === undefined) {
      ctx.log.add(marker.nodeId, 'evidence-colour-unknown', { node: marker.node, levels: levels.map((l) => l.name), colours: levels.map((l) => l.color), item: item.id })
    } else if (level.id !== item.evidence.level) {
      item.evidence = { ...item.evidence, level: level.id }
    }
  }
}
