import { access, chmod, chown, constants, type FileHandle, open, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises'

/**
 * The largest input file a command reads (64 MiB): far above any real journey or board export,
 * and well below what Node can hold as one string, so a huge file is refused at once.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024

/** How much of a device or pipe is read at a time. */
const READ_CHUNK_BYTES = 1024 * 1024

/** The path that names standard input, as Unix tools take it. */
export const STANDARD_INPUT = '-'
/** How messages name standard input, where they would name a file. */
export const STANDARD_INPUT_NAME = 'standard input'
/** The `--out` that names standard output, as Unix tools take it. */
export const STANDARD_OUTPUT = '-'
/** How messages name standard output, where they would name the file written. */
export const STANDARD_OUTPUT_NAME = 'standard output'

/** The Node error code (ENOENT, EACCES...) of a failed file operation. */
export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code
}

/** What a command may touch outside itself; tests pass an in-memory version. */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  /** Rejects with a Node error code: ENOENT, EISDIR, EACCES, EFBIG (over `MAX_INPUT_BYTES`)... */
  readFileAsync(path: string): Promise<string>
  /**
   * Creates or overwrites the file; text given in pieces is written piece by piece, as they come.
   * A file is replaced whole or not at all: if making the pieces or writing them fails, what was
   * there before is still there.
   */
  writeFileAsync(path: string, content: string | Uint8Array | Iterable<string>): Promise<void>
  /** The files of a folder, by full path, sorted; rejects with ENOTDIR when `path` is a file. */
  listFolderAsync?(path: string): Promise<string[]>
}

function tooLarge(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${path} is larger than ${MAX_INPUT_BYTES} bytes`), { code: 'EFBIG' })
}

async function readLimitedFileAsync(path: string): Promise<string> {
  const handle = await open(path, 'r')
  try {
    const stat = await handle.stat()
    if (stat.isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' })
    if (stat.size > MAX_INPUT_BYTES) throw tooLarge(path)
    if (stat.isFile()) return (await readFile(handle)).toString('utf8')
    // A device or pipe reports size 0 and may never end (/dev/zero): read it only up to the limit.
    return await readUpToLimitAsync(chunksOf(handle), path)
  } finally {
    await handle.close()
  }
}

/** What a device or pipe gives, a chunk at a time, until it ends. */
async function* chunksOf(handle: FileHandle): AsyncGenerator<Buffer> {
  for (;;) {
    const { bytesRead, buffer } = await handle.read({ buffer: Buffer.alloc(READ_CHUNK_BYTES) })
    if (bytesRead === 0) return
    yield buffer.subarray(0, bytesRead)
  }
}

/** The chunks gathered, refused as `name` once they pass MAX_INPUT_BYTES: an endless input is not read on. */
async function readUpToLimitAsync(chunks: AsyncIterable<Buffer>, name: string): Promise<string> {
  const read: Buffer[] = []
  let size = 0
  for await (const chunk of chunks) {
    size += chunk.length
    if (size > MAX_INPUT_BYTES) throw tooLarge(name)
    read.push(chunk)
  }
  return Buffer.concat(read, size).toString('utf8')
}

async function listFolderAsync(path: string): Promise<string[]> {
  const { readdir } = await import('node:fs/promises')
  const entries = await readdir(path, { withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => `${path.replace(/\/+$/, '')}/${entry.name}`)
    .sort()
}

/** Why a file beside the target could not be made, where writing the target itself still may work. */
const CANNOT_WRITE_BESIDE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENAMETOOLONG'])

/**
 * Writes a regular file (or a new one) beside itself and renames it into place, so a failure part
 * way (an exporter throwing between pieces, a full disk) leaves the old file as it was. Written in
 * place as before where replacing would change more than its text: devices, pipes and folders
 * (their own errors, a full device or "is a folder", are the ones to report), a file with other
 * hard links (they would stop sharing it), and where no file can be made beside it (a folder
 * only its file may be written in, a name at the length limit); nothing was written then yet.
 */
async function writeWholeFileAsync(path: string, content: string | Uint8Array | Iterable<string>): Promise<void> {
  const existing = await stat(path).catch(() => undefined)
  if (existing !== undefined && (!existing.isFile() || existing.nlink > 1)) return writeFile(path, content)
  // Renaming over a read-only file would succeed where writing it is refused: refuse it as writing does.
  if (existing !== undefined) await access(path, constants.W_OK)
  const target = existing === undefined ? path : await realpath(path)
  const temporary = `${target}.${process.pid}-${Date.now().toString(36)}.partial`
  try {
    await writeFile(temporary, content, { flag: 'wx' })
  } catch (error) {
    await rm(temporary, { force: true })
    if (CANNOT_WRITE_BESIDE.has(errorCode(error) ?? '')) return writeFile(path, content)
    throw error
  }
  try {
    if (existing !== undefined) {
      await chmod(temporary, existing.mode & 0o7777)
      // Only the superuser can give a file away; it keeps the owner of the file it replaces.
      if (process.getuid?.() === 0) await chown(temporary, existing.uid, existing.gid)
    }
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

/** The real terminal and file system. */
export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFileAsync: async (path) => (path === STANDARD_INPUT ? readUpToLimitAsync(process.stdin as AsyncIterable<Buffer>, STANDARD_INPUT_NAME) : readLimitedFileAsync(path)),
  writeFileAsync: writeWholeFileAsync,
  listFolderAsync
}
