import { enBoard, enCsv, enKinds, enReport, enTypography } from './board/en'
import { enChanges } from './changes/en'
import type { Plural } from '../plural'

/*
 * English: the source catalogue. Its shape is the Catalogue type every other language must fill.
 * `{name}` placeholders are filled by `fillText`; counted texts are Plural forms.
 */
export const en = {
  board: enBoard,
  kinds: enKinds,
  report: enReport,
  csv: enCsv,
  /** The panel: every label, message and status it shows. */
  panel: {
    language: 'Panel language',
    tabs: { create: 'Create', read: 'Read back', import: 'Import' },
    loadingTemplates: 'Loading the templates…',
    wordsFailed: 'The panel’s words in {language} could not be unpacked ({error}).',
    boardWordsFailed: 'The words of journeys in {language} could not be unpacked ({error}): such journeys show English words.',
    templateHeading: 'Template',
    galleryLabel: 'Templates',
    templates: {
      'car-rental': { title: 'Car rental', description: 'A tourist renting a car for a holiday in the USA: seven stages from planning to back home.' },
      'moving-house': { title: 'Moving house', description: 'A broadband customer who moves: nine stages from planning to settled in, with the stay-or-switch decision.' },
      ikea: { title: 'IKEA store visit', description: 'Twelve stages from inspiration to assembly; showroom highs, warehouse and assembly lows, the exit-bistro peak-end.' },
      'workshop-swimlane': {
        title: 'Workshop swimlanes',
        description: 'A warranty repair mapped with one lane per stakeholder, the customer in the middle, red and green flags.'
      },
      'service-blueprint': {
        title: 'Service blueprint',
        description: 'A hotel stay in five blueprint rows, split by the lines of interaction, visibility and internal interaction.'
      },
      blank: { title: 'Blank map', description: 'Four stages, the standard lanes and one persona to fill in.' }
    },
    boardLanguage: 'Language of the board',
    fixChoices: 'Fix the marked choices to draw the board',
    persona: {
      heading: 'Persona',
      edited: 'Edited',
      /** The persona dropdown's name; the dropdown itself says which one is chosen. */
      picker: 'Persona',
      details: 'Persona details',
      undo: 'Undo persona edits',
      /** Shown when a template has several personas: what choosing another one changes, and what it does not. */
      onlyCard: 'Another persona changes the persona card and the goal under the title. The title, stages and stickies stay the template’s: rewrite them on the board for this persona.',
      onePerLine: '{field} (one per line)',
      scenario: '{field} (scenario)',
      fields: {
        name: 'Name',
        role: 'Role',
        age: 'Age',
        goals: 'Goals',
        needs: 'Needs',
        frustrations: 'Frustrations',
        quote: 'Quote',
        scenario: 'Goal of this journey',
        description: 'Description'
      }
    },
    stages: {
      heading: 'Stages',
      included: '{n} of {total} included',
      hint: 'Drag the handle or press Alt+Up/Down to reorder.',
      moved: '{stage} moved to position {position} of {total}',
      added: 'Added stage {stage}',
      reorder: 'Reorder {stage}: position {position} of {total}, use the arrow keys',
      include: 'Include {stage}',
      name: 'Name of stage {n}',
      up: 'Move {stage} up',
      down: 'Move {stage} down',
      remove: 'Remove {stage}',
      newName: 'New stage name',
      add: 'Add stage'
    },
    lanes: { heading: 'Lanes', on: '{n} of {total} on' },
    evidence: {
      heading: 'Evidence',
      target: 'Stage or lane',
      level: 'Evidence level',
      set: 'Set',
      rule: '{target}: {level}',
      remove: 'Remove the level set on {target}'
    },
    form: {
      keepLane: 'Keep at least one lane on.',
      keepCurve: 'Keep at least one curve on.',
      includeStage: 'Include at least one stage.',
      stageProblem: 'Stage {n}: {problem}',
      fieldProblem: '{field} {problem}',
      age: 'Age must be a whole number, such as 34, or left empty.',
      /** `{entries}`: the lines that name no channel, quoted; `{channels}`: every channel's name, as alternatives. */
      channels: { one: '{field}: {entries} is not a channel; choose from {channels}.', other: '{field}: {entries} are not channels; choose from {channels}.' } as Plural
    },
    footer: {
      problems: 'Fix these to generate',
      drawing: 'Drawing the board',
      generated: 'Board generated: {counts}.',
      updateHint: 'Update the selected board (or the first on this page) to this journey, keeping people’s work',
      update: 'Update board…',
      generate: 'Generate board'
    },
    progress: { starting: 'Starting…', of: '{done} of {total}' },
    problems: 'Problems',
    parserOutput: 'Parser output',
    /** A detail set after what it qualifies, muted: `“Pick up the car” · Pickup`. */
    aside: '· {text}',
    /** Between details set side by side on one line: `Sofie · Mother of two`, `items[3].text · Text`; the reports' too (typography). */
    separator: enTypography.separator,
    /** Between clauses set one after another, each saying one thing: `text “A” → “B”; score 1 → 2`; the reports' too (typography). */
    clauses: enTypography.clauses,
    journey: {
      stages: { one: '{n} stage', other: '{n} stages' } as Plural,
      lanes: { one: '{n} lane', other: '{n} lanes' } as Plural,
      stickies: { one: '{n} sticky', other: '{n} stickies' } as Plural,
      links: { one: '{n} link', other: '{n} links' } as Plural,
      emotionPoints: { one: '{n} emotion point', other: '{n} emotion points' } as Plural
    },
    read: {
      heading: 'Read a board back',
      hint: 'Turns a journey board on this page back into data you can check and export.',
      scope: 'What to read',
      selection: 'Selection',
      page: 'Whole page',
      button: 'Read board',
      reading: 'Reading the board…',
      generated: 'A Journeyboard board, with the changes made on it since.',
      handMade: 'A board made by hand, read from its sections and stickies.',
      counts: 'Counts',
      momentsOfTruth: { one: '{n} moment of truth', other: '{n} moments of truth' } as Plural,
      flags: '{red} red / {green} green flags',
      emotionPerStage: 'Emotion per stage',
      momentsOfTruthHeading: 'Moments of truth',
      redFlags: 'Red flags',
      greenFlags: 'Green flags',
      noText: '(no text)',
      more: 'and {n} more',
      node: 'Object {id}',
      severalBoards: '{warning}. To read another, select it on the board and read again.',
      notRead: 'Not read',
      notReadHint: 'Left out of the data: move them into a stage and lane, or leave them.',
      notes: 'Notes on the reading',
      topVotes: 'Top votes',
      placements: 'How stickies were placed ({n} unsure)',
      placementsHint: 'Least sure first. Show one to check it on the board.',
      placementLine: '{stage} / {lane}: stage by {stageBy}, lane by {laneBy}, {percent}% sure',
      placedBy: { section: 'the section it is in', 'grid-header': 'the header it lines up with', 'table-cell': 'its table cell', 'colour-legend': 'the legend’s word for its colour', 'nearest-label': 'the nearest label', 'only-one': 'the only one there is' },
      show: 'Show',
      showOnBoard: 'Show “{text}” on the board',
      moreInExport: 'and {n} more (all in the exported JSON)',
      chart: 'Emotion curves'
    },
    export: {
      heading: 'Export',
      formats: { json: 'JSON', csv: 'CSV', md: 'Markdown', mermaid: 'Mermaid' },
      localizedHeader: 'Column names in the board’s language',
      copied: '{format} copied to the clipboard',
      noClipboard: 'The clipboard is not available here; use Download',
      saved: 'Saved {file}',
      copy: 'Copy',
      download: 'Download',
      report: 'Report',
      /** The list of texts an export had to change (half characters a CSV or Markdown file cannot hold), under the buttons. */
      notExact: 'What this format cannot write exactly'
    },
    import: {
      heading: 'Import a journey',
      hint: 'Paste a Journeyboard file, a CSV table or a Mermaid journey diagram, or open one. Nothing is drawn until it is valid.',
      detect: 'Detect the format',
      formats: { json: 'Journey file (JSON)', csv: 'Items table (CSV)', mermaid: 'Mermaid journey diagram' },
      open: 'Open a journey file',
      openButton: 'Open file…',
      /** The format dropdown's name; the dropdown itself says which one is chosen. */
      format: 'Format',
      text: 'Journey text',
      placeholder: 'journey\n  title My journey\n  section Discover\n    Find the shop: 3: Customer',
      fileProblems: 'Problems with the file',
      inputProblems: 'Problems in the input',
      toFix: { one: '{n} problem to fix', other: '{n} problems to fix' } as Plural,
      readAs: 'read as {format}',
      preview: 'Preview',
      previewReadAs: 'Read as {format}',
      guesses: 'Guesses made while importing',
      empty: 'Paste or open a journey to draw it',
      fixAbove: 'Fix the problems above to draw it',
      reading: 'Reading the text…',
      tooBig: 'the file is {size} kB; journey files are at most {max} kB',
      pastedTooBig: 'the pasted text is {size} kB; journey files are at most {max} kB'
    },
    sync: {
      region: 'Update board',
      headingNone: 'Update a board',
      heading: 'Update “{board}”',
      doneHint: 'The board now shows this journey, with people’s edits kept. One undo in FigJam puts it back as it was.',
      reviewHint: 'Compared by ids with what the board shows now, people’s edits included. Nothing on the board changes until you update it, and one undo puts it back.',
      comparing: 'Comparing the board with the journey…',
      nothing: 'Nothing to change: the board already shows this journey.',
      counted: '{title} ({n})',
      changes: 'Changes from the data',
      edits: 'Edits on the board, kept',
      doubts: 'Read with doubts',
      conflicts: 'Conflicts',
      allBoard: 'All board',
      allData: 'All data',
      conflictsHint: 'Changed on the board and in the data: pick the version to keep. Nothing is overwritten until you choose.',
      versionOf: 'Version of {title}',
      kept: 'Removed from the data, kept on the board',
      keptHint: 'People worked on these, so they stay, labelled “{label}”. Tick one to remove it after all.',
      removeAfterAll: 'Remove {title} after all',
      updating: 'Updating the board',
      updated: 'Board updated: {counts}.',
      notRemoved: 'Not removed',
      removeByHand: '{message}: remove it by hand',
      back: 'Back to the changes',
      compareAgain: 'Compare again',
      done: 'Done',
      cancel: 'Cancel',
      apply: 'Update board',
      pick: { one: 'Pick a version for {n} conflict', other: 'Pick a version for {n} conflicts' } as Plural,
      upToDate: 'Up to date',
      changeCount: { one: '{n} change', other: '{n} changes' } as Plural
    },
    changes: enChanges,
    counts: {
      nothingToChange: 'nothing from the data to change',
      changesMade: { one: '{n} change from the data made', other: '{n} changes from the data made' } as Plural,
      editsKept: { one: '{n} edit on the board kept', other: '{n} edits on the board kept' } as Plural,
      /**
       * What an update added and removed: `{things}` lists the board's contents as `journey` counts them,
       * and the words agree with them as the language needs, by kind (its gender) and count. A list of
       * several kinds agrees as its last kind does in the plural: of the five languages only French
       * tells the plural's gender, and its feminine kinds (stages, lanes) come first, so a feminine last
       * kind means all are.
       */
      added: {
        stages: { other: '{things} added' } as Plural,
        lanes: { other: '{things} added' } as Plural,
        stickies: { other: '{things} added' } as Plural,
        links: { other: '{things} added' } as Plural,
        emotionPoints: { other: '{things} added' } as Plural
      },
      removed: {
        stages: { other: '{things} removed' } as Plural,
        lanes: { other: '{things} removed' } as Plural,
        stickies: { other: '{things} removed' } as Plural,
        links: { other: '{things} removed' } as Plural,
        emotionPoints: { other: '{things} removed' } as Plural
      },
      moved: { one: '{n} made by hand moved with its cell', other: '{n} made by hand moved with their cells' } as Plural,
      adopted: { other: '{n} made by hand taken into the map' } as Plural,
      /** One part of what an update did, then the next: the changes, what was added, what was removed, what people made that moved along. */
      then: '{before}; {after}'
    },
    resize: 'Resize panel: drag, or use the arrow keys'
  },
  typography: enTypography
}

/** Every word Journeyboard writes, in one language; English defines the keys. */
export type Catalogue = typeof en
