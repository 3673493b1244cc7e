import type { Plural } from '../../plural'
import type { ImportProblemCode } from './import-codes'

export type { ImportProblemCode }

/**
 * What Journeyboard says is wrong with a journey or a file it reads: each problem by its code, in
 * English (the source, and the words the command line and JSON keep in `message`).
 */
export const enProblems = {
  /** Where in a text file: a line, or a line and a column. */
  line: 'line {line}',
  lineColumn: 'line {line}, column {column}',
  /** Between a problem's place and what is wrong: `line 4: ...`. */
  separator: ': ',
  /** A name as it was written (a field, an id), set apart: `"colour"`. */
  quoted: '"{text}"',
  /** A value's kind as a problem says what a field must be. */
  expected: { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'an object', int: 'a whole number' },
  /** A value's kind as a problem says what a field was given. */
  got: { null: 'null', array: 'a list', string: 'text', number: 'a number', NaN: 'NaN', infinite: 'an infinite number', boolean: 'true/false', undefined: 'nothing', object: 'an object' },
  /** What changed on the board between a review and its update, by kind (`changed-since-review`): {node} is the object's id. */
  changedSince: {
    updated: 'the board was updated meanwhile',
    text: 'the text of object {node} was changed',
    'moved-or-resized': 'object {node} was moved or resized',
    colour: 'the colour of object {node} was changed',
    moved: 'object {node} was moved',
    deleted: 'object {node} was deleted'
  },
  problems: {
    required: 'is required',
    'wrong-type': 'must be {expected}, got {got}',
    'one-of': 'must be one of {values}, got {got}',
    'unknown-fields': { one: 'unknown field {fields}', other: 'unknown fields {fields}' } as Plural,
    'unknown-field': 'unknown field "{field}" (fields of your own must start with "{prefix}")',
    'json-not-finite': 'must be plain JSON: numbers must be finite',
    'json-not-plain': 'must be plain JSON (text, numbers, true/false, null, lists and objects)',
    'json-too-deep': 'must nest at most {n} lists or objects deep',
    'min-characters': { one: 'must have at least {n} character', other: 'must have at least {n} characters' } as Plural,
    'max-characters': { one: 'must have at most {n} character', other: 'must have at most {n} characters' } as Plural,
    'exact-characters': { one: 'must have exactly {n} character', other: 'must have exactly {n} characters' } as Plural,
    'min-entries': { one: 'must have at least {n} entry', other: 'must have at least {n} entries' } as Plural,
    'max-entries': { one: 'must have at most {n} entry', other: 'must have at most {n} entries' } as Plural,
    'exact-entries': { one: 'must have exactly {n} entry', other: 'must have exactly {n} entries' } as Plural,
    'min-value': 'must be {n} or more',
    'max-value': 'must be {n} or less',
    above: 'must be more than {n}',
    below: 'must be less than {n}',
    'not-empty': 'must not be empty',
    'at-most-characters': 'must be at most {n} characters',
    'at-most-people': 'must name at most {n} people',
    'needs-persona': 'needs at least one persona',
    'needs-stage': 'needs at least one stage',
    'needs-lane': 'needs at least one lane',
    'needs-level': 'needs at least one level',
    'needs-vote-kind': 'needs at least one kind',
    'id-characters': 'must be letters, digits, "-", "_", "." or ":" (no spaces)',
    'language-code': 'must be a language code such as "en" or "da"',
    pattern: 'must match {pattern}',
    format: 'must be a valid {format}',
    'multiple-of': 'must be a multiple of {n}',
    'no-form': 'matches none of the allowed forms',
    'bad-key': 'has a key that is not allowed',
    'bad-entry': 'has an entry that is not allowed',
    invalid: 'is not valid',
    'duplicate-id': 'duplicate id "{id}"',
    'curve-colour-taken': 'another curve is already {colour}: each needs its own colour so the board tells them apart',
    'level-colour-taken': 'another evidence level is already {colour}: each needs its own colour so the board tells them apart',
    'no-persona': 'no persona has id "{id}"',
    'no-phase': 'no phase has id "{id}"',
    'no-stage': 'no stage has id "{id}"',
    'no-lane': 'no lane has id "{id}"',
    'no-activity-type': 'no activity type has id "{id}"',
    'no-item': 'no item has id "{id}"',
    'no-curve': 'no curve has id "{id}"',
    'no-curves': 'the journey has no curves to refer to; add them under "curves"',
    'no-level': 'no evidence level has id "{id}" (levels: {levels})',
    'actor-missing': 'an actor lane must say whose it is: customer, person, department or partner',
    'actor-not-allowed': 'only actor lanes have an actor; this lane is "{kind}"',
    'second-customer-lane': 'only one lane can be the customer lane',
    'votes-sum': 'must be the sum of the kinds\' counts ({sum}), got {count}',
    'score-outside-scale': 'must be between {min} and {max} (the emotion scale), got {score}',
    'own-evidence': 'an item cannot be its own evidence',
    'link-to-itself': 'a link cannot point to the item it starts from',
    'scale-order': 'min must be less than max',
    'not-a-journey-file': 'a journey file must be a JSON object with "format", "version" and "journey"',
    'version-too-new': 'version {version} is newer than this Journeyboard reads (up to {latest}); update Journeyboard',
    'no-migration': 'no migration from version {version}',
    'file-nested-too-deep': 'lists and objects are nested more than {max} deep; Journeyboard reads files nested at most {max} deep',
    'board-nested-too-deep': 'the board nests sections, groups or frames more than {max} deep; Journeyboard reads boards nested at most {max} deep',
    'not-json': 'not valid JSON: {detail}',
    /* Starting a map from a template: choices that name what the template does not have. */
    'no-template': 'no template "{id}"; templates are: {ids}',
    'no-templates': 'no template "{id}"; there are no templates',
    'template-locale': 'the template "{template}" is written in {locales}; got "{locale}"',
    'template-no-persona': 'the template has no persona "{id}"; personas are: {ids}',
    'template-no-phases': 'the template has no phases, so there is no phase "{id}"',
    'template-no-phase': 'the template has no phase "{id}"; phases are: {ids}',
    'template-no-stage': 'the template has no stage "{id}"; stages are: {ids} (or give a name to add a new stage)',
    'template-no-lane': 'the template has no lane "{id}"; lanes are: {ids}',
    'template-one-curve': 'the template draws one emotion curve; there are none to choose',
    'template-no-curve': 'the template has no curve "{id}"; curves are: {ids}',
    'stage-chosen-twice': 'stage "{id}" is chosen more than once',
    'stage-id-or-name': 'give the id of a template stage, or a name for a new stage',
    'lane-listed-twice': 'lane "{id}" is listed more than once',
    'stage-not-chosen': 'no chosen stage "{id}"; stages are: {ids}',
    'no-chosen-stages': 'no chosen stage "{id}"; no stage could be chosen',
    'lane-not-chosen': 'no chosen lane "{id}"; lanes are: {ids}',
    'no-chosen-lanes': 'no chosen lane "{id}"; no lane could be chosen',
    'evidence-needs-place': 'name a stage, a lane or both',
    'choose-stage': 'choose at least one stage',
    'keep-lane': 'keep at least one lane',
    'keep-curve': 'keep at least one curve',
    /* Exporting to a format that cannot keep a lone surrogate ({format} is the format's name, CSV or Markdown; {units} the code units). */
    'lone-surrogate': {
      one: 'holds {n} lone surrogate ({units}), half of a character that UTF-8 cannot hold: {format} writes U+FFFD in its place wherever it shows this text',
      other: 'holds {n} lone surrogates ({units}), halves of characters that UTF-8 cannot hold: {format} writes U+FFFD in their place wherever it shows this text'
    } as Plural,
    /* Reading a board back and updating it, in FigJam. */
    'nothing-selected': 'nothing is selected: select a board, or part of one, to read',
    'no-node': 'no object has id "{id}" (was it deleted?)',
    'no-board': 'there is no board drawn by Journeyboard: only boards the plugin drew (or synced) can be updated',
    'no-such-board': 'no board drawn by Journeyboard is named "{board}" or holds an object with that id: only boards the plugin drew (or synced) can be updated',
    'stored-journey-unreadable': 'the journey stored on the board cannot be read ({problems}): the board cannot be updated',
    /* What a node's tag or a board section's stored journey says, when it cannot be read; the path names the entry ({position} counts characters from its start). */
    'no-tag': 'the object carries no journeyboard tag',
    'no-layout-version': 'the board section must say which layout drew it',
    'not-board-section': 'only the board section carries the journey; this object is a "{role}"',
    'not-valid-json': 'is not valid JSON',
    'not-valid-json-at': 'is not valid JSON (at position {position})',
    'stored-parts-count': 'must be a number of parts from 1 to {max}',
    'stored-part-missing': 'part {part} of {parts} is missing',
    'stored-not-journey': 'the stored journey is not valid JSON of a journey',
    'no-stored-journey': 'this board section carries no journey',
    /*
     * A conflict's field ({field} as the journey file names it), with the board's and the data's
     * values as the file writes them (a text in JSON's quotes); `deleted-but-changed` when what the
     * data changed is in no field the comparison names.
     */
    'needs-resolution': 'needs a resolution (board, data or keep-both): "{field}" is {board} on the board, {data} in the data',
    'needs-resolution-deleted': 'needs a resolution (board, data or keep-both): deleted on the board, while its "{field}" became {data} in the data',
    'deleted-but-changed': 'needs a resolution (board, data or keep-both): deleted on the board, changed in the data',
    /* {change} is one of changedSince's, above. */
    'changed-since-review': 'the board changed since it was compared ({change}): compare again',
    'sync-fonts-failed': 'could not load the board\'s fonts ({fonts}): {error}. Nothing was changed.',
    'sync-measure-failed': 'could not measure the board\'s texts in FigJam ({error}). Everything was put back as it was.',
    'sync-node-left': 'object {node} left the board while it was being updated: nothing was changed',
    'sync-failed': 'could not update the board: failed at {where} ({error}). Everything was put back as it was.',
    'sync-failed-not-undone': {
      one: 'could not update the board: failed at {where} ({error}). {n} change could not be undone.',
      other: 'could not update the board: failed at {where} ({error}). {n} changes could not be undone.'
    } as Plural,
    /* What the panel is told about a board it asked to read, compare or update. */
    'not-on-a-board': 'the selection is not on a board Journeyboard drew. Select the board to update, or select nothing to update the first board on this page.',
    'board-gone': 'the board is no longer on this page: it may have been deleted or moved to another page.',
    'board-changed': 'the board changed since it was compared: compare again to review the update.',
    'board-busy': 'this board is being updated already: wait for that update to finish.',
    'could-not-read-board': 'Journeyboard could not read the board.',
    'cannot-update-board': 'Journeyboard cannot update the board.',
    'could-not-update-board': 'Journeyboard could not update the board.',
    /* {error} is what FigJam or the browser threw, in their words (English): the other languages' words say so, here and in the update's failures above. */
    'read-error': 'Journeyboard could not read the board: {error}',
    'compare-error': 'Journeyboard could not compare the board with the journey: {error}',
    'import-error': 'Journeyboard could not read the text: {error}',
    'export-error': 'Journeyboard could not write the export: {error}',
    /* Drawing a new board failed: everything drawn so far is removed, or all but {n} objects. */
    'draw-fonts-failed': 'could not load the board\'s fonts ({fonts}): {error}',
    'draw-measure-failed': 'could not measure the board\'s texts in FigJam ({error}). Everything drawn so far was removed.',
    'draw-failed': 'could not draw the board: failed at {where} after {created} of {total} objects ({error}). Everything drawn so far was removed.',
    'draw-failed-not-removed': {
      one: 'could not draw the board: failed at {where} after {created} of {total} objects ({error}). {n} object could not be removed.',
      other: 'could not draw the board: failed at {where} after {created} of {total} objects ({error}). {n} objects could not be removed.'
    } as Plural
  }
}

