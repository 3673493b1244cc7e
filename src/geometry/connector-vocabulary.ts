/**
 * The names FigJam gives a connector's line types and end magnets, the same in the Plugin API
 * (ConnectorNode.connectorLineType, ConnectorEndpoint.magnet) and in a REST file: the one list the
 * snapshot, the emulator's REST file and its connector nodes all take them from.
 */
export const CONNECTOR_LINE_TYPES = ['ELBOWED', 'STRAIGHT', 'CURVED'] as const

/** The magnets an attached end names in a REST file; the Plugin API also takes NONE, which REST writes as no magnet. */
export const CONNECTOR_MAGNETS = ['AUTO', 'TOP', 'BOTTOM', 'LEFT', 'RIGHT', 'CENTER'] as const

/** The magnets the Plugin API takes on an attached end: NONE beside those a REST file names. */
export const PLUGIN_API_MAGNETS = ['NONE', ...CONNECTOR_MAGNETS] as const
