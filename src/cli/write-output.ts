import { CliError } from './cli-error'
import { type CliIo, errorCode } from './cli-io'

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

/** Writes a command's output file; a file that cannot be written is one clear line naming it. */
export async function writeOutputAsync(io: CliIo, path: string, content: string | Uint8Array | Iterable<string>): Promise<void> {
  try {
    await io.writeFileAsync(path, content)
  } catch (error) {
    const describe = WRITE_ERRORS[errorCode(error) ?? '']
    throw new CliError(`cannot write "${path}": ${describe === undefined ? String((error as Error).message) : describe(path)}`)
  }
}

/** The output of a command: to the `--out` file when given, else to stdout with a final newline. */
export async function emitOutputAsync(io: CliIo, out: string | boolean | undefined, output: string): Promise<void> {
  if (typeof out === 'string') await writeOutputAsync(io, out, output)
  else io.stdout(output.endsWith('\n') ? output : output + '\n')
}
