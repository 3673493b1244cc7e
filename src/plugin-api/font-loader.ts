import type { PlanFont } from '../layout/board-plan'

/** Text a node shows and whose characters a writer may change: a text node or a sticky's, shape's or connector's text. */
export type TextHolder = Pick<TextNode, 'fontName' | 'getStyledTextSegments'> | Pick<TextSublayerNode, 'fontName' | 'getStyledTextSegments'>

export function fontKey(font: { family: string; style: string }): string {
  return `${font.family}\u0000${font.style}`
}

export function fontLabel(font: { family: string; style: string }): string {
  return `${font.family} ${font.style}`
}

/**
 * The one place fonts are loaded: each distinct font once per operation, the plan's fonts (which
 * must load) and the fonts of existing text about to change. FigJam refuses to change text unless
 * every font in it is loaded, and text people formatted has several (`fontName` is `figma.mixed`):
 * those are asked for with getStyledTextSegments(['fontName']) and all loaded: the call Figma's guide
 * gives for it throughout (figma-use gotchas.md, edit-text.md). The typings also list
 * getRangeAllFontNames, but the guide's gotchas.md names it as a member that does not exist, so the
 * loader does not rely on it.
 */
export class FontLoader {
  private readonly loaded = new Map<string, Promise<void>>()
  private readonly ready = new Set<string>()
  /** Every font asked for, once each, in order. */
  readonly fonts: FontName[] = []

  constructor(private readonly api: PluginAPI) {}

  /** Loads the fonts; rejects if any fails to load. */
  async loadAsync(fonts: readonly (PlanFont | FontName)[]): Promise<void> {
    await Promise.all(fonts.map((font) => this.loadOneAsync({ family: font.family, style: font.style })))
  }

  /**
   * Loads every font `text` is set in (one read of `fontName`; for mixed text, one call for all of
   * its fonts, over the whole text as it is now: people may have typed since it was read, and a range
   * past its end is refused). A fresh connector label has no font yet: nothing to load.
   * @returns its `fontName` as read (`figma.mixed` for several fonts), so a writer need not read it again
   */
  async loadTextFontsAsync(text: TextHolder): Promise<FontName | PluginAPI['mixed']> {
    const fontName = text.fontName
    const fonts = typeof fontName === 'symbol' ? text.getStyledTextSegments(['fontName']).map((segment) => segment.fontName) : fontName.family === '' ? [] : [fontName]
    await Promise.allSettled(fonts.map((f) => this.loadOneAsync(f)))
    return fontName
  }

  isLoaded(font: { family: string; style: string }): boolean {
    return this.ready.has(fontKey(font))
  }

  private loadOneAsync(font: FontName): Promise<void> {
    const key = fontKey(font)
    let loading = this.loaded.get(key)
    if (loading === undefined) {
      this.fonts.push({ family: font.family, style: font.style })
      loading = this.api.loadFontAsync({ family: font.family, style: font.style }).then(() => {
        this.ready.add(key)
      })
      this.loaded.set(key, loading)
    }
    return loading
  }
}
