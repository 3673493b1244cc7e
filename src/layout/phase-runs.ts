import type { Stage } from '../model'

/** Consecutive stages of one phase: `first` and `last` are stage indexes, `run` counts this phase's runs from 0. */
export interface PhaseRun {
  phaseId: string
  run: number
  first: number
  last: number
}

/**
 * One band per run of consecutive stages in the same phase. Reordering stages may split a phase;
 * each piece then gets its own band. Stages without a phase get none.
 */
export function phaseRuns(stages: readonly Stage[]): PhaseRun[] {
  const runs: PhaseRun[] = []
  const runsPerPhase = new Map<string, number>()
  stages.forEach((stage, index) => {
    const phaseId = stage.phaseId
    if (phaseId === undefined) return
    const current = runs[runs.length - 1]
    if (current !== undefined && current.phaseId === phaseId && current.last === index - 1) {
      current.last = index
      return
    }
    const run = runsPerPhase.get(phaseId) ?? 0
    runsPerPhase.set(phaseId, run + 1)
    runs.push({ phaseId, run, first: index, last: index })
  })
  return runs
}
