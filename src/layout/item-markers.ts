import type { Item } from '../model'
import type { MarkerKind } from './board-styles'

/** The markers an item carries, in the order they line up leftwards from its sticky's top-right corner. */
export function itemMarkers(item: Item): readonly MarkerKind[] {
  // Most items carry none: they share one empty list rather than each making its own.
  if (item.flag === undefined && !item.momentOfTruth) return NO_MARKERS
  const markers: MarkerKind[] = []
  if (item.flag === 'red') markers.push('red-flag')
  if (item.flag === 'green') markers.push('green-flag')
  if (item.momentOfTruth) markers.push('moment-of-truth')
  return markers
}

const NO_MARKERS: readonly MarkerKind[] = []
