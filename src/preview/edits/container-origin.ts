import type { Point } from '../../render'
import type { Container } from './find-container-async'

/** The page point a container's (0, 0) sits at: children's x/y are relative to it. */
export function containerOrigin(container: Container): Point {
  if (container.type === 'PAGE') return { x: 0, y: 0 }
  const [[, , x], [, , y]] = container.absoluteTransform
  return { x, y }
}
