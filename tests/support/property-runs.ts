import type { Parameters } from 'fast-check'

/**
 * How many cases a property test runs. Every property test takes its count from here, so one
 * variable sizes the whole run: `JOURNEYBOARD_PROPERTY_RUNS=1000 npm test` is the nightly run
 * (each property at least that many cases), and CI runs each test's own small sample. A seed
 * (`JOURNEYBOARD_PROPERTY_SEED`) replays a failing run.
 */
export function propertyRuns(ciRuns: number): Pick<Parameters<unknown>, 'numRuns' | 'seed'> {
  const nightly = Number(process.env.JOURNEYBOARD_PROPERTY_RUNS)
  const seed = Number(process.env.JOURNEYBOARD_PROPERTY_SEED)
  return {
    numRuns: Number.isInteger(nightly) && nightly > 0 ? Math.max(nightly, ciRuns) : ciRuns,
    ...(Number.isInteger(seed) ? { seed } : {})
  }
}
