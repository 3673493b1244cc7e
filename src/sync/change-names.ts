import type { Catalogue } from '../i18n'
import { enChanges } from '../i18n/catalogues/changes/en'
import type { Journey } from '../model'
import type { ChangeNames, JsonValue, SyncSubject } from './change-set'

/** Which names a field's ids are: `stageId` holds a stage's id, an order the ids of its subject. */
const FIELD_KINDS: Readonly<Record<string, keyof ChangeNames>> = {
  stageId: 'stage',
  laneId: 'lane',
  phaseId: 'phase',
  activityTypeId: 'activity',
  personaId: 'persona'
}

/** Own keys only: an id such as `constructor` must not find Object's. */
const has = (record: object, id: string): boolean => Object.prototype.hasOwnProperty.call(record, id)

/**
 * The names of everything the journeys hold, by id; the first journey that names an id wins, so
 * pass the journey the board will show first.
 */
export function changeNames(...journeys: readonly Journey[]): ChangeNames {
  const names: ChangeNames = { stage: {}, lane: {}, phase: {}, activity: {}, persona: {} }
  const add = (kind: keyof ChangeNames, entries: readonly { id: string; name: string }[]): void => {
    for (const { id, name } of entries) if (!has(names[kind], id)) names[kind][id] = name
  }
  for (const journey of journeys) {
    add('stage', journey.stages)
    add('lane', journey.lanes)
    add('phase', journey.phases)
    add('activity', journey.activityTypes)
    add('persona', journey.personas)
  }
  return names
}

/** The words a change set is told in: a language's `changes` catalogue (the command line's is English). */
export type ChangeWords = Catalogue['panel']['changes']

/**
 * The English words, the command line's (and the sandbox's, for the conflicts it refuses to apply);
 * taken from the English catalogue alone, so the sandbox does not carry the other four.
 */
export function englishChangeWords(): ChangeWords {
  return enChanges
}

/** What people call a field, in the words given; a field no catalogue names keeps its own name. */
export function fieldLabel(field: string, words: ChangeWords = englishChangeWords()): string {
  return has(words.fields, field) ? (words.fields as Readonly<Record<string, string>>)[field]! : field
}

/**
 * A field's value with ids given as names where the change set knows them: `"book"` in `stageId`
 * reads `"Book"`, an order of stage ids reads as their names.
 */
export function namedValue(value: JsonValue, field: string, subject: SyncSubject, names: ChangeNames | undefined): JsonValue {
  if (names === undefined) return value
  const kind = field === 'order' ? (subject === 'stage' || subject === 'lane' ? subject : undefined) : FIELD_KINDS[field]
  if (kind === undefined) return value
  const known = names[kind]
  const name = (id: JsonValue): JsonValue => (typeof id === 'string' && has(known, id) ? (known[id] ?? id) : id)
  return Array.isArray(value) ? value.map(name) : name(value)
}
