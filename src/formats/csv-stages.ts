import { keepShape } from '../hidden-classes/keep-shape'
import type { Problem, Stage } from '../model'
import { SlugAllocator } from '../templates/unique-slug'
import type { CsvRow } from './csv-row'

/** A stage as its first row defines it, with the phase that row names. */
export interface CsvStage {
  stage: Stage
  phaseName: string
  line: number
}

/**
 * The stages a CSV's rows name, in the order they first appear. The first row of a stage defines
 * it; later rows may leave its columns empty, and one that names it otherwise is a problem. A stage
 * without an id gets one made from its name, the same for every row of that name.
 */
export class CsvStages {
  private readonly byId = new Map<string, CsvStage>()
  private readonly idByName = new Map<string, string>()
  private readonly slugs = new SlugAllocator('stage')

  /**
   * The row's stage id, made on the stage's first row; what is wrong is added to `problems`.
   * @returns undefined when the row names no stage
   */
  read(row: CsvRow, problems: Problem[]): string | undefined {
    const stageName = row.cell('stage')
    let stageId = row.cell('stage_id')
    if (stageId === '' && stageName === '') {
      problems.push(row.problem('csv-no-stage'))
      return undefined
    }
    if (stageId === '') {
      stageId = this.idByName.get(stageName) ?? this.slugs.take(stageName)
      this.idByName.set(stageName, stageId)
    }
    this.slugs.reserve(stageId)
    const phaseName = row.cell('phase')
    const known = this.byId.get(stageId)
    if (known === undefined) {
      this.byId.set(stageId, { stage: { id: stageId, name: stageName || stageId, description: '' }, phaseName, line: row.line })
      return stageId
    }
    const { stage, line } = known
    if (stageName !== '' && stageName !== stage.name) problems.push(row.problem('csv-stage-name-differs', { id: stageId, before: stage.name, line, now: stageName }))
    if (phaseName !== '' && known.phaseName === '') known.phaseName = phaseName
    else if (phaseName !== '' && phaseName !== known.phaseName) problems.push(row.problem('csv-stage-phase-differs', { id: stageId, before: known.phaseName, line, now: phaseName }))
    // The stage's own id, the same text as this row's: every item of the stage then shares one string, not one of its own.
    return stage.id
  }

  /** Every stage, in the order of first appearance. */
  entries(): CsvStage[] {
    return [...this.byId.values()]
  }
}

// Every CSV import makes its stages' list: one kept keeps its hidden class (and its slug allocator's),
// and the code made for them, through full collections.
keepShape(new CsvStages())
