import { CONNECTOR_CAPS, type ConnectorCap, type PathCommand } from '../display-list'
import { CONNECTOR_CAP_BASE_SIZE, CONNECTOR_CAP_SIZE_PER_WIDTH } from '../render-theme'
import { ellipseCommands } from './ellipse-commands'

export interface CapOutline {
  /** Outline with the tip at (0, 0) pointing along +x; everything lies at x <= 0. */
  commands: PathCommand[]
  /** Filled heads are painted solid; a line arrow is stroked at the connector's width. */
  filled: boolean
  /** How far the connector line should stop short of the tip so a filled head covers its end. */
  inset: number
}

const LINE_ARROW_SPREAD = 0.55
const TRIANGLE_FILLED_SPREAD = 0.45
const DIAMOND_SPREAD = 0.35
const CIRCLE_RADIUS = 0.32

/** Arrowhead length for a connector of `strokeWidth`: FigJam's heads grow with the line. */
export function connectorCapSize(strokeWidth: number): number {
  return CONNECTOR_CAP_BASE_SIZE + CONNECTOR_CAP_SIZE_PER_WIDTH * strokeWidth
}

/** Maps a REST cap name to a drawable cap; `NONE`/absent is no cap and an unknown name draws the default arrow. */
export function toConnectorCap(name: string | undefined): ConnectorCap | undefined {
  if (name === undefined || name === 'NONE') return undefined
  return (CONNECTOR_CAPS as readonly string[]).includes(name) ? (name as ConnectorCap) : 'TRIANGLE_ARROW'
}

/** The outline of an arrowhead of length `size`, in the marker's own coordinates. */
export function connectorCapOutline(cap: ConnectorCap, size: number): CapOutline {
  const s = size
  switch (cap) {
    case 'LINE_ARROW':
      return {
        commands: [
          { op: 'M', x: -s, y: -s * LINE_ARROW_SPREAD },
          { op: 'L', x: 0, y: 0 },
          { op: 'L', x: -s, y: s * LINE_ARROW_SPREAD }
        ],
        filled: false,
        inset: 0
      }
    case 'TRIANGLE_ARROW': {
      // Equilateral: the half base of a triangle of height s is s / sqrt(3).
      const half = s / Math.sqrt(3)
      return { commands: triangle(s, half), filled: true, inset: s / 2 }
    }
    case 'TRIANGLE_FILLED':
      return { commands: triangle(s, s * TRIANGLE_FILLED_SPREAD), filled: true, inset: s / 2 }
    case 'DIAMOND_FILLED':
      return {
        commands: [
          { op: 'M', x: 0, y: 0 },
          { op: 'L', x: -s / 2, y: -s * DIAMOND_SPREAD },
          { op: 'L', x: -s, y: 0 },
          { op: 'L', x: -s / 2, y: s * DIAMOND_SPREAD },
          { op: 'Z' }
        ],
        filled: true,
        inset: s / 2
      }
    case 'CIRCLE_FILLED': {
      const r = s * CIRCLE_RADIUS
      return { commands: ellipseCommands(-r, 0, r, r), filled: true, inset: r }
    }
  }
}

function triangle(length: number, half: number): PathCommand[] {
  return [
    { op: 'M', x: 0, y: 0 },
    { op: 'L', x: -length, y: -half },
    { op: 'L', x: -length, y: half },
    { op: 'Z' }
  ]
}
