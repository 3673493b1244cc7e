import { formatProblems, type Journey } from '../model'
import { importJourney, type ImportFormat, ImportFormatSchema } from '../formats'
import { createJourneyFromTemplate, findTemplate } from '../templates'
import { CliError, usageError } from './cli-error'
import type { CliIo } from './cli-io'
import type { FlagValue } from './command'
import { readInputAsync } from './read-input'
import { splitList } from './split-list'

function text(flag: FlagValue): string | undefined {
  return typeof flag === 'string' ? flag : undefined
}

/** Reads a journey file in any import format (JSON, CSV, Mermaid); import warnings go to stderr. */
export async function readJourneyFileAsync(io: CliIo, path: string, from?: FlagValue): Promise<Journey> {
  let format: ImportFormat | undefined
  if (typeof from === 'string') {
    const parsed = ImportFormatSchema.safeParse(from)
    if (!parsed.success) throw usageError(`--from must be one of ${ImportFormatSchema.options.join(', ')}, got "${from}"`)
    format = parsed.data
  }
  const result = importJourney(await readInputAsync(io, path), format)
  if (!result.ok) throw new CliError(`"${path}" is not a valid ${result.format} journey:\n${formatProblems(result.problems)}`)
  for (const warning of result.warnings) io.stderr(`warning: ${path}: ${warning.path ? `${warning.path}: ` : ''}${warning.message}\n`)
  return result.value
}

/**
 * The journey a command works on: a template id (with --persona, --locale, --stages) or a file.
 * A known template id wins over a file of the same name, as the README says.
 */
export async function resolveJourneyAsync(io: CliIo, source: string, flags: Record<string, FlagValue>): Promise<Journey> {
  if (findTemplate(source) !== undefined) {
    const stages = splitList(flags.stages)?.map((id) => ({ id }))
    const result = createJourneyFromTemplate({
      templateId: source,
      personaId: text(flags.persona),
      locale: text(flags.locale),
      stages
    })
    if (!result.ok) throw new CliError(formatProblems(result.problems))
    return result.value
  }
  if (flags.persona !== undefined || flags.locale !== undefined || flags.stages !== undefined) {
    throw usageError(`--persona, --locale and --stages apply to templates; "${source}" is not a template id`)
  }
  return readJourneyFileAsync(io, source, flags.from)
}
