/** FigJam's connector tool draws an arrow at the end the drag finished on. */
export const CONNECTOR_END_CAP: ConnectorStrokeCap = 'ARROW_LINES'

/**
 * Draws a connector from one node to another, both ends glued to the nodes with an AUTO magnet (so
 * the line follows when either moves), as dragging between them with FigJam's connector tool does.
 * @returns the new connector's id.
 */
export async function connectNodesAsync(api: PluginAPI, fromId: string, toId: string): Promise<string> {
  if (fromId === toId) throw new Error('a connector needs two different nodes')
  for (const id of [fromId, toId]) {
    const node = await api.getNodeByIdAsync(id)
    if (node === null || node.removed) throw new Error(`node ${id} is no longer on the board`)
  }
  const connector = api.createConnector()
  try {
    connector.connectorStart = { endpointNodeId: fromId, magnet: 'AUTO' }
    connector.connectorEnd = { endpointNodeId: toId, magnet: 'AUTO' }
    connector.connectorEndStrokeCap = CONNECTOR_END_CAP
  } catch (error) {
    connector.remove()
    throw error
  }
  return connector.id
}
