/**
 * The key of the two stickies a link joins, either way round, so that the links between the same
 * two stickies are counted together (the layout's widening and Generate's warnings count them alike).
 */
export function stickyPairKey(start: string, end: string): string {
  // Plan keys never contain spaces (ids cannot), so a space cannot make two pairs share a key.
  return start < end ? `${start} ${end}` : `${end} ${start}`
}
