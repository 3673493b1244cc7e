import type { CliIo } from './cli-io'

/**
 * Each warning on standard error, one line each, naming the object it is about when it names one:
 * "object", FigJam's users' word and the panel's (`Object 1:8`), not the API's "node".
 */
export function writeNodeWarnings(io: CliIo, warnings: readonly { nodeId: string | null; message: string }[]): void {
  for (const warning of warnings) io.stderr(`warning: ${warning.nodeId ? `object ${warning.nodeId}: ` : ''}${warning.message}\n`)
}
