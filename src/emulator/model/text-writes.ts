import { checkKnownKeys, checkNumberAtLeast, checkObject, checkString } from '../support/check-arguments'
import { unloadedFontError } from '../support/plugin-errors'
import { MIN_FONT_SIZE } from './emulator-defaults'
import { type FontLibrary, fontKey, sameFont } from './font-library'
import type { StyleRun, TextRecord } from './node-records'

/**
 * Writes that re-lay out text. FigJam refuses them until every font the text uses is loaded
 * ("Cannot write to node with unloaded font", [G] edit-text.md; [T] `characters`, `fontSize`): for
 * text people formatted that is each font of its styled ranges. `fills` can change without any font.
 */
export function writeCharacters(fonts: FontLibrary, text: TextRecord, where: string, value: unknown): void {
  const characters = checkString(where, value)
  requireAllLoaded(fonts, text)
  // [G] edit-text.md: "replacing characters wholesale resets all styling to the first character's style".
  const first = text.runs?.[0]
  if (first !== undefined) {
    text.fontName = first.fontName
    text.runs = first.hyperlink === null || characters === '' ? undefined : [{ ...first, length: characters.length }]
  }
  text.characters = characters
}

export function writeFontSize(fonts: FontLibrary, text: TextRecord, where: string, value: unknown): void {
  const size = checkNumberAtLeast(where, value, MIN_FONT_SIZE)
  requireAllLoaded(fonts, text)
  text.fontSize = size
}

/**
 * A text node's box and alignment: [T] `textAutoResize`, `textAlignHorizontal`, `textAlignVertical`:
 * "Setting this property requires the font the be loaded" (every font of the text; `resize` does not).
 */
export function requireTextFontsLoaded(fonts: FontLibrary, text: TextRecord): void {
  requireAllLoaded(fonts, text)
}

/** The whole text in one font; [T] `fontName`: "requires the new font to be loaded". */
export function writeFontName(fonts: FontLibrary, text: TextRecord, where: string, value: unknown): void {
  const font = checkFont(where, value)
  requireLoaded(fonts, font)
  text.fontName = font
  text.runs = normalise(text.runs?.map((run) => ({ ...run, fontName: font })))
}

/** Every distinct font of the text, in order of first use. */
export function fontsOf(text: TextRecord, start = 0, end?: number): FontName[] {
  const found = new Map<string, FontName>()
  for (const run of runsIn(text, start, end ?? length(text))) found.set(fontKey(run.fontName), run.fontName)
  return [...found.values()]
}

/** The one font of a range, or undefined when it has several (`figma.mixed`). */
export function rangeFont(text: TextRecord, where: string, start: unknown, end: unknown): FontName | undefined {
  const range = checkRange(text, where, start, end)
  const fonts = fontsOf(text, range.start, range.end)
  return fonts.length === 1 ? fonts[0] : undefined
}

/** The styled-segment fields the emulator keeps per run; [T] lists more, which it does not model. */
const SEGMENT_FIELDS = ['fontName', 'hyperlink'] as const
type SegmentField = (typeof SEGMENT_FIELDS)[number]

/**
 * [T] getStyledTextSegments: the text cut where any of `fields` changes, each piece with its
 * characters, start, end and those fields; `end` is required when `start` is given. Fields the
 * emulator does not model are refused rather than answered.
 */
export function styledSegments(
  text: TextRecord,
  where: string,
  fields: unknown,
  start?: unknown,
  end?: unknown
): { characters: string; start: number; end: number; fontName?: FontName; hyperlink?: HyperlinkTarget | null }[] {
  if (!Array.isArray(fields)) throw new TypeError(`${where}(fields): expected an array of field names`)
  const asked = fields.map((field: unknown) => {
    if (typeof field !== 'string' || !(SEGMENT_FIELDS as readonly string[]).includes(field)) {
      throw new TypeError(`${where}(fields): the emulator gives only ${SEGMENT_FIELDS.join(' and ')}, not ${String(field)}`)
    }
    return field as SegmentField
  })
  if (start !== undefined && end === undefined) throw new TypeError(`${where}: end is required when start is given`)
  const range = start === undefined ? { start: 0, end: length(text) } : checkRange(text, where, start, end)
  const key = (run: StyleRun): string => JSON.stringify(asked.map((field) => (field === 'fontName' ? fontKey(run.fontName) : run.hyperlink)))
  const segments: { run: StyleRun; start: number; end: number }[] = []
  let at = 0
  for (const run of allRuns(text)) {
    const from = Math.max(at, range.start)
    const to = Math.min(at + run.length, range.end)
    at += run.length
    if (from >= to) continue
    const last = segments[segments.length - 1]
    if (last !== undefined && last.end === from && key(last.run) === key(run)) last.end = to
    else segments.push({ run, start: from, end: to })
  }
  return segments.map(({ run, start: from, end: to }) => ({
    characters: text.characters.slice(from, to),
    start: from,
    end: to,
    ...(asked.includes('fontName') ? { fontName: { ...run.fontName } } : {}),
    ...(asked.includes('hyperlink') ? { hyperlink: run.hyperlink === null ? null : { ...run.hyperlink } } : {})
  }))
}

