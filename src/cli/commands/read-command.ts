import { exportJourneyPieces, JOURNEY_CSV_COLUMNS, journeyCsvRecords, textPieces, writeCsvPieces } from '../../formats'
import { envelopeOf, JOURNEY_FILE_FORMAT, toJourneyFile } from '../../model'
import { type BoardReading, explainLines, readBoard, readEveryBoard, snapshotFromRestFile } from '../../reader'
import { CliError, errorLine, EXIT_INVALID, EXIT_OK, invalidInputError, usageError } from '../cli-error'
import { type CliIo, STANDARD_INPUT } from '../cli-io'
import type { CommandContext } from '../command'
import { oneOfText } from '../one-of-text'
import { boardChoicesOfFile } from '../board-choices-of-file'
import { boardChoicesText } from '../board-choices-text'
import { holdsNoJourneyMap } from '../holds-no-journey-map'
import { noJourneyMapError } from '../no-journey-map-error'
import { inputLabel, inputName, parseJsonInput, readInputAsync } from '../read-input'
import { readInputsAsync } from '../read-inputs'
import { emitOutputAsync } from '../write-output'

/** How `read` writes what it read: one journey file, JSON Lines (one board a line), or one CSV. */
type ReadFormat = 'json' | 'jsonl' | 'csv'
const READ_FORMATS: readonly ReadFormat[] = ['json', 'jsonl', 'csv']
/** The columns a dataset CSV puts before the journey CSV's own. */
const SOURCE_COLUMNS = ['file', 'board'] as const

interface ReadBoardEntry {
  file: string
  reading: BoardReading
}

/** A journey file says so in its envelope; a board export never has that field. */
export function isJourneyFile(data: unknown): boolean {
  return data !== null && typeof data === 'object' && (data as { format?: unknown }).format === JOURNEY_FILE_FORMAT
}

/** What a command that needs a board export says when given a journey file instead. */
export function journeyFileGivenAsBoard(path: string): CliError {
  return new CliError(`${inputName(path)} is a journey file, not a board export; draw it with "journeyboard board ${path} --out board.json"`)
}

/** A `--section` the file does not hold: the file is a board export, so say which boards it has instead. */
function noSuchSection(path: string, file: unknown, section: string): CliError {
  const boards = boardChoicesOfFile(file, false)
  return new CliError(`${inputName(path)} has no section named or with id "${section}"${boards.length === 0 ? '' : `; ${boardChoicesText('--section', boards)}`}`)
}

/** The boards of one exported file: just the `--section` one, else every board in it. */
export async function readBoardsOfFileAsync(io: CliIo, path: string, section: string | undefined): Promise<BoardReading[]> {
  const file = parseJsonInput(await readInputAsync(io, path), path)
  if (isJourneyFile(file)) throw journeyFileGivenAsBoard(path)
  const snapshot = snapshotFromRestFile(file, { section })
  if (!snapshot.ok) {
    if (section !== undefined && snapshot.problems.every((found) => found.path === 'section')) throw noSuchSection(path, file, section)
    throw invalidInputError(`${inputName(path)} cannot be read as a FigJam board`, snapshot.problems)
  }
  const readings = section === undefined ? readEveryBoard(snapshot.value) : [readBoard(snapshot.value)]
  // An empty journey read from nothing would pass for a board's; the command fails instead.
  if (holdsNoJourneyMap(readings)) throw noJourneyMapError(path, file)
  return readings
}

function boardLabel(entry: ReadBoardEntry): string {
  return entry.reading.boardId ?? entry.reading.journey.title
}

function jsonLine(entry: ReadBoardEntry): string {
  const { reading } = entry
  return JSON.stringify({ file: entry.file, board: reading.boardId, origin: reading.origin, warnings: reading.warnings, ...toJourneyFile(reading.journey, envelopeOf(reading.envelope)) })
}

function datasetCsv(entries: readonly ReadBoardEntry[]): string[] {
  const rows = entries.flatMap((entry) => journeyCsvRecords(entry.reading.journey).map((row) => [entry.file, boardLabel(entry), ...row]))
  return writeCsvPieces([[...SOURCE_COLUMNS, ...JOURNEY_CSV_COLUMNS], ...rows])
}

