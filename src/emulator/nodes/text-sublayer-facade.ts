import type { EmulatorContext } from '../emulator-context'
import { fontWeightOf } from '../model/font-library'
import type { TextOwnerRecord } from '../model/node-records'
import { toStoredPaints } from '../model/paints'
import { refreshStickySize } from '../model/refresh-auto-size'
import { writeCharacters, writeFontName, writeFontSize } from '../model/text-writes'
import { type SegmentFields, type StyledSegments, textRangeMethods, wholeFont } from './text-ranges'

type EmulatedTextSublayer = Pick<
  TextSublayerNode,
  | 'characters'
  | 'fontName'
  | 'fontSize'
  | 'fills'
  | 'fontWeight'
  | 'hasMissingFont'
  | 'getRangeFontName'
  | 'setRangeFontName'
  | 'getRangeHyperlink'
  | 'setRangeHyperlink'
  | 'getStyledTextSegments'
>

/**
 * `node.text` of a sticky, shape or connector. Writing characters, font size or font needs the font
 * loaded (see text-writes.ts); a sticky grows or shrinks to fit after each such write.
 */
export class TextSublayerFacade implements EmulatedTextSublayer {
  constructor(
    private readonly owner: TextOwnerRecord,
    private readonly ctx: EmulatorContext
  ) {}

  get characters(): string {
    return this.owner.text.characters
  }

  set characters(value: string) {
    writeCharacters(this.ctx.fonts, this.owner.text, 'text.characters', value)
    this.#relayout()
  }

  get fontName(): FontName | PluginAPI['mixed'] {
    return wholeFont(this.ctx, this.owner.text)
  }

  set fontName(value: FontName) {
    writeFontName(this.ctx.fonts, this.owner.text, 'text.fontName', value)
    this.#relayout()
  }

  get fontSize(): number {
    return this.owner.text.fontSize
  }

  set fontSize(value: number) {
    writeFontSize(this.ctx.fonts, this.owner.text, 'text.fontSize', value)
    this.#relayout()
  }

  get #ranges(): ReturnType<typeof textRangeMethods> {
    return textRangeMethods(this.ctx, () => this.owner.text, 'text.')
  }

  getRangeFontName(start: number, end: number): FontName | PluginAPI['mixed'] {
    return this.#ranges.getRangeFontName(start, end)
  }

  setRangeFontName(start: number, end: number, font: FontName): void {
    this.#ranges.setRangeFontName(start, end, font)
    this.#relayout()
  }

  getRangeHyperlink(start: number, end: number): HyperlinkTarget | null | PluginAPI['mixed'] {
    return this.#ranges.getRangeHyperlink(start, end)
  }

  setRangeHyperlink(start: number, end: number, link: HyperlinkTarget | null): void {
    this.#ranges.setRangeHyperlink(start, end, link)
  }

  /** [T] getStyledTextSegments: how FigJam's guide loads every font of formatted text ([G] edit-text, figma-use gotchas.md). */
  getStyledTextSegments<F extends SegmentFields>(fields: F, start?: number, end?: number): StyledSegments<F> {
    return this.#ranges.getStyledTextSegments(fields, start, end)
  }

  get fontWeight(): number {
    return fontWeightOf(this.owner.text.fontName)
  }

  get hasMissingFont(): boolean {
    return false
  }

  get fills(): ReadonlyArray<Paint> {
    return this.owner.text.fills
  }

  set fills(value: ReadonlyArray<Paint>) {
    this.owner.text.fills = toStoredPaints('text.fills', value)
  }

  #relayout(): void {
    if (this.owner.kind === 'STICKY') refreshStickySize(this.owner, this.ctx.metrics)
  }
}