/** [T] setRangeFontName: "Requires the new font to be loaded". */
export function writeRangeFont(fonts: FontLibrary, text: TextRecord, where: string, start: unknown, end: unknown, value: unknown): void {
  const range = checkRange(text, where, start, end)
  const font = checkFont(`${where}(fontName)`, value)
  requireLoaded(fonts, font)
  restyle(text, range, (run) => ({ ...run, fontName: font }))
}

/** The one hyperlink of a range (null for none), or undefined when it has several (`figma.mixed`). */
export function rangeHyperlink(text: TextRecord, where: string, start: unknown, end: unknown): HyperlinkTarget | null | undefined {
  const range = checkRange(text, where, start, end)
  const links = new Set(runsIn(text, range.start, range.end).map((run) => JSON.stringify(run.hyperlink)))
  return links.size === 1 ? (JSON.parse([...links][0] ?? 'null') as HyperlinkTarget | null) : undefined
}

/** Links are styling too: FigJam's rule for styled writes applies, so the text's fonts must be loaded. */
export function writeRangeHyperlink(fonts: FontLibrary, text: TextRecord, where: string, start: unknown, end: unknown, value: unknown): void {
  const range = checkRange(text, where, start, end)
  const link = value === null ? null : checkHyperlink(`${where}(value)`, value)
  requireAllLoaded(fonts, text)
  restyle(text, range, (run) => ({ ...run, hyperlink: link }))
}

function restyle(text: TextRecord, range: { start: number; end: number }, change: (run: StyleRun) => StyleRun): void {
  const runs: StyleRun[] = []
  let at = 0
  for (const run of allRuns(text)) {
    const from = at
    const to = at + run.length
    at = to
    const cut = [from, Math.max(from, Math.min(to, range.start)), Math.max(from, Math.min(to, range.end)), to]
    for (let i = 0; i < 3; i += 1) {
      const piece = (cut[i + 1] ?? 0) - (cut[i] ?? 0)
      if (piece > 0) runs.push(i === 1 ? change({ ...run, length: piece }) : { ...run, length: piece })
    }
  }
  text.runs = normalise(runs)
  text.fontName = text.runs?.[0]?.fontName ?? runs[0]?.fontName ?? text.fontName
}

/** Adjacent runs alike become one; one run without a link means no runs at all. */
function normalise(runs: StyleRun[] | undefined): StyleRun[] | undefined {
  if (runs === undefined) return undefined
  const merged: StyleRun[] = []
  for (const run of runs) {
    const last = merged[merged.length - 1]
    if (last !== undefined && sameFont(last.fontName, run.fontName) && JSON.stringify(last.hyperlink) === JSON.stringify(run.hyperlink)) last.length += run.length
    else merged.push({ ...run })
  }
  return merged.length === 1 && merged[0]?.hyperlink === null ? undefined : merged
}

function allRuns(text: TextRecord): StyleRun[] {
  return text.runs ?? [{ length: length(text), fontName: text.fontName, hyperlink: null }]
}

function runsIn(text: TextRecord, start: number, end: number): StyleRun[] {
  const found: StyleRun[] = []
  let at = 0
  for (const run of allRuns(text)) {
    if (at < end && at + run.length > start) found.push(run)
    at += run.length
  }
  // An empty range (or empty text) still has the style at its place.
  if (found.length === 0) found.push(allRuns(text)[0] ?? { length: 0, fontName: text.fontName, hyperlink: null })
  return found
}

/** Ranges count UTF-16 code units in Figma; the emulator's texts are measured the same way. */
function length(text: TextRecord): number {
  return text.characters.length
}

function checkRange(text: TextRecord, where: string, start: unknown, end: unknown): { start: number; end: number } {
  const from = checkNumberAtLeast(`${where}(start)`, start, 0)
  const to = checkNumberAtLeast(`${where}(end)`, end, 0)
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to || to > length(text)) {
    throw new RangeError(`in ${where}: Range outside of available characters. 'start' must be less than node.characters.length and 'end' must be less than or equal to node.characters.length`)
  }
  return { start: from, end: to }
}

function checkFont(where: string, value: unknown): FontName {
  const fields = checkObject(where, value)
  checkKnownKeys(where, fields, ['family', 'style'])
  return { family: checkString(`${where}.family`, fields.family), style: checkString(`${where}.style`, fields.style) }
}

function checkHyperlink(where: string, value: unknown): HyperlinkTarget {
  const fields = checkObject(where, value)
  checkKnownKeys(where, fields, ['type', 'value'])
  if (fields.type !== 'URL' && fields.type !== 'NODE') throw new TypeError(`${where}.type: expected "URL" or "NODE"`)
  return { type: fields.type, value: checkString(`${where}.value`, fields.value) }
}

function requireAllLoaded(fonts: FontLibrary, text: TextRecord): void {
  for (const font of fontsOf(text)) requireLoaded(fonts, font)
}

function requireLoaded(fonts: FontLibrary, font: FontName): void {
  if (!fonts.isLoaded(font)) throw unloadedFontError(font)
}