/** The format `--format` asks for, checked before any file is read: a wrong value is wrong usage whatever the files hold. */
function askedFormat(flag: string | boolean | undefined): ReadFormat | undefined {
  if (flag === undefined) return undefined
  const format = READ_FORMATS.find((f) => f === flag)
  if (format === undefined) throw usageError(oneOfText('--format', READ_FORMATS, flag))
  return format
}

function formatOf(asked: ReadFormat | undefined, single: boolean): ReadFormat {
  if (asked === undefined) return single ? 'json' : 'jsonl'
  if (asked === 'json' && !single) throw usageError('--format json holds one board; with several boards use jsonl or csv')
  return asked
}

/**
 * `journeyboard read <board.json | folder>... [--section <name or id>] [--format json|jsonl|csv]
 * [--out <file>]`: reads boards exported through the Figma REST API (or by `journeyboard board`).
 * One file holding one board gives its journey file; several files, a folder or a file with several
 * boards give a dataset: JSON Lines (one board a line, with its file, board id and warnings) or one
 * CSV with `file` and `board` columns. A file that cannot be read is reported and the rest are
 * still read (exit 1). Warnings go to stderr, each naming its file and board; with `--explain`, so
 * does how each item of a hand-made board was placed and how sure that is, least sure first, and
 * the items with the most votes.
 */
export async function readCommandAsync({ io, args, flags }: CommandContext): Promise<number> {
  const section = typeof flags.section === 'string' ? flags.section : undefined
  const asked = askedFormat(flags.format)
  const paths = args.length === 0 ? [STANDARD_INPUT] : args
  const { results: entries, failures, inputCount: fileCount, fromFolder } = await readInputsAsync(io, 'read', paths, async (file): Promise<ReadBoardEntry[]> =>
    (await readBoardsOfFileAsync(io, file, section)).map((reading) => ({ file, reading }))
  )
  const single = fileCount === 1 && !fromFolder && entries.length === 1
  const format = formatOf(asked, single)
  for (const entry of entries) {
    const where = single ? `${inputLabel(entry.file)}: ` : `${inputLabel(entry.file)}: board ${boardLabel(entry)}: `
    for (const warning of entry.reading.warnings) {
      const how = warning.kind === 'several-boards' ? '; choose another with --section <name or id>' : ''
      io.stderr(`warning: ${where}${warning.nodeId ? `object ${warning.nodeId}: ` : ''}${warning.message}${how}\n`)
    }
  }
  if (flags.explain === true) {
    for (const entry of entries) {
      const where = single ? '' : ` ${entry.file}: board ${boardLabel(entry)}`
      const lines = explainLines(entry.reading.journey)
      io.stderr(`placements${where} (least sure first):\n${lines.length === 0 ? '  none: the board was generated, so every item is where the plugin put it\n' : lines.map((l) => `  ${l}\n`).join('')}`)
    }
  }
  // With no board read there is nothing to write: an empty dataset would replace an --out file that held one.
  if (entries.length > 0) await emitOutputAsync(io, flags.out, render(format, entries))
  if (failures.length > 0) {
    const read = entries.length === 0 ? 'no board read, nothing written' : `${entries.length} board${entries.length === 1 ? '' : 's'} read`
    io.stderr(errorLine('read', `${read}; ${failures.length} of ${fileCount} files failed`))
    return EXIT_INVALID
  }
  return EXIT_OK
}

/** What `read` writes, in pieces for writing (`textPieces`), never joined into one text. */
function render(format: ReadFormat, entries: readonly ReadBoardEntry[]): string[] {
  if (format === 'csv') return datasetCsv(entries)
  if (format === 'jsonl') return [...textPieces(entries.map((entry) => `${jsonLine(entry)}\n`))]
  const reading = entries[0]?.reading
  return reading === undefined ? [] : exportJourneyPieces(reading.journey, 'json', { envelope: envelopeOf(reading.envelope) }).pieces
}
