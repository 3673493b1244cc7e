import type { EmulatorContext } from '../emulator-context'
import type { TextRecord } from '../model/node-records'
import { fontsOf, rangeFont, rangeHyperlink, styledSegments, writeRangeFont, writeRangeHyperlink } from '../model/text-writes'

/** The fields getStyledTextSegments may be asked for, and what it answers for them, as the typings give them. */
export type SegmentFields = (keyof Omit<StyledTextSegment, 'characters' | 'start' | 'end'>)[]
export type StyledSegments<F extends SegmentFields> = Pick<StyledTextSegment, F[number] | 'characters' | 'start' | 'end'>[]

type RangeMethods = Pick<TextSublayerNode, 'getRangeFontName' | 'setRangeFontName' | 'getRangeHyperlink' | 'setRangeHyperlink' | 'getStyledTextSegments'>

/**
 * The styled-range methods a text node and a text sublayer share: fonts and links on parts of the
 * text, as people make them by formatting a sticky (text-writes.ts has the rules). There is no
 * getRangeAllFontNames: the typings list it, but Figma's guide names it as a member that does not
 * exist ([G] figma-use gotchas.md, "no such property"); with the sources at odds the emulator
 * refuses it, and getStyledTextSegments(['fontName']) gives the fonts as the guide does.
 */
export function textRangeMethods(ctx: EmulatorContext, text: () => TextRecord, prefix: string): RangeMethods {
  const mixed: PluginAPI['mixed'] = ctx.mixed as PluginAPI['mixed']
  return {
    getRangeFontName: (start, end): FontName | PluginAPI['mixed'] => rangeFont(text(), `${prefix}getRangeFontName`, start, end) ?? mixed,
    setRangeFontName: (start, end, font) => writeRangeFont(ctx.fonts, text(), `${prefix}setRangeFontName`, start, end, font),
    getRangeHyperlink: (start, end): HyperlinkTarget | null | PluginAPI['mixed'] => {
      const link = rangeHyperlink(text(), `${prefix}getRangeHyperlink`, start, end)
      return link === undefined ? mixed : link
    },
    setRangeHyperlink: (start, end, link) => writeRangeHyperlink(ctx.fonts, text(), `${prefix}setRangeHyperlink`, start, end, link),
    getStyledTextSegments: ((fields: unknown, start?: number, end?: number) =>
      styledSegments(text(), `${prefix}getStyledTextSegments`, fields, start, end)) as RangeMethods['getStyledTextSegments']
  }
}

/** `fontName` as Figma reports it: the font, or `figma.mixed` when styled ranges use several. */
export function wholeFont(ctx: EmulatorContext, text: TextRecord): FontName | PluginAPI['mixed'] {
  const fonts = fontsOf(text)
  return fonts.length === 1 && fonts[0] !== undefined ? { ...fonts[0] } : (ctx.mixed as PluginAPI['mixed'])
}
