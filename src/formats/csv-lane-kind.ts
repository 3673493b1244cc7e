import { BOARD_CATALOGUES, LANGUAGES } from '../i18n'
import { type LaneKind, LaneKindSchema } from '../model'
import { guessLaneKind } from './guess-lane-kind'

/**
 * Lane kinds by their names in every language ("Pain points", "Smertepunkter", "痛点"), lower case.
 * Built on first use: the panel unpacks its catalogues after its code has loaded.
 */
let kindByName: ReadonlyMap<string, LaneKind> | undefined
function kindsByName(): ReadonlyMap<string, LaneKind> {
  kindByName ??= new Map(
    LANGUAGES.flatMap((language) => Object.entries(BOARD_CATALOGUES[language].kinds.lanes).map(([kind, text]) => [text.trim().toLowerCase(), kind as LaneKind] as const))
  )
  return kindByName
}

/** "Action plan" -> action-plan, "Touchpoint" -> touchpoints, "Pain points" -> pains: a lane named after its kind. */
function kindNamed(name: string): LaneKind | undefined {
  const lower = name.trim().toLowerCase()
  const byName = kindsByName().get(lower)
  if (byName !== undefined) return byName
  const base = lower.replace(/[\s_]+/g, '-')
  const candidates = [base, `${base}s`, base.replace(/y$/, 'ies')]
  return LaneKindSchema.options.find((kind) => candidates.includes(kind))
}

/**
 * The row kind a lane label on a board would say ("Experience" and "Oplevelse" are emotion lanes,
 * "Ideas" opportunities), so a CSV's lane reads as the same lane drawn by hand. A name that says
 * only who acts ("Staff") says no kind: an actor lane needs its actor's kind, which a spreadsheet
 * gives in the actor column.
 */
function kindGuessed(name: string): LaneKind | undefined {
  const guess = guessLaneKind(name)
  return guess !== null && 'kind' in guess ? guess.kind : undefined
}

/**
 * A CSV lane's kind by its name or id, for a row whose `lane_kind` cell is empty: one named after
 * its kind first, so a guess from words never outweighs it.
 */
export function csvLaneKind(name: string, id: string): LaneKind | undefined {
  return kindNamed(name) ?? kindNamed(id) ?? kindGuessed(name) ?? kindGuessed(id)
}
