import { CliError, errorLine, EXIT_USAGE } from './cli-error'
import type { CliIo } from './cli-io'
import { filesOfInputAsync } from './files-of-input'

/** What reading the inputs gave: each file's results, the failures reported, and how many inputs there were. */
export interface InputsRead<T> {
  results: T[]
  failures: CliError[]
  /** Inputs counted as files, a folder's .json files each one, a folder that could not be listed one. */
  inputCount: number
  /** Whether an input was a folder: a dataset, even of one file. */
  fromFolder: boolean
}

/**
 * Every input named on the command line read by `readFileAsync`, a folder standing for its .json
 * files (`expandAsync`, by default filesOfInputAsync). Of several inputs, or a folder's files, one
 * that cannot be read is reported on a line of its own (`command: …`) and left out, as a dataset is
 * read; one input alone fails the command as it always did, and so does wrong usage or an error that
 * is not about an input.
 */
export async function readInputsAsync<T>(
  io: CliIo,
  command: string,
  inputs: readonly string[],
  readFileAsync: (file: string) => Promise<readonly T[]>,
  expandAsync: (input: string) => Promise<{ files: string[]; folder: boolean }> = (input) => filesOfInputAsync(io, input)
): Promise<InputsRead<T>> {
  const read: InputsRead<T> = { results: [], failures: [], inputCount: 0, fromFolder: false }
  const fail = (error: unknown): void => {
    if (!(error instanceof CliError) || error.exitCode === EXIT_USAGE || (inputs.length === 1 && !read.fromFolder)) throw error
    read.failures.push(error)
    io.stderr(errorLine(command, error.message))
  }
  for (const input of inputs) {
    let files: string[]
    try {
      const found = await expandAsync(input)
      files = found.files
      read.fromFolder ||= found.folder
    } catch (error) {
      read.inputCount += 1
      fail(error)
      continue
    }
    for (const file of files) {
      read.inputCount += 1
      try {
        read.results.push(...(await readFileAsync(file)))
      } catch (error) {
        fail(error)
      }
    }
  }
  return read
}
