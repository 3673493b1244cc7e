import { atLine, type Journey, type JourneyInput, validateJourney, validateJourneyOfCheckedItems } from '../model'
import { SlugAllocator } from '../templates/unique-slug'
import { checkCsvLinks } from './check-csv-links'
import { csvActivityTypes } from './csv-activity-types'
import { csvEmotionScale } from './csv-emotion-scale'
import { csvPhases } from './csv-phases'
import { importProblem } from './import-problem'
import { importFailed, type ImportResult, imported } from './import-result'
import { orderCsvLanes } from './order-csv-lanes'
import { placeCsvModelProblems } from './place-csv-model-problems'
import { readCsvRows } from './read-csv-rows'
import { researchScales } from './research-csv-cells'

export const DEFAULT_CSV_TITLE = 'Imported journey'
export const DEFAULT_CSV_PERSONA = 'Customer'

/**
 * Reads the journey CSV that `journeyToCsv` writes (RFC 4180, with `,`, `;` or tab between fields
 * and an optional byte order mark; see `parseCsv`; where fields are not separated by commas, a score
 * may have a decimal comma). Columns are found by their header, in any
 * order and any case, by id or by name in any language; `stage` or `stage_id`, `lane`, `lane_id`
 * or `lane_kind`, and `text` are needed, the rest is optional. Stages and phases are rebuilt in
 * the order they first appear; lanes in the order they have within the stages, their kind from
 * `lane_kind` or else their name in any language ("Pain points" is a pains lane); ids left out are
 * made from the names. Cells a spreadsheet guard marked with a leading `'` are read without it.
 * What a CSV cannot carry gets a default, reported as a warning: the title and persona, and the
 * emotion scale (−2 to 2, widened to whole numbers around the scores when they fall outside it).
 * @returns the journey and its warnings, else every problem found, each naming its line.
 */
export function journeyFromCsv(text: string): ImportResult<Journey> {
  const read = readCsvRows(text)
  if (!read.ok) return read
  const { stages, lanes, items, links } = read.value
  const problems = [...read.value.problems, ...checkCsvLinks(links, items.lineById, read.value.problems.length)]
  if (problems.length > 0) return importFailed(problems)

  const stageEntries = stages.entries()
  const placed = csvPhases(stageEntries)
  const laneEntries = orderCsvLanes([...lanes.byId.keys()], [...items.laneSequenceByStage.values()]).flatMap((id) => lanes.byId.get(id) ?? [])
  const activityTypes = csvActivityTypes(items.items)
  const emotion = csvEmotionScale(items.items, lanes.byId)
  const research = researchScales(items.items)
  const warnings = [
    ...read.value.warnings,
    ...(lanes.defaultedKind ? [atLine(importProblem('', 'csv-no-lane-kind'), read.value.columns.headerLine)] : []),
    ...emotion.warnings,
    importProblem('title', 'csv-no-title', { title: DEFAULT_CSV_TITLE }),
    importProblem('personas', 'csv-no-persona', { persona: DEFAULT_CSV_PERSONA }),
    ...research.warnings
  ]

  const input: JourneyInput = {
    id: new SlugAllocator('journey').take(DEFAULT_CSV_TITLE),
    title: DEFAULT_CSV_TITLE,
    personas: [{ id: 'persona-1', name: DEFAULT_CSV_PERSONA }],
    phases: placed.phases,
    stages: placed.stages,
    lanes: laneEntries.map((entry) => entry.lane),
    activityTypes,
    items: items.items,
    links: links.map((link, index) => ({ id: `link-${index + 1}`, from: link.from, to: link.to, kind: link.kind, label: link.label })),
    emotionScale: emotion.scale,
    ...research.scales
  }
  const validated = items.allChecked ? validateJourneyOfCheckedItems(input, items.items, items.lineById) : validateJourney(input)
  if (validated.ok) return imported(validated.value, warnings)
  return importFailed(
    placeCsvModelProblems(validated.problems, {
      items: items.items,
      itemLines: items.lines,
      stages: stageEntries,
      lanes: laneEntries,
      links,
      phases: placed.phases,
      phaseLines: placed.phaseLines,
      activityTypes
    })
  )
}
