import { STICKY_SIZE } from '../layout/layout-metrics'
import { type MeasureRequest, measureRequestKey } from '../layout/text-measure'
import type { SnapshotNode } from '../reader/board-snapshot'
import { IdTable } from '../reader/id-table'
import type { SyncState } from '../sync/read-sync-state'

/**
 * The heights FigJam already reported, from the one reading: for stickies and text nodes the plugin
 * drew, and for every text the board stored the height of when it was drawn or last updated (those
 * in shapes and markers included). A text that stays as it is needs no measuring again.
 *
 * Which node answers for a plan key is what the sync state bound to that key (the reader's bindings,
 * then the plugin's tagged node): a copy people made of a heading, set in another size, never
 * answers for it. A text node answers only for its own plan key (the reading has no fonts: another
 * node with the same words and width may be set in another font and size), and only when this layout
 * drew it (`sameLayout`). A wide sticky's square height is only known to overflow the square, which
 * is all the layout asks of it. Stickies people made and the map adopted are measured afresh: the
 * update gives them the board's type size.
 */
export function heightsOnBoard(
  state: Pick<SyncState, 'nodeOfKey' | 'adopted'>,
  sameLayout: boolean,
  stored: Readonly<Record<string, number>>
): (request: MeasureRequest) => number | undefined {
  // By text, spread over Maps of a few thousand keys (see IdTable): a big board has thousands of stickies.
  const stickies = new IdTable<SnapshotNode>(state.nodeOfKey.size)
  const texts = new IdTable<SnapshotNode>(0)
  for (const [key, node] of state.nodeOfKey) {
    if (node.text === undefined || state.adopted.has(node.id)) continue
    if (node.type === 'STICKY' && !stickies.has(node.text)) stickies.set(node.text, node)
    else if (node.type === 'TEXT' && sameLayout) texts.set(`${key}\u0000${node.box.width}\u0000${node.text}`, node)
  }
  return (request) => {
    if (request.kind === 'text') {
      const own = request.key === undefined ? undefined : texts.get(`${request.key}\u0000${request.width}\u0000${request.text}`)?.box.height
      return own ?? stored[measureRequestKey(request)]
    }
    const sticky = stickies.get(request.text)
    if (sticky === undefined) return undefined
    if (sticky.wide === request.wide) return sticky.box.height
    return sticky.wide === true && !request.wide ? STICKY_SIZE + 1 : undefined
  }
}

/**
 * The text heights an update stores: those the board stores already when they hold every height
 * this layout used, at the same value; else the ones it used. An update that makes room for links
 * lays the board out at widths it then leaves, and uses their heights too; the next update to the
 * same data goes straight to the final widths and uses fewer. Storing only those would rewrite the
 * board's entry for nothing anyone sees, and a second update must write nothing.
 */
export function textHeightsToStore(stored: Readonly<Record<string, number>>, used: Readonly<Record<string, number>>): Readonly<Record<string, number>> {
  return Object.entries(used).every(([key, height]) => stored[key] === height) ? stored : used
}
