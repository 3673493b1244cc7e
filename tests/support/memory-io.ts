import type { CliIo } from '../../src/cli/cli-io'

/** An in-memory terminal and file system for running CLI commands in tests. */
export interface MemoryIo extends CliIo {
  out: string
  err: string
  files: Map<string, string | Uint8Array>
}

export function createMemoryIo(files: Record<string, string> = {}): MemoryIo {
  const io: MemoryIo = {
    out: '',
    err: '',
    files: new Map(Object.entries(files)),
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
    readFileAsync: async (path) => {
      const content = io.files.get(path)
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
      return typeof content === 'string' ? content : new TextDecoder().decode(content)
    },
    writeFileAsync: async (path, content) => void io.files.set(path, typeof content === 'string' || content instanceof Uint8Array ? content : [...content].join(''))
  }
  return io
}
