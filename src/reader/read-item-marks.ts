import { CELL_PADDING, emotionCurves, orderLanes, type PlanRole } from '../layout'
import type { Item } from '../model'
import type { SnapshotNode } from './board-snapshot'
import { scoreFromPoint, scoreFromText } from './emotion-score'
import type { GeneratedBoardContext } from './generated-board-context'

/**
 * Brings the kept items' flags and scores up to date with the marks the board shows for them: a
 * removed flag marker removes its flag; an emotion point's height in its row's band gives its
 * score, a score badge's text gives its; a removed point or badge removes the score.
 * @param kept the items still on the board, changed in place
 * @param labels the lane labels, whose boxes are the rows the emotion bands sit in
 */
export function readItemMarks(ctx: GeneratedBoardContext, kept: ReadonlyMap<string, Item>, labels: ReadonlyMap<string, SnapshotNode>): void {
  const { stored, log } = ctx
  const markers = new Set<string>()
  for (const node of ctx.tagged('flag-marker')) {
    const tag = ctx.tagOf(node)
    ctx.used.add(node.id)
    if (tag?.itemId !== undefined && tag.part !== undefined) markers.add(`${tag.itemId} ${tag.part}`)
  }
  for (const item of kept.values()) {
    if (item.flag === 'red' && !markers.has(`${item.id} red-flag`)) delete item.flag
    if (item.flag === 'green' && !markers.has(`${item.id} green-flag`)) delete item.flag
    if (item.momentOfTruth && !markers.has(`${item.id} moment-of-truth`)) item.momentOfTruth = false
  }

  // Which emotion row drew each scored item's point (the first row draws the touchpoints when scored per touchpoint).
  const curveRow = new Map<string, string>()
  for (const [laneId, items] of emotionCurves(stored, orderLanes(stored.lanes))) {
    for (const item of items) curveRow.set(item.id, laneId)
  }
  const shownBy = (role: PlanRole): Map<string, SnapshotNode> => {
    const found = new Map<string, SnapshotNode>()
    for (const node of ctx.tagged(role)) {
      ctx.used.add(node.id)
      const itemId = ctx.tagOf(node)?.itemId
      if (itemId === undefined || found.has(itemId)) continue
      found.set(itemId, node)
      if (!kept.has(itemId)) log.notRead(node.id, 'mark-of-removed-item', { node, item: itemId })
    }
    return found
  }
  const points = shownBy('emotion-point')
  const badges = shownBy('score-badge')
  for (const item of kept.values()) {
    const previous = item.score
    if (previous === undefined) continue
    const row = curveRow.get(item.id)
    const shown = row === undefined ? badges.get(item.id) : points.get(item.id)
    if (shown === undefined) {
      delete item.score
    } else if (row !== undefined) {
      const label = labels.get(row)
      // The band starts at the row's top padding; without its label the row cannot be found, so the score stays.
      if (label !== undefined) item.score = scoreFromPoint(shown.box.y - (label.box.y + CELL_PADDING), stored.emotionScale, previous)
    } else {
      const score = scoreFromText(shown.text ?? '', stored.emotionScale, previous)
      if (score === undefined) log.add(shown.id, 'badge-not-a-number', { text: (shown.text ?? '').trim(), item: item.id })
      else item.score = score
    }
  }
}
