import { restToDisplayList, type RestToDisplayListOptions } from './rest-to-display-list'
import { displayListToSvg, type DisplayListToSvgOptions } from './svg/display-list-to-svg'

export type RenderRestFileOptions = RestToDisplayListOptions & DisplayListToSvgOptions

/**
 * Draws a FigJam board, given as a Figma REST file response, as a standalone SVG document.
 * @throws Error naming every malformed path when `file` is not a REST file.
 */
export function renderRestFileToSvg(file: unknown, options: RenderRestFileOptions = {}): string {
  return displayListToSvg(restToDisplayList(file, options), options)
}
