import { journeyReportHtml, type ReportSource } from '../../formats'
import { boardCatalogueFor } from '../../i18n'
import { findTemplate } from '../../templates'
import { errorLine, EXIT_INVALID, EXIT_OK, usageError } from '../cli-error'
import { type CliIo, STANDARD_OUTPUT } from '../cli-io'
import type { CommandContext } from '../command'
import { inputLabel, parseJsonInput, readInputAsync } from '../read-input'
import { writeNodeWarnings } from '../write-node-warnings'
import { resolveJourneyAsync } from '../resolve-journey'
import { emitOutputAsync } from '../write-output'
import { filesOfInputAsync } from '../files-of-input'
import { readInputsAsync } from '../read-inputs'
import { isJourneyFile, readBoardsOfFileAsync } from './read-command'

/**
 * `journeyboard report <board.json | journey file | template id | folder>... --out report.html`:
 * one self-contained HTML page comparing the journeys (see `journeyReportHtml`). Board exports give
 * every board they hold, a folder its .json files (board exports or journey files), as for read;
 * read warnings go to stderr. Of several inputs, one that cannot be read
 * (or holds no journey map) is reported on a line of its own and the others still make the
 * report (exit 1), as `read` reads a dataset; when none can, no report is written.
 */
export async function reportCommandAsync({ io, args, flags }: CommandContext): Promise<number> {
  // `--out -` is standard output, as for every command that writes.
  if (typeof flags.out !== 'string' || !(flags.out === STANDARD_OUTPUT || flags.out.toLowerCase().endsWith('.html'))) {
    throw usageError('--out must name the .html file to write, e.g. --out report.html, or be - for standard output')
  }
  // A folder stands for its .json files, as for read; a template id is no folder.
  const expandAsync = async (source: string): Promise<{ files: string[]; folder: boolean }> =>
    findTemplate(source) === undefined ? await filesOfInputAsync(io, source) : { files: [source], folder: false }
  const { results: sources, failures, inputCount } = await readInputsAsync(io, 'report', args, (input) => sourcesOfAsync(io, input), expandAsync)
  const failed = failures.length
  if (sources.length > 0) await emitOutputAsync(io, flags.out, journeyReportHtml(sources))
  if (failed === 0) return EXIT_OK
  const made = sources.length === 0 ? 'no journey read, no report written' : `${sources.length} journey${sources.length === 1 ? '' : 's'} in the report`
  io.stderr(errorLine('report', `${made}; ${failed} of ${inputCount} inputs failed`))
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
