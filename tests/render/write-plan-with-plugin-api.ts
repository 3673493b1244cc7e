import type { BoardPlan, PlanNode } from '../../src/layout'

/**
 * A bare-bones stand-in for the plugin's board writer, for render tests only: it carries out a
 * layout plan through the Plugin API (here the emulator's) so the renderer can be tried on a
 * board made the way the plugin makes one. It sets geometry, colours and text and nothing else.
 */
export async function writePlanWithPluginApiAsync(api: PluginAPI, plan: BoardPlan): Promise<void> {
  await Promise.all(plan.fonts.map((font) => api.loadFontAsync(font)))
  const byKey = new Map<string, SceneNode>()
  const paint = (hex: string): SolidPaint[] => {
    const value = Number.parseInt(hex.slice(1), 16)
    return [{ type: 'SOLID', color: { r: ((value >> 16) & 0xff) / 255, g: ((value >> 8) & 0xff) / 255, b: (value & 0xff) / 255 } }]
  }
  const place = (node: SceneNode, planned: PlanNode): void => {
    const parent = planned.parent === null ? undefined : byKey.get(planned.parent)
    if (parent !== undefined && parent.type === 'SECTION') parent.appendChild(node)
    node.x = planned.x
    node.y = planned.y
    node.name = planned.name
    byKey.set(planned.key, node)
  }
  for (const planned of plan.nodes) {
    switch (planned.kind) {
      case 'section': {
        const section = api.createSection()
        section.resizeWithoutConstraints(planned.width, planned.height)
        section.fills = paint(planned.fill)
        place(section, planned)
        break
      }
      case 'sticky': {
        const sticky = api.createSticky()
        sticky.isWideWidth = planned.wide
        sticky.fills = paint(planned.fill)
        sticky.text.fontName = planned.font
        sticky.text.characters = planned.text
        place(sticky, planned)
        break
      }
      case 'shape': {
        const shape = api.createShapeWithText()
        shape.shapeType = planned.shapeType
        shape.resize(planned.width, planned.height)
        shape.fills = paint(planned.fill)
        if (planned.stroke !== undefined) shape.strokes = paint(planned.stroke)
        shape.text.fontName = planned.font
        shape.text.characters = planned.text
        place(shape, planned)
        break
      }
      case 'text': {
        const text = api.createText()
        text.fontName = planned.font
        text.fontSize = planned.fontSize
        text.characters = planned.text
        text.fills = paint(planned.fill)
        place(text, planned)
        break
      }
      case 'connector': {
        const connector = api.createConnector()
        const start = byKey.get(planned.start)
        const end = byKey.get(planned.end)
        if (start === undefined || end === undefined) throw new Error(`connector ${planned.key} joins a node not written yet`)
        connector.connectorStart = { endpointNodeId: start.id, magnet: 'AUTO' }
        connector.connectorEnd = { endpointNodeId: end.id, magnet: 'AUTO' }
        connector.connectorStartStrokeCap = planned.startCap
        connector.connectorEndStrokeCap = planned.endCap
        connector.connectorLineType = planned.lineType
        connector.strokes = paint(planned.stroke)
        connector.strokeWeight = planned.strokeWeight
        if (planned.text !== '') {
          connector.text.fontName = planned.font
          connector.text.characters = planned.text
        }
        byKey.set(planned.key, connector)
        break
      }
    }
  }
}
