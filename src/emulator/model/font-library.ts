import { checkObject, checkString } from '../support/check-arguments'
import { fontLabel } from '../support/plugin-errors'

export function fontKey(font: FontName): string {
  return `${font.family}\u0000${font.style}`
}

export function sameFont(a: FontName, b: FontName): boolean {
  return a.family === b.family && a.style === b.style
}

const WEIGHTS: Readonly<Record<string, number>> = {
  thin: 100,
  'extra light': 200,
  light: 300,
  regular: 400,
  italic: 400,
  medium: 500,
  'semi bold': 600,
  bold: 700,
  'extra bold': 800,
  black: 900
}

/** The CSS weight Figma reports for a style name (Regular 400, Medium 500, Semi Bold 600, Bold 700, ...). */
export function fontWeightOf(font: FontName): number {
  return WEIGHTS[font.style.toLowerCase().replace(/\s*italic$/, '') || 'regular'] ?? 400
}

/**
 * The fonts the editor offers and the ones the plugin has loaded. A font counts as loaded only once
 * its `loadFontAsync` promise has settled, so writing text without awaiting the load fails as in Figma.
 */
export class FontLibrary {
  /** Every `loadFontAsync` request in order, failed ones included. */
  readonly loads: FontName[] = []
  private readonly available: readonly FontName[]
  private readonly loaded = new Set<string>()

  constructor(available: readonly FontName[]) {
    this.available = available.map((font) => ({ family: font.family, style: font.style }))
  }

  /** Set while a person edits in FigJam's own editor, which needs no fonts loaded by the plugin. */
  personEditing = false

  isLoaded(font: FontName): boolean {
    return this.personEditing || this.loaded.has(fontKey(font))
  }

  loadAsync(input: unknown): Promise<void> {
    let font: FontName
    try {
      const fields = checkObject('loadFontAsync(fontName)', input)
      font = {
        family: checkString('loadFontAsync(fontName).family', fields.family),
        style: fields.style === undefined ? 'Regular' : checkString('loadFontAsync(fontName).style', fields.style)
      }
    } catch (error) {
      return Promise.reject(error)
    }
    this.loads.push(font)
    if (!this.available.some((candidate) => sameFont(candidate, font))) {
      return Promise.reject(new Error(`The font "${fontLabel(font)}" could not be loaded: it is not available in this editor`))
    }
    return Promise.resolve().then(() => {
      this.loaded.add(fontKey(font))
    })
  }

  list(): Font[] {
    return this.available.map((font) => ({ fontName: { family: font.family, style: font.style } }))
  }
}
