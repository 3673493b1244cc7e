import { journeyReportHtml, type ReportSource } from '../../formats'
import { boardCatalogueFor } from '../../i18n'
import { findTemplate } from '../../templates'
import { CliError, errorLine, EXIT_INVALID, EXIT_OK, EXIT_USAGE, usageError } from '../cli-error'
import type { CliIo } from '../cli-io'
import type { CommandContext } from '../command'
import { inputLabel, parseJsonInput, readInputAsync } from '../read-input'
import { writeNodeWarnings } from '../write-node-warnings'
import { resolveJourneyAsync } from '../resolve-journey'
import { emitOutputAsync } from '../write-output'
import { isJourneyFile, readBoardsOfFileAsync } from './read-command'

/**
 * `journeyboard report <board.json | journey file | template id>... --out report.html`: one
 * self-contained HTML page comparing the journeys (see `journeyReportHtml`). Board exports give
 * every board they hold; read warnings go to stderr. Of several inputs, one that cannot be read
 * (or holds no journey map) is reported on a line of its own and the others still make the
 * report (exit 1), as `read` reads a dataset; when none can, no report is written.
 */
export async function reportCommandAsync({ io, args, flags }: CommandContext): Promise<number> {
  if (typeof flags.out !== 'string' || !flags.out.toLowerCase().endsWith('.html')) {
    throw usageError('--out must name the .html file to write, e.g. --out report.html')
  }
  const sources: ReportSource[] = []
  let failed = 0
  for (const source of args) {
    try {
      sources.push(...(await sourcesOfAsync(io, source)))
    } catch (error) {
      // One input alone fails the command as before; among several it is reported and left out.
      if (!(error instanceof CliError) || error.exitCode === EXIT_USAGE || args.length === 1) throw error
      failed += 1
      io.stderr(errorLine('report', error.message))
    }
  }
  if (sources.length > 0) await emitOutputAsync(io, flags.out, journeyReportHtml(sources))
  if (failed === 0) return EXIT_OK
  const made = sources.length === 0 ? 'no journey read, no report written' : `${sources.length} journey${sources.length === 1 ? '' : 's'} in the report`
  io.stderr(errorLine('report', `${made}; ${failed} of ${args.length} inputs failed`))
  return EXIT_INVALID
}

/** A template id, a journey file (JSON, CSV or Mermaid) or a FigJam board export. */
async function sourcesOfAsync(io: CliIo, source: string): Promise<ReportSource[]> {
  if (findTemplate(source) !== undefined || !source.toLowerCase().endsWith('.json')) {
    return [{ label: source, journey: await resolveJourneyAsync(io, source, {}) }]
  }
  if (isJourneyFile(parseJsonInput(await readInputAsync(io, source), source))) {
    return [{ label: source, journey: await resolveJourneyAsync(io, source, {}) }]
  }
  const readings = await readBoardsOfFileAsync(io, source, undefined)
  return readings.map((reading) => {
    writeNodeWarnings(io, inputLabel(source), reading.warnings)
    // Set apart as the board's language sets details apart, as the report does.
    const { separator } = boardCatalogueFor(reading.journey.locale).typography
    return { label: readings.length > 1 ? `${source}${separator}${reading.journey.title}` : source, journey: reading.journey }
  })
}
