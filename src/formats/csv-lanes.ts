import { keepShape } from '../hidden-classes/keep-shape'
import { ActorKindSchema, type ImportProblemCode, type Lane, type LaneKind, LaneKindSchema, type Problem } from '../model'
import { SlugAllocator } from '../templates/unique-slug'
import { csvLaneKind } from './csv-lane-kind'
import type { CsvRow } from './csv-row'
import { readCsvChoice } from './read-csv-choice'

/** A lane as its first row defines it. */
export interface CsvLane {
  lane: Lane
  line: number
}

/** A row that says otherwise about a lane than the lane's first row, on `line`, did. */
function mismatch(row: CsvRow, code: ImportProblemCode, id: string, line: number, before: string, now: string): Problem {
  return row.problem(code, { id, before, line, now })
}

/**
 * The lanes a CSV's rows name, in the order they first appear. A lane is made on its first row, its
 * kind from `lane_kind`, else from its name; later rows that say otherwise are problems. A lane
 * without an id gets one made from its name (or its kind), the same for every row of that name.
 */
export class CsvLanes {
  readonly byId = new Map<string, CsvLane>()
  private readonly idByName = new Map<string, string>()
  private readonly slugs = new SlugAllocator('lane')
  /** Whether a lane became a notes lane for want of a kind: the import then warns, once. */
  defaultedKind = false

  /** @param kindColumn whether the CSV has a `lane_kind` column: then a lane of no kind is a problem, not a guess. */
  constructor(private readonly kindColumn: boolean) {}

  /**
   * The row's lane id, made on the lane's first row; what is wrong is added to `problems`.
   * @returns undefined when the row names no lane
   */
  read(row: CsvRow, problems: Problem[]): string | undefined {
    const laneName = row.cell('lane')
    const kindText = row.cell('lane_kind').toLowerCase()
    const kind = readCsvChoice(row, 'lane_kind', LaneKindSchema.options, problems)
    const actorText = row.cell('actor')
    const actor = readCsvChoice(row, 'actor', ActorKindSchema.options, problems)
    let laneId = row.cell('lane_id')
    if (laneId === '') {
      const byName = laneName || kindText
      if (byName === '') {
        problems.push(row.problem('csv-no-lane'))
        return undefined
      }
      laneId = this.idByName.get(byName) ?? this.slugs.take(byName)
      this.idByName.set(byName, laneId)
    }
    this.slugs.reserve(laneId)
    const known = this.byId.get(laneId)
    if (known !== undefined) {
      const { lane, line } = known
      // Plain calls, not a closure made on every later row of a lane.
      if (laneName !== '' && laneName !== lane.name) problems.push(mismatch(row, 'csv-lane-name-differs', laneId, line, lane.name, laneName))
      if (kind !== undefined && kind !== lane.kind) problems.push(mismatch(row, 'csv-lane-kind-differs', laneId, line, lane.kind, kind))
      if (actor !== undefined && actor !== lane.actor) problems.push(mismatch(row, 'csv-lane-actor-differs', laneId, line, lane.actor ?? '', actor))
      return lane.id
    }
    if (kindText !== '' && kind === undefined) return laneId
    const chosen: LaneKind | undefined = kind ?? csvLaneKind(laneName, laneId)
    if (chosen === undefined && this.kindColumn) {
      problems.push(row.problem('csv-lane-kind-unknown', { options: [...LaneKindSchema.options] }))
      return laneId
    }
    if (chosen === undefined) this.defaultedKind = true
    const lane: Lane = { id: laneId, name: laneName || laneId, kind: chosen ?? 'notes' }
    if (actor !== undefined) lane.actor = actor
    if (lane.kind === 'actor' && actor === undefined && actorText === '') problems.push(row.problem('csv-actor-missing', { options: [...ActorKindSchema.options] }))
    this.byId.set(laneId, { lane, line: row.line })
    return laneId
  }
}

// Every CSV import makes its lanes' list: one kept keeps its hidden class, and the code made for it, through full collections.
keepShape(new CsvLanes(false))
