import { jsonNestingProblem } from '../model'
import { CliError } from './cli-error'
import type { CliIo } from './cli-io'

/** Reads a file for a command; a missing or unreadable file becomes one clear line. */
export async function readInputAsync(io: CliIo, path: string): Promise<string> {
  try {
    return await io.readFileAsync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : String((error as Error).message)
    throw new CliError(`cannot read "${path}": ${reason}`)
  }
}

/** Parses JSON text read from `path`, naming the file and the position on failure. */
export function parseJsonInput(text: string, path: string): unknown {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new CliError(`"${path}" is not valid JSON: ${(error as Error).message}`)
  }
  const tooDeep = jsonNestingProblem(data)
  if (tooDeep !== undefined) throw new CliError(`"${path}": ${tooDeep.message}`)
  return data
}
