import type { Plural } from '../../plural'

/** What the plugin says on the canvas (FigJam's notifications) and in the errors it sends the panel: English, the source. */
export const enSandbox = {
    measureFailed: 'Could not measure the board\'s texts in FigJam ({error}). Everything drawn so far was removed.',
    notOnABoard: 'The selection is not on a board Journeyboard drew. Select the board to update, or select nothing to update the first board on this page.',
    boardGone: 'The board is no longer on this page: it may have been deleted or moved to another page.',
    boardChanged: 'The board changed since it was compared: compare again to review the update.',
    couldNotReadAll: 'Journeyboard could not read the board.',
    cannotUpdate: 'Journeyboard cannot update the board.',
    fontsFailed: 'Could not load the board\'s fonts ({fonts}): {error}',
    drawFailed: 'Could not draw the board: failed {where} after {created} of {total} nodes ({error}).',
    atNode: 'at {node}',
    allRemoved: 'Everything drawn so far was removed.',
    notAllRemoved: { one: '{n} node could not be removed.', other: '{n} nodes could not be removed.' } as Plural,
    drew: 'Drew “{title}”: {stickies} in {stages}',
    couldNotDraw: 'Journeyboard could not draw the board: {error}',
    couldNotRead: 'Journeyboard could not read the board: {error}',
    couldNotCompare: 'Journeyboard could not compare the board with the journey: {error}',
    busy: 'This board is being updated already: wait for that update to finish.',
    updated: 'Journeyboard updated the board. Undo puts it back as it was.',
    couldNotUpdate: 'Journeyboard could not update the board.',
    couldNotUpdateRestored: 'Journeyboard could not update the board; it is as it was.',
    stickyGone: 'That sticky is no longer on the board: read it again.'
}

export type SandboxCatalogue = typeof enSandbox
