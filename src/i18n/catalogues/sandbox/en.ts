import type { Plural } from '../../plural'

/** What the plugin says on the canvas (FigJam's notifications) and in the errors it sends the panel: English, the source. */
export const enSandbox = {
    measureFailed: 'Could not measure the board\'s texts in FigJam ({error}). Everything drawn so far was removed.',
    fontsFailed: 'Could not load the board\'s fonts ({fonts}): {error}',
    drawFailed: 'Could not draw the board: failed {where} after {created} of {total} objects ({error}).',
    atNode: 'at {node}',
    allRemoved: 'Everything drawn so far was removed.',
    notAllRemoved: { one: '{n} object could not be removed.', other: '{n} objects could not be removed.' } as Plural,
    drew: 'Drew “{title}”: {stickies} in {stages}',
    /** The counts in `drew`. */
    drewStickies: { one: '{n} sticky', other: '{n} stickies' } as Plural,
    drewStages: { one: '{n} stage', other: '{n} stages' } as Plural,
    couldNotDraw: 'Journeyboard could not draw the board. The panel says why.',
    updated: 'Journeyboard updated the board. Undo puts it back as it was.',
    couldNotUpdate: 'Journeyboard could not update the board.',
    couldNotUpdateRestored: 'Journeyboard could not update the board; it is as it was.',
    stickyGone: 'That sticky is no longer on the board: read it again.',
    check: {
      title: 'Check Journeyboard in this file',
      running: 'Checking what Journeyboard relies on FigJam for, in this file. A small test board appears beside your work and is removed again.',
      passed: 'Every check passed. Everything the check drew is removed: the file is as it was, and the check is one undo step.',
      failed: { one: '{n} check failed. Everything the check drew is removed. Copy the diagnostics and send them to the Journeyboard maintainers.', other: '{n} checks failed. Everything the check drew is removed. Copy the diagnostics and send them to the Journeyboard maintainers.' } as Plural,
      nothingChecked: 'Nothing was checked: the check ran no step, so it says nothing about this file. Copy the diagnostics and send them to the Journeyboard maintainers.',
      copy: 'Copy diagnostics',
      copied: 'Diagnostics copied',
      copyFailed: 'The clipboard is not available here: select the text below and copy it.',
      steps: {
        environment: 'FigJam and its Plugin API',
        undo: 'Undo takes back a whole run, pauses included',
        assumptions: 'FigJam answers what the tests only assume',
        'sticky-heights': 'Stickies grow with their text',
        'text-heights': 'Texts measured on one line and wrapped',
        'shape-text-fit': 'Shapes keep their size and room for their text',
        export: 'The export gives each sticky its id, in the order added',
        draw: 'Test board drawn beside your work',
        connectors: 'Connector magnets and arrows kept',
        colours: 'Palette colours kept exactly',
        'plugin-data': 'Data stored on the board comes back intact',
        'read-back': 'Board read back',
        update: 'Board updated',
        'formatted-update': 'Board updated around a bold sticky, bold kept',
        'clean-up': 'Everything the check drew removed'
      }
    }
}

export type SandboxCatalogue = typeof enSandbox
