import type { CliIo } from './cli-io'

/** Each warning on standard error, one line each, naming the node it is about when it names one. */
export function writeNodeWarnings(io: CliIo, warnings: readonly { nodeId: string | null; message: string }[]): void {
  for (const warning of warnings) io.stderr(`warning: ${warning.nodeId ? `node ${warning.nodeId}: ` : ''}${warning.message}\n`)
}
