/*
 * How a change set is told in English: kept apart from the panel's words (en.ts takes them from here)
 * because the sandbox and the command line tell change sets too, and need none of the rest.
 */
export const enChanges = {
  kinds: { added: 'Added', removed: 'Removed', changed: 'Changed', moved: 'Moved', renamed: 'Renamed', reordered: 'Reordered' },
  subjects: { journey: 'Journey', phase: 'Phase', stage: 'Stage', lane: 'Lane', item: 'Item', link: 'Link' },
  choices: { board: 'Board', data: 'Data', 'keep-both': 'Keep both' },
  journeyField: 'Journey {field}',
  named: '{subject} “{label}”',
  order: 'Order of {label}',
  yourChoice: 'your choice',
  consequence: 'follows from other changes',
  deleted: '(deleted)',
  /** What people call each field of the journey, its items, stages, lanes, links and phases. */
  fields: { title: 'title', accessibleTitle: 'accessible title', scenario: 'scenario', context: 'context', state: 'state', locale: 'language', personas: 'personas', personaId: 'persona', phases: 'phases', stages: 'stages', lanes: 'lanes', items: 'items', links: 'links', activityTypes: 'activity types', emotionScale: 'emotion scale', blueprintLines: 'blueprint lines', curves: 'curves', evidenceLevels: 'evidence levels', stageId: 'stage', laneId: 'lane', text: 'text', score: 'score', flag: 'flag', momentOfTruth: 'moment of truth', activityTypeId: 'activity type', channel: 'channel', device: 'device', owner: 'owner', votes: 'votes', provenance: 'where it was read from', people: 'people', curveId: 'curve', evidence: 'evidence', name: 'name', phaseId: 'phase', description: 'description', kind: 'kind', actor: 'actor', from: 'from', to: 'to', label: 'label', order: 'order', min: 'min', max: 'max', per: 'per' },
  keptReasons: { 'edited-on-board': 'edited on the board', 'linked-on-board': 'linked on the board', 'attached-on-board': 'has a connector drawn by hand', 'holds-board-items': 'still holds items kept on the board', 'holds-board-sections': 'holds a section drawn by hand' },
  none: '(none)',
  /** A yes-or-no field's value (a moment of truth, say). */
  yes: 'yes',
  no: 'no',
  details: '(details)',
  entries: 'entries: {n}',
  fieldChanged: '{field} changed',
  detailsChanged: '{field}: details changed ({value})',
  fieldChange: '{field} {before} → {after}',
  conflicts: {
    'both-changed': 'Changed on the board and in the data',
    'removed-on-board': 'Deleted on the board, changed in the data',
    'both-added': 'Added on the board and in the data, differently',
    order: 'Reordered on the board and in the data, differently'
  }
}
