import type { PlanTag } from './plan-tag'

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

/**
 * Counts the stages, lanes, stickies, links and emotion points some nodes stand for, by their tags:
 * a plan's nodes (what Generate drew), or those an update added or removed.
 */
export function boardContents(nodes: Iterable<{ tag?: PlanTag | undefined }>): BoardContents {
  const contents: BoardContents = { stages: 0, lanes: 0, stickies: 0, links: 0, emotionPoints: 0 }
  for (const { tag } of nodes) {
    if (tag === undefined) continue
    // A stage is drawn as its section and its parts (heading, description); the section, the part of none, is the stage.
    if (tag.role === 'stage' && tag.part === undefined) contents.stages += 1
    else if (tag.role === 'lane-label') contents.lanes += 1
    else if (tag.role === 'item') contents.stickies += 1
    else if (tag.role === 'link') contents.links += 1
    else if (tag.role === 'emotion-point') contents.emotionPoints += 1
  }
  return contents
}
