import type { ReadWarningCode } from './warning-codes'

/** What the reader says about a board: each warning by its code, and the nodes it names. */
export const enReading = {
  /**
   * A node by its FigJam type (and a few things that are not one node), as a warning names it; the
   * journey itself and an entry of one of its lists (by the list's name in a journey file) too, for
   * a warning about the journey's data rather than a node.
   */
  nodes: { STICKY: 'sticky', SHAPE_WITH_TEXT: 'shape', TEXT: 'text', SECTION: 'section', CONNECTOR: 'connector', TABLE: 'table', WIDGET: 'widget', STAMP: 'stamp', EMBED: 'embed', LINK_UNFURL: 'link preview', MEDIA: 'media', CODE_BLOCK: 'code block', HIGHLIGHT: 'highlight', WASHI_TAPE: 'washi tape', SHAPE: 'shape', VECTOR: 'drawing', GROUP: 'group', FRAME: 'frame', node: 'object', 'link-connector': 'the connector of link', 'loose-sections': 'the stage sections on the page', 'loose-map': 'the map on the page', journey: 'the journey', personas: 'persona', phases: 'phase', stages: 'stage', lanes: 'lane', activityTypes: 'activity type', items: 'item', links: 'link', curves: 'curve', evidenceLevels: 'evidence level' },
  node: '{kind} "{text}"',
  /** FigJam's palette colours by id (its stickies', and the marks' black), as a warning names one a node has. */
  colours: { white: 'white', gray: 'gray', black: 'black', green: 'green', teal: 'teal', blue: 'blue', violet: 'violet', pink: 'pink', red: 'red', orange: 'orange', yellow: 'yellow' },
  /** An evidence level and the colour that marks it, as a warning lists the levels. */
  levelColour: '{name}: {colour}',
  warnings: {
    'no-stage': 'no stage is left on the board: the journey gets one empty stage',
    'legend-colour-repeated': '{node} repeats the legend\'s {colour} (already "{name}"): read as "{name}"',
    'text-cut': 'the {field} of {node} is {length} characters, more than the {max} a journey holds: cut to {max} ({cut} characters cut)',
    'no-board': 'no board found: there is no section and no sticky to read',
    'stored-journey-unreadable': 'the journey stored on the board could not be read ({problems}): read from what the board shows',
    'stored-base-unreadable': 'the stored base cannot be read ({problems}): compared with the journey the board stores instead',
    'off-board': '{node} lies on the page outside every board: not read (move it onto the board to read it)',
    'board-not-found': 'no board is named "{wanted}" or holds an object with that id: read the first board instead',
    'several-boards': '{count} boards found: read {node}, the first from the left',
    'evidence-colour-unknown': '{node} has a colour no evidence level has ({levels}): item "{item}" keeps its level',
    'section-not-a-stage': '{node} is not a stage: its stickies count for the stage they sit in',
    'section-in-stage-not-a-stage': '{node}, inside stage "{stage}", is not a stage: its stickies count for the stage they sit in',
    'added-by-hand': '{node} was added by hand and is not part of the map: not read',
    'no-stage-row': 'the board has no sections and no row of stage names above its stickies: every sticky is read into one stage',
    'outside-grid': '{node} is outside the grid of stage names and lane labels: not read',
    'outside-sections': '{node} is outside every stage section: not read',
    'outside-table': '{node} is not over a cell of the table: not read',
    'far-from-lanes': '{node} is far from every lane row: not read',
    'between-stages': '{node} sits between stages "{stage}" and "{other}": read into "{stage}"',
    'between-lanes': '{node} sits between lanes "{lane}" and "{other}": read into "{lane}"',
    'not-part-of-map': '{node} is not part of the map: not read',
    'no-persona': 'the board names no persona: the journey follows "{persona}"',
    'colour-not-in-legend': '{node} is {colour}, a colour the legend does not name: read into lane "{lane}"',
    'no-lane-labels-sections': 'no lane labels left of the first stage: every sticky is read into one lane, "{lane}"',
    'no-lane-labels-grid': 'no lane labels left of the stickies: every sticky is read into one lane, "{lane}"',
    'no-lanes-in-table': 'no lanes in the table: every sticky is read into one lane, "{lane}"',
    'drawn-downwards': 'the stage names run down the side and the lane names across the top: read as a map drawn downwards',
    'both-read-as-lanes': 'the names across the top and down the side both read like lane names: read with the stages across the top',
    'mark-of-removed-item': '{node} belongs to item "{item}", which is no longer on the board: ignored',
    'badge-not-a-number': 'score badge "{text}" is not a number: item "{item}" keeps its score',
    'in-no-stage': '{node} is in no stage column: not read',
    'in-no-lane': '{node} is in no lane row: not read',
    'copy-of-item': '{node} is a copy of item "{item}": read as a new item',
    'stage-gone': '{node} is in no stage column, and its stage is gone: not read',
    'stays-in-stage': '{node} is in no stage column: item "{item}" stays in its stage',
    'stays-in-lane': '{node} is in no lane row: item "{item}" stays in its lane',
    'lane-label-gone': 'the label of lane "{lane}" is gone: the lane stays, with the stickies still in its row',
    'lane-label-empty': 'the label of lane "{lane}" is empty: the lane keeps its name',
    'link-free-end': '{node} has a free end: not read as a link',
    'link-same-sticky': '{node} starts and ends on the same sticky: not read as a link',
    'link-not-joining': '{node} does not join two stickies of the map: not read as a link',
    'link-over-text': '{node} still runs over a sticky or puts its label on text where people arranged the stickies: move one of them to give it room',
    'links-crowded': '{node} joins two stickies that more than ten labelled links join, and its label lies on another label or on text: two stickies keep at most ten labels clear, so join some of these links or link other stickies',
    'link-not-clear': '{node} runs over a sticky or puts its label on text or on another label: no way round was found; move one of its stickies to give it room',
    'drawn-line-over-text': '{node} is drawn straight and keeps its ends, and after the update it runs over a sticky or puts its label on text: make it elbowed, or move one of its stickies',
    'drawn-line-near-text': '{node} is drawn curved or straight and keeps its ends; FigJam does not say where such a line runs, and after the update a sticky or text lies between its ends, so it may run over it: make it elbowed, or move one of its stickies',
    'not-in-section-row': '{node} is not in the row of stage sections: what it holds is not read',
    'empty-section': '{node} is empty: read as a stage with no items',
    'not-in-stage-row': '{node} is not in the row of stages: what it holds is not read',
    'stage-unnamed': 'stage section "{stage}" has no name now: the stage keeps its name',
    'second-table': '{node} is a second table beside the map: not read',
    'vote-not-on-sticky': '{node} is not on a sticky: not read as a vote',
    'duplicate-id': 'another object has the same id "{id}": only the first is read',
    'parent-loop': 'its parent chain loops back to itself: read as if it stood on the page',
    'tag-unreadable': 'its journeyboard data could not be read ({problems}): read as if made by hand',
    'unplaceable-box': '{node} has no place on the page ({field} is {value}): not read'
  } satisfies Record<ReadWarningCode, string>
}

export type ReadingCatalogue = typeof enReading
