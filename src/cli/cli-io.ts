import { readFile, writeFile } from 'node:fs/promises'

/** What a command may touch outside itself; tests pass an in-memory version. */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  readFileAsync(path: string): Promise<string>
  writeFileAsync(path: string, content: string | Uint8Array): Promise<void>
}

/** The real terminal and file system. */
export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFileAsync: async (path) => (path === '-' ? readStdinAsync() : readFile(path, 'utf8')),
  writeFileAsync: (path, content) => writeFile(path, content)
}

async function readStdinAsync(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
