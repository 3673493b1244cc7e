import { decodeBoardTag, TAG_KEY } from './board-tags'
import type { TagData } from './decoded-tag'

/**
 * Whether a connector carries the tag of one of the board's own lines other than a link (an emotion
 * curve's): drawn as the plan says, so its line type decides nothing. The live reading does not ask
 * FigJam for it, and the reading of a REST file leaves it out too, so both give the same snapshot.
 */
export function isOwnLineNoLink(data: TagData): boolean {
  if (data[TAG_KEY] === undefined && data.role === undefined) return false
  const decoded = decodeBoardTag(data)
  return decoded.ok && decoded.value.tag.role !== 'link'
}
