import type { PlanConnectorCap, PlanConnectorLineType, PlanFont, PlanShapeType } from '../layout/board-plan'

/**
 * What FigJam gives a node it has just created, where Figma documents it: the writer leaves these
 * alone on a fresh node instead of writing the same value again. Anything not documented here is
 * written, whatever FigJam may happen to start with. Sources: Figma's FigJam guide for the Plugin
 * API ([G]: figma/mcp-server-guide, skills/figma-use-figjam) and the Plugin API typings ([T]).
 */
export const FIGJAM_DEFAULTS = {
  sticky: {
    /** [G][T] create-sticky: stickies are created with Inter Medium. */
    font: { family: 'Inter', style: 'Medium' } satisfies PlanFont,
    /** [G][T] 240 wide unless `isWideWidth`. */
    wide: false
  },
  shape: {
    /** [G] create-shape-with-text: the default shape is an ellipse, its text Inter Medium. */
    shapeType: 'ELLIPSE' satisfies PlanShapeType as PlanShapeType,
    font: { family: 'Inter', style: 'Medium' } satisfies PlanFont
  },
  text: {
    /** [G] edit-text: the default text colour is Charcoal: a text node's, and the text of a new sticky, shape or connector label. */
    fill: '#1E1E1E'
  },
  connector: {
    /** [G] create-connector: elbowed, no cap at the start and an arrow at the end. */
    lineType: 'ELBOWED' satisfies PlanConnectorLineType as PlanConnectorLineType,
    startCap: 'NONE' satisfies PlanConnectorCap as PlanConnectorCap,
    endCap: 'ARROW_LINES' satisfies PlanConnectorCap as PlanConnectorCap
  }
} as const
