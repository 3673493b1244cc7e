import type { Journey, Placement } from '../model'

/** One item of a hand-made board as a reader explains it: where it went, how, and how sure. */
export interface PlacementRow {
  itemId: string
  /** The board node to show a person (a sticky, or the table a cell is in). */
  nodeId: string
  text: string
  stage: string
  lane: string
  stageBy: Placement
  laneBy: Placement
  confidence: number
  note?: string
  /** The table cell, for an item read from one (its node is the table: a cell has no id live). */
  cell?: { row: number; column: number }
}

/** Below this confidence a placement is one a person should look at. */
export const UNCERTAIN_CONFIDENCE = 0.75

/** How each way of placing reads in an explanation. */
export const PLACEMENT_WORDS: Readonly<Record<Placement, string>> = {
  section: 'the section it is in',
  'grid-header': 'the header it lines up with',
  'table-cell': 'its table cell',
  'colour-legend': "the legend's word for its colour",
  'nearest-label': 'the nearest label',
  'only-one': 'the only one there is'
}

/**
 * The placements of a journey read from a hand-made board, least sure first (then in the journey's
 * order). Items without provenance (a generated board's) are left out.
 */
export function placementReport(journey: Journey): PlacementRow[] {
  const stages = new Map(journey.stages.map((s) => [s.id, s.name]))
  const lanes = new Map(journey.lanes.map((l) => [l.id, l.name]))
  const rows = journey.items.flatMap((item, index) => {
    const p = item.provenance
    if (p === undefined) return []
    const row: PlacementRow = {
      itemId: item.id,
      nodeId: p.nodeId,
      text: item.text,
      stage: stages.get(item.stageId) ?? item.stageId,
      lane: lanes.get(item.laneId) ?? item.laneId,
      stageBy: p.stage,
      laneBy: p.lane,
      confidence: p.confidence,
      ...(p.note === undefined ? {} : { note: p.note }),
      ...(p.cell === undefined ? {} : { cell: { row: p.cell.row, column: p.cell.column } })
    }
    return [{ row, index }]
  })
  return rows.sort((a, b) => a.row.confidence - b.row.confidence || a.index - b.index).map(({ row }) => row)
}

/** The items with the most votes, most first (then in the journey's order), at most `limit`. */
export function topVoted(journey: Journey, limit: number): { itemId: string; text: string; count: number; kinds: string }[] {
  return journey.items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.votes !== undefined)
    .sort((a, b) => (b.item.votes?.count ?? 0) - (a.item.votes?.count ?? 0) || a.index - b.index)
    .slice(0, limit)
    .map(({ item }) => ({
      itemId: item.id,
      text: item.text,
      count: item.votes?.count ?? 0,
      kinds: (item.votes?.kinds ?? []).map((k) => `${k.kind} ×${k.count}`).join(', ')
    }))
}

/** The report as lines for a terminal: one per item, least sure first, with the top votes after. */
export function explainLines(journey: Journey): string[] {
  const rows = placementReport(journey)
  const lines = rows.map((r) => {
    const sure = r.confidence < UNCERTAIN_CONFIDENCE ? 'unsure' : 'sure'
    const text = r.text.replace(/\s+/g, ' ').trim()
    const how = `stage "${r.stage}" by ${PLACEMENT_WORDS[r.stageBy]}, lane "${r.lane}" by ${PLACEMENT_WORDS[r.laneBy]}`
    // Rows and columns counted from 1, as a person counts them on the board.
    const where = r.cell === undefined ? '' : ` cell ${r.cell.row + 1}:${r.cell.column + 1}`
    return `${r.confidence.toFixed(2)} ${sure}  object ${r.nodeId}${where}  "${text.length > 40 ? `${text.slice(0, 39)}…` : text}": ${how}${r.note === undefined ? '' : ` (${r.note})`}`
  })
  const votes = topVoted(journey, 10)
  if (votes.length > 0) lines.push('top votes:', ...votes.map((v) => `${v.count}  "${v.text.replace(/\s+/g, ' ').trim()}" (${v.kinds})`))
  return lines
}
