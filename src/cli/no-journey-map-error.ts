import { CliError } from './cli-error'
import { firstPageName } from './first-page-name'
import { inputName } from './read-input'

/**
 * A board export with nothing a journey can be read from (no section and no sticky): reading it
 * would only give an empty journey, so every command that reads a board refuses it, naming the
 * file and the page it looked at.
 */
export function noJourneyMapError(path: string, file: unknown): CliError {
  const page = firstPageName(file)
  const where = page === undefined ? 'the objects it holds include no section and no sticky' : `its page "${page}" has no section and no sticky`
  return new CliError(`${inputName(path)} holds no journey map: ${where}`)
}
