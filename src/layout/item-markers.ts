import type { Item } from '../model'
import type { MarkerKind } from './board-styles'

/** The markers an item carries, in the order they line up leftwards from its sticky's top-right corner. */
export function itemMarkers(item: Item): readonly MarkerKind[] {
  // One shared list for each mix of markers rather than a list made for every item (the layout asks
  // twice for each item of the board), and most items share the empty one.
  const moment = item.momentOfTruth
  if (item.flag === 'red') return moment ? RED_FLAG_AND_MOMENT : RED_FLAG
  if (item.flag === 'green') return moment ? GREEN_FLAG_AND_MOMENT : GREEN_FLAG
  return moment ? MOMENT : NO_MARKERS
}

const NO_MARKERS: readonly MarkerKind[] = []
const RED_FLAG: readonly MarkerKind[] = ['red-flag']
const GREEN_FLAG: readonly MarkerKind[] = ['green-flag']
const MOMENT: readonly MarkerKind[] = ['moment-of-truth']
const RED_FLAG_AND_MOMENT: readonly MarkerKind[] = ['red-flag', 'moment-of-truth']
const GREEN_FLAG_AND_MOMENT: readonly MarkerKind[] = ['green-flag', 'moment-of-truth']
