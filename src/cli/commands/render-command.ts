import { generateBoardAsync } from '../../plugin-api/generate-board'
import { createFigJamEmulator } from '../../emulator'
import { displayListToSvg, MAX_PICTURE_PIXELS, MAX_PICTURE_SIDE, restToDisplayList, svgPictureSize } from '../../render'
import { findTemplate } from '../../templates'
import { CliError, usageError } from '../cli-error'
import { type CliIo, STANDARD_OUTPUT } from '../cli-io'
import type { CommandContext, FlagValue } from '../command'
import { inputLabel, inputName, parseJsonInput, readInputAsync } from '../read-input'
import { resolveJourneyAsync, requireDrawable, sourceErrorAsync } from '../resolve-journey'
import { writeOutputAsync } from '../write-output'
import { firstPageName } from '../first-page-name'

/**
 * Draws PNGs; installed separately, its prebuilt binary comes inside the package. Imported by a
 * name held in a variable so the command still loads, and says what to do, where it is missing.
 */
const PNG_RENDERER_PACKAGE = '@resvg/resvg-js'
/** The narrowest picture --width takes, the lower bound the README gives. */
const MIN_PICTURE_WIDTH = 16

/** The part of @resvg/resvg-js the command uses (it draws text with the system's fonts by default). */
interface PngRenderer {
  Resvg: new (svg: string) => { render(): { asPng(): Uint8Array } }
}

type OutputFormat = 'svg' | 'png'

function outputFormat(out: FlagValue): OutputFormat {
  // Standard output (`--out -`) takes the SVG, as no --out does.
  if (out === undefined || out === STANDARD_OUTPUT) return 'svg'
  if (typeof out !== 'string' || out === '') throw usageError('--out needs a file name ending in .svg or .png')
  const lower = out.toLowerCase()
  if (lower.endsWith('.svg')) return 'svg'
  if (lower.endsWith('.png')) return 'png'
  throw usageError(`--out must name an .svg or .png file, got "${out}"`)
}

/** A REST file (`GET /v1/files/:key`) has a document; a journey file never does. */
function isRestFile(data: unknown): boolean {
  return data !== null && typeof data === 'object' && !Array.isArray(data) && 'document' in data
}

/**
 * Nodes asked for by id (`GET /v1/files/:key/nodes`): the reader takes them, but they come with no
 * page to draw them on, so render says so instead of calling them not a journey file.
 */
function isNodesResponse(data: unknown): boolean {
  return data !== null && typeof data === 'object' && !Array.isArray(data) && !('format' in data) && !('document' in data) && 'nodes' in data
}

/** Tries JSON without failing: journey files may be CSV or Mermaid, which the journey reader handles. */
function jsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return undefined
  }
}

/**
 * The board to draw, as a REST file: a board.json as it is, or a template or journey file drawn
 * by the plugin's own generator on a fresh emulated FigJam page.
 */
async function boardOfAsync(io: CliIo, source: string, flags: Record<string, FlagValue>): Promise<unknown> {
  let journeyIo = io
  if (findTemplate(source) === undefined) {
    let text: string
    try {
      text = await readInputAsync(io, source)
    } catch (error) {
      // Render takes a template id too: a name nothing answers to is said as the other commands say it.
      throw await sourceErrorAsync(io, source, error)
    }
    const data = jsonOrUndefined(text)
    if (isNodesResponse(data)) {
      throw new CliError(`${inputName(source)} holds nodes asked for by id (a REST nodes response), which render cannot draw: it draws a whole file exported with GET /v1/files/:key; read their journey with "journeyboard read ${source}"`)
    }
    if (isRestFile(data)) {
      if (flags.persona !== undefined || flags.locale !== undefined || flags.stages !== undefined || flags.from !== undefined) {
        throw usageError(`--persona, --locale, --stages and --from apply to journeys; "${source}" is a board (a Figma REST file)`)
      }
      return parseJsonInput(text, source)
    }
    // Read once (stdin can be read only once); the journey reader gets the same text.
    journeyIo = { ...io, readFileAsync: async (path) => (path === source ? text : io.readFileAsync(path)) }
  }
  const journey = requireDrawable(await resolveJourneyAsync(journeyIo, source, flags), source)
  const emulator = createFigJamEmulator({ fileName: journey.title })
  await generateBoardAsync(emulator.api, journey, { yieldAsync: async () => {} })
  return emulator.toRestFile()
}

async function svgToPngAsync(svg: string): Promise<Uint8Array> {
  let renderer: PngRenderer
  try {
    renderer = (await import(/* @vite-ignore */ PNG_RENDERER_PACKAGE)) as PngRenderer
  } catch {
    throw new CliError(`PNG output needs the ${PNG_RENDERER_PACKAGE} package, which is not installed; write an .svg file instead (--out board.svg)`)
  }
  return new renderer.Resvg(svg).render().asPng()
}

/**
 * `journeyboard render <template-id | journey | board.json> [--out board.svg|board.png]`: draws the
 * board as FigJam shows it. Without --out the SVG goes to stdout.
 */
export async function renderCommandAsync({ io, args, flags }: CommandContext): Promise<number> {
  const format = outputFormat(flags.out)
  const width = flags.width === undefined ? undefined : Number(flags.width)
  if (width !== undefined && !(Number.isFinite(width) && width >= MIN_PICTURE_WIDTH && width <= MAX_PICTURE_SIDE)) {
    throw usageError(`--width must be a number of pixels from ${MIN_PICTURE_WIDTH} to ${MAX_PICTURE_SIDE.toLocaleString('en')}, got "${String(flags.width)}"`)
  }
  const source = args[0] ?? ''
  const board = await boardOfAsync(io, source, flags)
  let svg: string
  try {
    const list = restToDisplayList(board)
    if (list.items.length === 0) {
      const page = firstPageName(board)
      throw new CliError(`"${source}" has nothing to draw: ${page === undefined ? 'it holds no object' : `its page "${page}" is empty`}`)
    }
    for (const warning of list.warnings) io.stderr(`warning: ${inputLabel(source)}: ${warning}\n`)
    const options = width === undefined ? {} : { width }
    const size = svgPictureSize(list, options)
    if (size.limited) {
      io.stderr(
        `warning: ${inputLabel(source)}: drawn ${Math.round(size.width)}×${Math.round(size.height)} px, smaller than asked, to keep within ${MAX_PICTURE_SIDE.toLocaleString('en')} px a side and ${MAX_PICTURE_PIXELS / 1_000_000} million pixels\n`
      )
    }
    svg = displayListToSvg(list, options)
  } catch (error) {
    if (error instanceof CliError) throw error
    throw new CliError(`"${source}" cannot be drawn: ${(error as Error).message}`)
  }
  const out = typeof flags.out === 'string' ? flags.out : undefined
  if (out === undefined) io.stdout(svg)
  else await writeOutputAsync(io, out, format === 'png' ? await svgToPngAsync(svg) : svg)
  return 0
}
