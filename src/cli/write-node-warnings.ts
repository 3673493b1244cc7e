import type { CliIo } from './cli-io'

/**
 * Each warning on standard error, one line each, naming the file it is about (`where`, as a
 * warning names it) and the object when it names one: "object", FigJam's users' word and the
 * panel's (`Object 1:8`), not the API's "node".
 */
export function writeNodeWarnings(io: CliIo, where: string, warnings: readonly { nodeId: string | null; message: string }[]): void {
  for (const warning of warnings) io.stderr(`warning: ${where}: ${warning.nodeId ? `object ${warning.nodeId}: ` : ''}${warning.message}\n`)
}
