import { CliError } from './cli-error'
import { type CliIo, errorCode, STANDARD_OUTPUT, STANDARD_OUTPUT_NAME } from './cli-io'

const WRITE_ERRORS: Readonly<Record<string, (path: string) => string>> = {
  EISDIR: () => 'it is a folder; give a file name',
  ENOENT: (path) => `the folder "${folderOf(path)}" does not exist`,
  ENOTDIR: () => 'a part of the path is not a folder',
  EACCES: () => 'permission denied',
  EPERM: () => 'permission denied',
  EROFS: () => 'the file system is read-only',
  ENOSPC: () => 'no space left on the device',
  EDQUOT: () => 'over the disk quota',
  EIO: () => 'the device refused the write',
  EFBIG: () => 'the file would be too large for the file system',
  ENAMETOOLONG: () => 'the name is too long'
}

function folderOf(path: string): string {
  const cut = path.lastIndexOf('/')
  return cut <= 0 ? (cut === 0 ? '/' : '.') : path.slice(0, cut)
}

/** An output as messages name it: the file, or "standard output" for `-`. */
export function outputName(path: string): string {
  return path === STANDARD_OUTPUT ? STANDARD_OUTPUT_NAME : path
}

/**
 * Writes a command's output file; a file that cannot be written is one clear line naming it.
 * `--out -` is standard output, as Unix tools take it, for text (a picture is written to a file).
 */
export async function writeOutputAsync(io: CliIo, path: string, content: string | Uint8Array | Iterable<string>): Promise<void> {
  if (path === STANDARD_OUTPUT && !(content instanceof Uint8Array)) {
    for (const piece of typeof content === 'string' ? [content] : content) io.stdout(piece)
    return
  }
  try {
    await io.writeFileAsync(path, content)
  } catch (error) {
    const describe = WRITE_ERRORS[errorCode(error) ?? '']
    throw new CliError(`cannot write "${path}": ${describe === undefined ? String((error as Error).message) : describe(path)}`)
  }
}

/**
 * The output of a command: to the `--out` file when given, else (or for `--out -`) to stdout with a
 * final newline. Output given in pieces is written piece by piece, never joined into one text.
 */
export async function emitOutputAsync(io: CliIo, out: string | boolean | undefined, output: string | readonly string[]): Promise<void> {
  if (typeof out === 'string' && out !== STANDARD_OUTPUT) await writeOutputAsync(io, out, output)
  else if (typeof output === 'string') io.stdout(output.endsWith('\n') ? output : output + '\n')
  else {
    let ended = false
    for (const piece of output) {
      if (piece === '') continue
      io.stdout(piece)
      ended = piece.endsWith('\n')
    }
    if (!ended) io.stdout('\n')
  }
}
