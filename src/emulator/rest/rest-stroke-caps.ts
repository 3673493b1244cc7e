import type { RestConnectorStrokeCap } from './rest-file-types'

/**
 * The Plugin API and REST name connector caps differently. ARROW_LINES / ARROW_EQUILATERAL become
 * LINE_ARROW / TRIANGLE_ARROW; the filled shapes keep their names; ERD caps have no REST name and
 * are written as NONE.
 */
const PLUGIN_TO_REST: Partial<Record<ConnectorStrokeCap, RestConnectorStrokeCap>> = {
  NONE: 'NONE',
  ARROW_LINES: 'LINE_ARROW',
  ARROW_EQUILATERAL: 'TRIANGLE_ARROW',
  TRIANGLE_FILLED: 'TRIANGLE_FILLED',
  DIAMOND_FILLED: 'DIAMOND_FILLED',
  CIRCLE_FILLED: 'CIRCLE_FILLED'
}

const REST_TO_PLUGIN: Record<RestConnectorStrokeCap, ConnectorStrokeCap> = {
  NONE: 'NONE',
  LINE_ARROW: 'ARROW_LINES',
  TRIANGLE_ARROW: 'ARROW_EQUILATERAL',
  TRIANGLE_FILLED: 'TRIANGLE_FILLED',
  DIAMOND_FILLED: 'DIAMOND_FILLED',
  CIRCLE_FILLED: 'CIRCLE_FILLED'
}

export function restStrokeCap(cap: ConnectorStrokeCap): RestConnectorStrokeCap {
  return PLUGIN_TO_REST[cap] ?? 'NONE'
}

/** A cap name REST may add later reads as NONE rather than failing the whole file. */
export function pluginStrokeCap(cap: string): ConnectorStrokeCap {
  return (REST_TO_PLUGIN as Record<string, ConnectorStrokeCap | undefined>)[cap] ?? 'NONE'
}
