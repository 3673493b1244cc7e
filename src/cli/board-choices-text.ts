import { oneOfText } from './one-of-text'

/** A board a file holds, as an option that picks one names it. */
export interface BoardChoice {
  name: string
  id: string
}

/**
 * The boards an option may pick, in the words every refused choice uses (see oneOfText):
 * `--board must be one of "Car rental" (1:51) or "Moving" (4:2)`; each is picked by its name or id.
 */
export function boardChoicesText(option: string, choices: readonly BoardChoice[]): string {
  return oneOfText(
    option,
    choices.map((choice) => `"${choice.name}" (${choice.id})`)
  )
}
