import type { Fill } from '../display-list'
import type { RestPaint } from '../rest/rest-file-schema'
import { rgbaToHex } from './rgba-to-hex'

/**
 * The paint a node shows, as one solid fill: Figma stacks paints bottom to top, so the last
 * visible solid paint wins. Gradients and images are not drawn; they yield `undefined` and the
 * caller's default colour stands in.
 */
export function pickSolidFill(paints: readonly RestPaint[] | undefined): Fill | undefined {
  if (paints === undefined) return undefined
  for (let i = paints.length - 1; i >= 0; i--) {
    const paint = paints[i]
    if (paint === undefined || paint.visible === false || paint.type !== 'SOLID' || paint.color === undefined) continue
    const opacity = (paint.color.a ?? 1) * (paint.opacity ?? 1)
    return { color: rgbaToHex(paint.color), opacity: Math.min(1, Math.max(0, opacity)) }
  }
  return undefined
}
