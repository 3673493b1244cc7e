import { type ActivityType, atLine, inCell, type Item, type Phase, type Problem } from '../model'
import type { JourneyCsvColumn } from './journey-csv-columns'

/** Which column each journey field comes from, to name it in problems. */
const ITEM_COLUMNS: Readonly<Record<string, JourneyCsvColumn>> = {
  id: 'item_id',
  stageId: 'stage_id',
  laneId: 'lane_id',
  text: 'text',
  score: 'score',
  flag: 'flag',
  activityTypeId: 'activity_type',
  momentOfTruth: 'moment_of_truth',
  channel: 'channel',
  device: 'device',
  owner: 'owner',
  people: 'people',
  votes: 'votes',
  curveId: 'curve',
  evidence: 'evidence'
}
const STAGE_COLUMNS: Readonly<Record<string, JourneyCsvColumn>> = { id: 'stage_id', name: 'stage', phaseId: 'phase' }
const LANE_COLUMNS: Readonly<Record<string, JourneyCsvColumn>> = { id: 'lane_id', name: 'lane', kind: 'lane_kind', actor: 'actor' }

interface Lined {
  line: number
}

/** Where in the CSV each part of the journey built from it came from. */
export interface CsvSources {
  items: readonly Item[]
  itemLines: readonly number[]
  /** The stages, lanes and links in the journey's order, each with its line. */
  stages: readonly Lined[]
  lanes: readonly Lined[]
  links: readonly Lined[]
  phases: readonly Phase[]
  phaseLines: ReadonlyMap<string, number>
  activityTypes: readonly ActivityType[]
}

/** Moves problems the model finds (by journey path) onto the rows they come from, naming the column. */
export function placeCsvModelProblems(problems: readonly Problem[], sources: CsvSources): Problem[] {
  const { items, itemLines, stages, lanes, links, phases, phaseLines, activityTypes } = sources
  let activityLines: ReadonlyMap<string | undefined, number | undefined> | undefined
  const lines: Readonly<Record<string, (index: number) => number | undefined>> = {
    items: (index) => itemLines[index],
    stages: (index) => stages[index]?.line,
    lanes: (index) => lanes[index]?.line,
    links: (index) => links[index]?.line,
    phases: (index) => phaseLines.get(phases[index]?.id ?? ''),
    activityTypes: (index) => {
      // Each type's first item, found once for all the problems, not by scanning the items for each.
      activityLines ??= new Map(items.map((item, at) => [item.activityTypeId, itemLines[at]] as const).reverse())
      return activityLines.get(activityTypes[index]?.id)
    }
  }
  const columns: Readonly<Record<string, (field: string) => string | undefined>> = {
    items: (field) => ITEM_COLUMNS[field],
    stages: (field) => STAGE_COLUMNS[field],
    lanes: (field) => LANE_COLUMNS[field],
    links: () => 'links',
    phases: () => 'phase',
    activityTypes: () => 'activity_type'
  }
  return problems.map((p) => {
    const match = /^(\w+)\[(\d+)\](?:\.(\w+))?/.exec(p.path)
    const collection = match?.[1] ?? ''
    const line = match === null ? undefined : lines[collection]?.(Number(match[2]))
    if (line === undefined) return p
    const column = match?.[3] === undefined ? undefined : columns[collection]?.(match[3])
    return atLine(column === undefined ? p : inCell(p, column), line)
  })
}
