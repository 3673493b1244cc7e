import type { CanvasTool, ToolName } from './canvas-tool'
import { connectorTool } from './connector-tool'
import { sectionTool } from './section-tool'
import { selectTool } from './select-tool'
import { stickyTool } from './sticky-tool'

/** Every tool, in toolbar order. */
export const CANVAS_TOOLS: Readonly<Record<ToolName, CanvasTool>> = {
  select: selectTool,
  sticky: stickyTool,
  connector: connectorTool,
  section: sectionTool
}
