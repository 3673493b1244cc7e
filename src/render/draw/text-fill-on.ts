import { isDarkColor } from '../color/is-dark-color'
import type { Fill } from '../display-list'
import { CHARCOAL, WHITE } from '../render-theme'

/** FigJam's text colour on a filled shape or sticky: charcoal, or white on strong colours. */
export function textFillOn(background: Fill): Fill {
  const dark = background.opacity >= 0.5 && isDarkColor(background.color)
  return { color: dark ? WHITE : CHARCOAL, opacity: 1 }
}
