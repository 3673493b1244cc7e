import type { Item } from '../model'
import type { MarkerKind } from './board-styles'

/** The markers an item carries, in the order they line up leftwards from its sticky's top-right corner. */
export function itemMarkers(item: Item): MarkerKind[] {
  const markers: MarkerKind[] = []
  if (item.flag === 'red') markers.push('red-flag')
  if (item.flag === 'green') markers.push('green-flag')
  if (item.momentOfTruth) markers.push('moment-of-truth')
  return markers
}
