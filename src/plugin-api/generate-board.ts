import { layoutJourney, type LayoutOptions } from '../layout/layout-journey'
import type { Journey } from '../model'
import { findFreeOrigin } from './find-free-origin'
import { type NodeCounts, type WriteBoardOptions, writeBoardAsync } from './write-board'

export interface GenerateBoardOptions extends Pick<WriteBoardOptions, 'chunkSize' | 'yieldAsync' | 'onProgress'> {
  layout?: LayoutOptions
}

/** What a generation drew; plain data, so it can be posted to the panel as it is. */
export interface BoardSummary {
  boardId: string
  title: string
  counts: NodeCounts
  /** Every font loaded, once each. */
  fonts: FontName[]
}

/** FigJam cuts notifications at 100 characters; titles longer than this are shortened. */
const NOTIFY_TITLE_LENGTH = 40

/**
 * Draws a journey as a new board on the current page: lays it out, finds free space to the right
 * of whatever is already there, writes it, selects the board and zooms to it, then commits one undo
 * step and tells the user. If any step fails, nothing is left on the page and the error is rethrown.
 */
export async function generateBoardAsync(api: PluginAPI, journey: Journey, options: GenerateBoardOptions = {}): Promise<BoardSummary> {
  const plan = layoutJourney(journey, options.layout)
  const origin = findFreeOrigin(api.currentPage)
  const { layout: _layout, ...writeOptions } = options
  const result = await writeBoardAsync(api, plan, { ...writeOptions, origin, journey })
  try {
    api.currentPage.selection = [result.board]
    api.viewport.scrollAndZoomIntoView([result.board])
    api.commitUndo()
    api.notify(`Drew “${shorten(journey.title)}”: ${result.counts.stickies} stickies in ${journey.stages.length} stages`)
  } catch (error) {
    if (!result.board.removed) result.board.remove()
    throw error
  }
  return {
    boardId: result.board.id,
    title: journey.title,
    counts: result.counts,
    fonts: result.fonts
  }
}

function shorten(title: string): string {
  return title.length <= NOTIFY_TITLE_LENGTH ? title : `${title.slice(0, NOTIFY_TITLE_LENGTH - 1)}…`
}
