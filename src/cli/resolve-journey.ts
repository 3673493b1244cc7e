import { type Journey, type JourneyDocument, parseJourneyDocument } from '../model'
import { detectImportFormat, IMPORT_FORMATS, importJourney, type ImportFormat, ImportFormatSchema } from '../formats'
import { findTemplate, TEMPLATES } from '../templates'
import { CliError, invalidInputError, usageError } from './cli-error'
import type { CliIo } from './cli-io'
import type { FlagValue } from './command'
import { oneOfText } from './one-of-text'
import { boardExportGivenAsJourney } from './board-export-given-as-journey'
import { inputLabel, inputName, parseJsonInput, readInputAsync } from './read-input'
import { journeyFromTemplateFlags } from './journey-from-template-flags'

/** The format a file is in: `--from`, else its extension, else what its text looks like. */
function formatOf(path: string, text: string, from: ImportFormat | undefined): ImportFormat {
  if (from !== undefined) return from
  const lower = path.toLowerCase()
  const byExtension = ImportFormatSchema.options.find((format) => IMPORT_FORMATS[format].extensions.some((extension) => lower.endsWith(extension)))
  return byExtension ?? detectImportFormat(text)
}

/** A name with no folder and no extension was more likely meant as a template id than a file. */
function looksLikeTemplateId(source: string): boolean {
  return /^[a-z0-9][a-z0-9-]*$/i.test(source)
}

/**
 * The format `--from` names, if any. Commands that read another file first check it before, so a
 * wrong value is reported as wrong usage, not after whatever that file holds.
 */
export function importFormatFlag(from: FlagValue): ImportFormat | undefined {
  if (typeof from !== 'string') return undefined
  const parsed = ImportFormatSchema.safeParse(from)
  if (!parsed.success) throw usageError(oneOfText('--from', ImportFormatSchema.options, from))
  return parsed.data
}

/** Reads a journey file in any import format (JSON, CSV, Mermaid); import warnings go to stderr. */
export async function readJourneyFileAsync(io: CliIo, path: string, from?: FlagValue): Promise<Journey> {
  return (await readJourneyDocumentAsync(io, path, from)).journey
}

/** Like readJourneyFileAsync, keeping a JSON file's `$schema` and extension fields beside the journey. */
export async function readJourneyDocumentAsync(io: CliIo, path: string, from?: FlagValue): Promise<JourneyDocument> {
  const format = importFormatFlag(from)
  const text = await readInputAsync(io, path)
  const chosen = formatOf(path, text, format)
  if (chosen === 'json') {
    // Parsed here so a syntax error is one line with its line and column.
    const data = parseJsonInput(text, path)
    const file = parseJourneyDocument(data)
    if (!file.ok) throw boardExportGivenAsJourney(path, data) ?? invalidInputError(`${inputName(path)} is not a valid journey file`, file.problems)
    return file.value
  }
  const result = importJourney(text, chosen)
  if (!result.ok) throw invalidInputError(`${inputName(path)} is not a valid ${result.format} journey`, result.problems)
  for (const warning of result.warnings) io.stderr(`warning: ${inputLabel(path)}: ${warning.path ? `${warning.path}: ` : ''}${warning.message}\n`)
  return { journey: result.value, envelope: {} }
}

/**
 * The journey a command works on: a template id (with --persona, --locale, --stages) or a file.
 * A known template id wins over a file of the same name, as the README says.
 */
export async function resolveJourneyAsync(io: CliIo, source: string, flags: Record<string, FlagValue>): Promise<Journey> {
  return (await resolveJourneyDocumentAsync(io, source, flags)).journey
}

/** Like resolveJourneyAsync, keeping a JSON file's `$schema` and extension fields beside the journey. */
export async function resolveJourneyDocumentAsync(io: CliIo, source: string, flags: Record<string, FlagValue>): Promise<JourneyDocument> {
  const template = findTemplate(source)
  if (template !== undefined) {
    // Said rather than ignored, as the template options are for a file.
    if (flags.from !== undefined) throw usageError(`--from applies to journey files; "${source}" is a template id`)
    return { journey: journeyFromTemplateFlags(template, flags), envelope: {} }
  }
  if (flags.persona !== undefined || flags.locale !== undefined || flags.stages !== undefined) {
    throw usageError(`--persona, --locale and --stages apply to templates; "${source}" is not a template id`)
  }
  try {
    return await readJourneyDocumentAsync(io, source, flags.from)
  } catch (error) {
    throw await sourceErrorAsync(io, source, error)
  }
}

/**
 * What reading a source that may be a template id failed with, said as a mistyped template id
 * (with the ids there are) when it looks like one and no file of that name is there.
 */
export async function sourceErrorAsync(io: CliIo, source: string, error: unknown): Promise<unknown> {
  if (error instanceof CliError && looksLikeTemplateId(source) && !(await existsAsync(io, source))) {
    return new CliError(`"${source}" is neither a template id nor a file; ${oneOfText('a template id', TEMPLATES.map((t) => t.id))}`)
  }
  return error
}

async function existsAsync(io: CliIo, path: string): Promise<boolean> {
  try {
    await io.readFileAsync(path)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT'
  }
}

/**
 * The most items a command draws as a board (100,000): drawing takes about half a second per
 * thousand stickies and the board's REST JSON about 1.5 MB per thousand, so a larger journey would
 * run for minutes and end past the longest text Node can write. Reading and converting have no
 * such limit.
 */
export const MAX_DRAWN_ITEMS = 100_000

/** Refuses, in one line, a journey too large to draw (see `MAX_DRAWN_ITEMS`). */
export function requireDrawable(journey: Journey, source: string): Journey {
  if (journey.items.length > MAX_DRAWN_ITEMS) {
    throw new CliError(
      `"${source}" has ${journey.items.length.toLocaleString('en')} items; a board is drawn from at most ${MAX_DRAWN_ITEMS.toLocaleString('en')} (export it as CSV, or split it by stage)`
    )
  }
  return journey
}
