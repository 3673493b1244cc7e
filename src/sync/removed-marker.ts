import { boardCatalogueFor } from '../i18n'
import type { BoardPlan, PlanNode, PlanShape, PlanSticky } from '../layout/board-plan'
import { SHAPE_PRESETS } from '../palette/figjam-palette'
import { HEADING_FONT, MARKER_OVERHANG } from '../layout/layout-metrics'
import { planTag } from '../layout/plan-builder'

/**
 * The "Removed from data" label: how the board marks an item the data removed but people worked
 * on, so it stays without passing for data. It is a pin like the flag markers (role `flag-marker`,
 * part `label`, this variant), across the sticky's bottom-left corner: it sticks out below and to
 * the left by MARKER_OVERHANG only, as the other pins do, so it never reaches another sticky.
 * Deleting it by hand settles the matter: the next sync does not bring it back.
 */
export const REMOVED_MARKER_VARIANT = 'removed-from-data'
export const REMOVED_MARKER_WIDTH = 176
export const REMOVED_MARKER_HEIGHT = 40
export const REMOVED_MARKER_FONT_SIZE = 14
export const REMOVED_MARKER_SHAPE = SHAPE_PRESETS.red

/** The label's words in the journey's language (English when the board does not speak it). */
export function removedMarkerText(locale: string): string {
  return boardCatalogueFor(locale).board.removedFromData
}

export function removedMarkerKey(itemId: string): string {
  return `marker:${itemId}:${REMOVED_MARKER_VARIANT}`
}

/** The plan with a label pinned to each of these items' stickies, right after the sticky's other pins. */
export function addRemovedMarkers(plan: BoardPlan, itemIds: readonly string[], locale: string): BoardPlan {
  const wanted = new Set(itemIds)
  if (wanted.size === 0) return plan
  const nodes: PlanNode[] = []
  let pending: PlanShape | undefined
  for (const node of plan.nodes) {
    const pinOfPending = pending !== undefined && node.tag.itemId === pending.tag.itemId && (node.tag.role === 'score-badge' || node.tag.role === 'flag-marker')
    if (pending !== undefined && !pinOfPending) {
      nodes.push(pending)
      pending = undefined
    }
    nodes.push(node)
    if (node.kind === 'sticky' && node.tag.role === 'item' && node.tag.itemId !== undefined && wanted.has(node.tag.itemId)) {
      pending = markerFor(node, locale)
    }
  }
  if (pending !== undefined) nodes.push(pending)
  return { ...plan, nodes }
}

function markerFor(sticky: PlanSticky, locale: string): PlanShape {
  const itemId = sticky.tag.itemId ?? ''
  const key = removedMarkerKey(itemId)
  return {
    kind: 'shape',
    key,
    parent: sticky.parent,
    name: key,
    x: sticky.x - MARKER_OVERHANG,
    y: sticky.y + sticky.height + MARKER_OVERHANG - REMOVED_MARKER_HEIGHT,
    width: REMOVED_MARKER_WIDTH,
    height: REMOVED_MARKER_HEIGHT,
    shapeType: 'ROUNDED_RECTANGLE',
    ...REMOVED_MARKER_SHAPE,
    text: removedMarkerText(locale),
    font: HEADING_FONT,
    fontSize: REMOVED_MARKER_FONT_SIZE,
    tag: planTag({
      role: 'flag-marker',
      part: 'label',
      variant: REMOVED_MARKER_VARIANT,
      itemId,
      ...(sticky.tag.stageId === undefined ? {} : { stageId: sticky.tag.stageId }),
      ...(sticky.tag.laneId === undefined ? {} : { laneId: sticky.tag.laneId })
    })
  }
}
