import { CliError } from './cli-error'
import { type CliIo, errorCode, STANDARD_INPUT } from './cli-io'
import { describeReadError } from './read-input'

/** What a listing answers for a name that is no folder: a file, or nothing of that name. */
const NO_FOLDER = new Set(['ENOTDIR', 'ENOENT'])

/**
 * The files one input named on the command line stands for: a folder its .json files directly
 * inside it, in name order; a file (or standard input) itself. A folder that cannot be listed, or
 * holds no .json file, is one clear error naming it; a file is read, and refused, by its command,
 * and so is a name nothing answers to: `report` may take it for a mistyped template id.
 */
export async function filesOfInputAsync(io: CliIo, path: string): Promise<{ files: string[]; folder: boolean }> {
  if (path === STANDARD_INPUT || io.listFolderAsync === undefined) return { files: [path], folder: false }
  let inside: string[]
  try {
    inside = await io.listFolderAsync(path)
  } catch (error) {
    if (NO_FOLDER.has(errorCode(error) ?? '')) return { files: [path], folder: false }
    throw new CliError(`cannot read "${path}": ${describeReadError(error)}`)
  }
  const files = inside.filter((file) => file.toLowerCase().endsWith('.json'))
  if (files.length === 0) throw new CliError(`the folder "${path}" holds no .json file`)
  return { files, folder: true }
}
