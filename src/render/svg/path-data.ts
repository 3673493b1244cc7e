import type { PathCommand } from '../display-list'
import { formatNumber as n } from './format-number'

/** Path commands as an SVG `d` attribute. */
export function pathData(commands: readonly PathCommand[]): string {
  return commands
    .map((c) => {
      switch (c.op) {
        case 'M':
        case 'L':
          return `${c.op}${n(c.x)} ${n(c.y)}`
        case 'Q':
          return `Q${n(c.cx)} ${n(c.cy)} ${n(c.x)} ${n(c.y)}`
        case 'C':
          return `C${n(c.c1x)} ${n(c.c1y)} ${n(c.c2x)} ${n(c.c2y)} ${n(c.x)} ${n(c.y)}`
        case 'Z':
          return 'Z'
      }
    })
    .join('')
}
