import type { PlanConnectorLineType } from '../layout/board-plan'

export type ConnectorMagnet = ConnectorEndpointEndpointNodeIdAndMagnet['magnet']

/**
 * The magnet a connector's attached ends use. FigJam lets straight connectors use only the CENTER
 * or NONE magnets and elbowed ones every magnet but CENTER (developers.figma.com, ConnectorEndpoint);
 * what curved connectors accept is not documented, so they get NONE, which neither rule forbids.
 */
export function magnetFor(lineType: ConnectorNode['connectorLineType'] | PlanConnectorLineType): ConnectorMagnet {
  if (lineType === 'STRAIGHT') return 'CENTER'
  if (lineType === 'ELBOWED') return 'AUTO'
  return 'NONE'
}

/** Whether an end's magnet is one FigJam documents as valid for the line type. */
export function magnetFits(end: ConnectorEndpoint, lineType: ConnectorNode['connectorLineType']): boolean {
  if (!('magnet' in end)) return true
  if (end.magnet === 'NONE') return true
  if (lineType === 'STRAIGHT') return end.magnet === 'CENTER'
  if (lineType === 'ELBOWED') return end.magnet !== 'CENTER'
  return false
}
