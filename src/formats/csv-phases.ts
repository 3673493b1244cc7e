import type { Phase, Stage } from '../model'
import { SlugAllocator } from '../templates/unique-slug'
import type { CsvStage } from './csv-stages'

/** A CSV's phases and its stages placed in them. */
export interface CsvPhases {
  phases: Phase[]
  /** The line of each phase's first stage, by phase id. */
  phaseLines: Map<string, number>
  /** The stages in order, each with its phase's id when its rows name one. */
  stages: Stage[]
}

/** Phases, in the order their stages first appear, with ids made from their names. */
export function csvPhases(stageEntries: readonly CsvStage[]): CsvPhases {
  const phaseIdByName = new Map<string, string>()
  const phaseLines = new Map<string, number>()
  const slugs = new SlugAllocator('phase')
  const stages = stageEntries.map((entry) => {
    if (entry.phaseName === '') return entry.stage
    let phaseId = phaseIdByName.get(entry.phaseName)
    if (phaseId === undefined) {
      phaseId = slugs.take(entry.phaseName)
      phaseIdByName.set(entry.phaseName, phaseId)
      phaseLines.set(phaseId, entry.line)
    }
    return { ...entry.stage, phaseId }
  })
  return { phases: [...phaseIdByName].map(([name, id]) => ({ id, name })), phaseLines, stages }
}
