import { checkKnownKeys, checkNumberAtLeast, checkObject, checkString } from '../support/check-arguments'
import { unloadedFontError } from '../support/plugin-errors'
import { MIN_FONT_SIZE } from './emulator-defaults'
import type { FontLibrary } from './font-library'
import type { TextRecord } from './node-records'

/**
 * Writes that re-lay out text. Figma requires the font in use to be loaded first (for `fontName`,
 * the new font), otherwise the write throws; `fills` can change without any font.
 */
export function writeCharacters(fonts: FontLibrary, text: TextRecord, where: string, value: unknown): void {
  const characters = checkString(where, value)
  requireLoaded(fonts, text.fontName)
  text.characters = characters
}

export function writeFontSize(fonts: FontLibrary, text: TextRecord, where: string, value: unknown): void {
  const size = checkNumberAtLeast(where, value, MIN_FONT_SIZE)
  requireLoaded(fonts, text.fontName)
  text.fontSize = size
}

export function writeFontName(fonts: FontLibrary, text: TextRecord, where: string, value: unknown): void {
  const fields = checkObject(where, value)
  checkKnownKeys(where, fields, ['family', 'style'])
  const font: FontName = { family: checkString(`${where}.family`, fields.family), style: checkString(`${where}.style`, fields.style) }
  requireLoaded(fonts, font)
  text.fontName = font
}

function requireLoaded(fonts: FontLibrary, font: FontName): void {
  if (!fonts.isLoaded(font)) throw unloadedFontError(font)
}
