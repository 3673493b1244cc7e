import type { PathCommand } from '../display-list'

/** Cubic handle length for a quarter circle of radius 1. */
const KAPPA = 0.5522847498

/** An ellipse as four cubic arcs, for painters and markers that take only paths. */
export function ellipseCommands(cx: number, cy: number, rx: number, ry: number): PathCommand[] {
  const kx = rx * KAPPA
  const ky = ry * KAPPA
  return [
    { op: 'M', x: cx + rx, y: cy },
    { op: 'C', c1x: cx + rx, c1y: cy + ky, c2x: cx + kx, c2y: cy + ry, x: cx, y: cy + ry },
    { op: 'C', c1x: cx - kx, c1y: cy + ry, c2x: cx - rx, c2y: cy + ky, x: cx - rx, y: cy },
    { op: 'C', c1x: cx - rx, c1y: cy - ky, c2x: cx - kx, c2y: cy - ry, x: cx, y: cy - ry },
    { op: 'C', c1x: cx + kx, c1y: cy - ry, c2x: cx + rx, c2y: cy - ky, x: cx + rx, y: cy },
    { op: 'Z' }
  ]
}
