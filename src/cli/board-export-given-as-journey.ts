import { CliError } from './cli-error'
import { inputName } from './read-input'

/** A Figma REST response: a whole file (`document`) or nodes asked for by id (`nodes`); a journey file has neither. */
function isBoardExport(data: unknown): boolean {
  return data !== null && typeof data === 'object' && !Array.isArray(data) && !('format' in data) && ('document' in data || 'nodes' in data)
}

/**
 * What a command that needs a journey says when given a board export instead, rather than every
 * field a journey file lacks: how to read the board's journey (the reverse of journeyFileGivenAsBoard).
 */
export function boardExportGivenAsJourney(path: string, data: unknown): CliError | undefined {
  if (!isBoardExport(data)) return undefined
  return new CliError(`${inputName(path)} is a board export, not a journey file; read its journey with "journeyboard read ${path}"`)
}
