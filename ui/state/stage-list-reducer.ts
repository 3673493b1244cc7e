/** One row of the stage list: a template stage or one the user added. */
export interface StageRow {
  id: string
  name: string
  /** The template's own name, so a cleared textbox can fall back to it. */
  templateName: string
  included: boolean
  /** Added in the panel rather than taken from the template. */
  added: boolean
}

export type StageListAction =
  | { type: 'reset'; stages: readonly { id: string; name: string }[] }
  | { type: 'set-included'; id: string; included: boolean }
  | { type: 'rename'; id: string; name: string }
  | { type: 'move'; id: string; by: number }
  | { type: 'move-to'; id: string; index: number }
  | { type: 'add'; name: string }
  | { type: 'remove'; id: string }

/** Stage ids the panel invents start with this, so they never collide with a template's ids. */
export const ADDED_STAGE_PREFIX = 'added-stage-'

function freshId(rows: readonly StageRow[]): string {
  const taken = new Set(rows.map((row) => row.id))
  let n = 1
  while (taken.has(`${ADDED_STAGE_PREFIX}${n}`)) n += 1
  return `${ADDED_STAGE_PREFIX}${n}`
}

function moveRow(rows: readonly StageRow[], from: number, to: number): StageRow[] {
  const target = Math.max(0, Math.min(rows.length - 1, to))
  if (from < 0 || from === target) return rows as StageRow[]
  const next = rows.slice()
  const [row] = next.splice(from, 1)
  if (row === undefined) return rows as StageRow[]
  next.splice(target, 0, row)
  return next
}

/** The stage list's state changes; pure, so the panel and its tests share one behaviour. */
export function stageListReducer(rows: readonly StageRow[], action: StageListAction): StageRow[] {
  switch (action.type) {
    case 'reset':
      return action.stages.map((stage) => ({ id: stage.id, name: stage.name, templateName: stage.name, included: true, added: false }))
    case 'set-included':
      return rows.map((row) => (row.id === action.id ? { ...row, included: action.included } : row))
    case 'rename':
      return rows.map((row) => (row.id === action.id ? { ...row, name: action.name } : row))
    case 'move': {
      const from = rows.findIndex((row) => row.id === action.id)
      return moveRow(rows, from, from + action.by)
    }
    case 'move-to':
      return moveRow(rows, rows.findIndex((row) => row.id === action.id), action.index)
    case 'add': {
      const name = action.name.trim()
      if (name === '') return rows as StageRow[]
      return [...rows, { id: freshId(rows), name, templateName: name, included: true, added: true }]
    }
    case 'remove':
      return rows.filter((row) => !(row.id === action.id && row.added))
  }
}

/** The stages to draw, in order: included rows, a blank name falling back to the template's. */
export function chosenStages(rows: readonly StageRow[]): { id: string; name: string; added: boolean }[] {
  return rows
    .filter((row) => row.included)
    .map((row) => ({ id: row.id, name: row.name.trim() === '' ? row.templateName : row.name.trim(), added: row.added }))
}