/**
 * What the importers say is wrong with a CSV table or a Mermaid diagram, in English: apart from the
 * model's words because only the importers (the panel and the command line) need them.
 */
export const enImportProblems = {
  'csv-unclosed-quote': 'this quoted field is never closed: a closing " is missing (a " inside a quoted field is written "")',
  'csv-text-after-quote': 'unexpected text after the closing " of a quoted field; a field ends at a delimiter or at the end of the line',
  'csv-stray-quote': 'a " inside a field that does not start with one; put the whole field in quotes and double the " ("")',
  'csv-empty': 'the CSV is empty; its first row must name the columns ({columns})',
  'csv-no-rows': 'the CSV has no rows after the header; a journey needs at least one item',
  'csv-column-twice': 'the column "{column}" appears twice',
  'csv-needs-stage': 'the header needs a "stage" or "stage_id" column',
  'csv-needs-lane': 'the header needs a "lane", "lane_id" or "lane_kind" column',
  'csv-needs-text': 'the header needs a "text" column',
  'csv-field-count': 'has {fields} fields, but the header has {width}',
  'csv-no-stage': 'stage and stage_id are both empty; every item needs a stage',
  'csv-stage-name-differs': 'stage "{id}" is called "{before}" on line {line} but "{now}" here',
  'csv-stage-phase-differs': 'stage "{id}" is in phase "{before}" on line {line} but in "{now}" here',
  'csv-unknown-value': 'unknown {column} "{value}" (expected one of {options})',
  'csv-unknown-flag': 'unknown flag "{value}" (expected {options}, or nothing)',
  'csv-no-lane': 'lane, lane_id and lane_kind are all empty; every item needs a lane',
  'csv-lane-name-differs': 'lane "{id}" has the name "{before}" on line {line} but "{now}" here',
  'csv-lane-kind-differs': 'lane "{id}" has the kind "{before}" on line {line} but "{now}" here',
  'csv-lane-actor-differs': 'lane "{id}" has the actor "{before}" on line {line} but "{now}" here',
  'csv-lane-kind-unknown': 'lane_kind is empty and the lane\'s name is not a kind; give one of {options}',
  'csv-actor-missing': 'an actor lane needs an actor: one of {options}',
  'csv-item-id-taken': 'item_id "{id}" is already used on line {line}',
  'csv-score-not-number': 'score "{value}" is not a number (write it in decimal, such as -1.5)',
  'csv-not-yes-no': 'moment_of_truth "{value}" is not yes or no',
  'csv-people-form': 'a list of people is written ["Me","Partner"] (JSON) or Me, Partner',
  'csv-people-names': 'a list of people holds names only, as in ["Me","Partner"]',
  'csv-votes-not-whole': 'votes is a whole number of votes, got "{value}"',
  'csv-vote-kinds-form': 'vote kinds are written kind:count, as in thumbs-up:2; heart:1 (got "{value}")',
  'csv-votes-sum': 'votes says {count} but the vote kinds add up to {sum}',
  'csv-needs-evidence': 'participants, evidence_sources and evidence_items need an evidence level in the "evidence" column',
  'csv-list-unclosed': '{text} has no closing quote',
  'csv-list-bad-quoted': '{text} is not a valid quoted text',
  'csv-list-separator': 'entries are separated by ";"; got "{rest}" after {text}',
  'csv-link-kind': 'unknown link kind "{kind}" (expected one of {options})',
  'csv-link-needs-id': 'a link needs the id of the item it points to, e.g. handover->item-7; got "{rest}"',
  'csv-link-label-unclosed': 'the label of the link to "{id}" has no closing quote',
  'csv-link-label-bad': 'the label of the link to "{id}" is not a valid quoted text: {text}',
  'csv-link-separator': 'links are separated by ";"; got "{rest}" after the link to "{id}"',
  'csv-link-to-nothing': 'the link to "{id}" points to no item (no row has that item_id)',
  'csv-link-to-itself': 'an item cannot link to itself',
  'mermaid-no-journey': 'a Mermaid journey diagram starts with "journey"',
  'mermaid-section-unnamed': '"section" needs a name on the same line',
  'mermaid-task-no-score': 'the task "{task}" has nothing after its colon; give it a score, e.g. "{task}: 3"',
  'mermaid-task-no-colon': 'the task "{task}" needs a colon and a score, e.g. "{task}: 3"',
  'mermaid-colon-in-section': 'a section name cannot contain ":" (in "{text}")',
  'mermaid-task-no-name': 'a task needs a name before its colon, e.g. "{example}"',
  'mermaid-semicolon': '";" cannot separate statements in a journey diagram; put each statement on its own line',
  'mermaid-unexpected': 'unexpected "{text}"',
  'mermaid-journey-again': '"journey" can only start the diagram',
  'mermaid-description-unclosed': 'an "accDescr {" block is never closed with "}"',
  'mermaid-ends-early': 'the diagram ends in the middle of a statement',
  'mermaid-unrecognised': 'unrecognised text "{text}"',
  'csv-column-ignored': 'the column "{column}" is not a journey column; it is ignored',
  'csv-no-lane-kind': 'there is no lane_kind column; lanes not named after a kind are notes lanes',
  'csv-scale-widened': 'scores run from {lowest} to {highest}, outside −2 to 2; the emotion scale is {low} to {high}',
  'csv-no-title': 'a CSV carries no title; the journey is called "{title}"',
  'csv-no-persona': 'a CSV carries no persona; the persona is "{persona}"',
  'csv-own-levels': 'the evidence levels {levels} are not the default ones ({defaults}); they are taken weakest first in the order they first appear',
  'mermaid-journey-case': 'Mermaid itself would not draw this: the first word must be "journey" in lower case',
  'mermaid-no-title': 'the diagram has no title; using "{title}"',
  'mermaid-no-people': 'the diagram names no people; the persona is "{persona}"',
  'mermaid-task-unscored': 'the task "{task}" has no numeric score, so it has none',
  'mermaid-scale-kept': 'scores run from {min} to {max}, beyond Mermaid\'s 1 to 5; the emotion scale is {min} to {max}',
  'mermaid-scale-mapped': 'scores run from {min} to {max}, beyond Mermaid\'s 1 to 5; that whole range is mapped onto {low} to {high}'
} satisfies Record<ImportProblemCode, string | Plural>

/** Every language's problem words: the model's, and the importers' beside them. */
export type ProblemCatalogue = Omit<typeof enProblems, 'problems'> & { problems: typeof enProblems.problems & typeof enImportProblems }
export type ModelProblemCode = keyof typeof enProblems.problems
export type ProblemCode = ModelProblemCode | ImportProblemCode
