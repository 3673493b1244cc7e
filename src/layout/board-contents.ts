import type { BoardPlan } from './board-plan'

/**
 * What a drawn board holds in the terms people map journeys in: stages, lanes, stickies, links and
 * emotion points, not the FigJam node types that draw them (a lane is a shape, a stage a section and
 * a text, a legend dozens of shapes and texts no one counts).
 */
export interface BoardContents {
  stages: number
  lanes: number
  stickies: number
  links: number
  emotionPoints: number
}

/** Counts a plan's stages, lanes, stickies, links and emotion points by what each node stands for (its tag). */
export function boardContents(plan: BoardPlan): BoardContents {
  const contents: BoardContents = { stages: 0, lanes: 0, stickies: 0, links: 0, emotionPoints: 0 }
  for (const { kind, tag } of plan.nodes) {
    // A stage is drawn as its section and its heading; the section is the stage.
    if (tag.role === 'stage' && kind === 'section') contents.stages += 1
    else if (tag.role === 'lane-label') contents.lanes += 1
    else if (tag.role === 'item') contents.stickies += 1
    else if (tag.role === 'link') contents.links += 1
    else if (tag.role === 'emotion-point') contents.emotionPoints += 1
  }
  return contents
}
