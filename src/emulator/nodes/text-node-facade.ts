import { MIN_NODE_SIZE } from '../model/emulator-defaults'
import { fontWeightOf } from '../model/font-library'
import type { TextNodeRecord } from '../model/node-records'
import { toStoredPaints } from '../model/paints'
import { refreshTextNodeSize } from '../model/refresh-auto-size'
import { requireTextFontsLoaded, writeCharacters, writeFontName, writeFontSize } from '../model/text-writes'
import { type SegmentFields, type StyledSegments, textRangeMethods, wholeFont } from './text-ranges'
import { checkBoolean, checkNumberAtLeast, checkOneOf, checkString } from '../support/check-arguments'
import { SceneNodeFacade } from './scene-node-facade'

type EmulatedText = Pick<
  TextNode,
  | 'type'
  | 'characters'
  | 'fontName'
  | 'fontSize'
  | 'fontWeight'
  | 'fills'
  | 'textAutoResize'
  | 'textAlignHorizontal'
  | 'textAlignVertical'
  | 'autoRename'
  | 'resize'
  | 'getRangeFontName'
  | 'setRangeFontName'
  | 'getRangeHyperlink'
  | 'setRangeHyperlink'
  | 'getStyledTextSegments'
>

const AUTO_RESIZE: readonly TextNode['textAutoResize'][] = ['NONE', 'WIDTH_AND_HEIGHT', 'HEIGHT', 'TRUNCATE']
const ALIGN_HORIZONTAL: readonly TextNode['textAlignHorizontal'][] = ['LEFT', 'CENTER', 'RIGHT', 'JUSTIFIED']
const ALIGN_VERTICAL: readonly TextNode['textAlignVertical'][] = ['TOP', 'CENTER', 'BOTTOM']

/**
 * A text node. Its box follows `textAutoResize` (text-metrics.ts estimates the text); `resize` keeps
 * 'HEIGHT' (new width, height refitted) and otherwise switches to a fixed 'NONE' box.
 */
export class TextNodeFacade extends SceneNodeFacade<TextNodeRecord> implements EmulatedText {
  get type(): 'TEXT' {
    return 'TEXT'
  }

  get name(): string {
    return this.record.autoRename ? this.record.text.characters : this.record.name
  }

  set name(value: string) {
    this.record.name = checkString('name', value)
    this.record.autoRename = false
  }

  get autoRename(): boolean {
    return this.record.autoRename
  }

  set autoRename(value: boolean) {
    this.record.autoRename = checkBoolean('autoRename', value)
  }

  get characters(): string {
    return this.record.text.characters
  }

  set characters(value: string) {
    writeCharacters(this.ctx.fonts, this.record.text, 'characters', value)
    refreshTextNodeSize(this.record, this.ctx.metrics)
  }

  get fontName(): FontName | PluginAPI['mixed'] {
    return wholeFont(this.ctx, this.record.text)
  }

  get #ranges(): ReturnType<typeof textRangeMethods> {
    return textRangeMethods(this.ctx, () => this.record.text, '')
  }

  getRangeFontName(start: number, end: number): FontName | PluginAPI['mixed'] {
    return this.#ranges.getRangeFontName(start, end)
  }

  setRangeFontName(start: number, end: number, font: FontName): void {
    this.#ranges.setRangeFontName(start, end, font)
    refreshTextNodeSize(this.record, this.ctx.metrics)
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

  set fontName(value: FontName) {
    writeFontName(this.ctx.fonts, this.record.text, 'fontName', value)
    refreshTextNodeSize(this.record, this.ctx.metrics)
  }

  get fontSize(): number {
    return this.record.text.fontSize
  }

  set fontSize(value: number) {
    writeFontSize(this.ctx.fonts, this.record.text, 'fontSize', value)
    refreshTextNodeSize(this.record, this.ctx.metrics)
  }

  get fontWeight(): number {
    return fontWeightOf(this.record.text.fontName)
  }

  get fills(): ReadonlyArray<Paint> {
    return this.record.text.fills
  }

  set fills(value: ReadonlyArray<Paint>) {
    this.record.text.fills = toStoredPaints('fills', value)
  }

  get textAutoResize(): TextNode['textAutoResize'] {
    return this.record.autoResize
  }

  set textAutoResize(value: TextNode['textAutoResize']) {
    const checked = checkOneOf('textAutoResize', value, AUTO_RESIZE)
    requireTextFontsLoaded(this.ctx.fonts, this.record.text)
    this.record.autoResize = checked
    refreshTextNodeSize(this.record, this.ctx.metrics)
  }

  get textAlignHorizontal(): TextNode['textAlignHorizontal'] {
    return this.record.alignHorizontal
  }

  set textAlignHorizontal(value: TextNode['textAlignHorizontal']) {
    const checked = checkOneOf('textAlignHorizontal', value, ALIGN_HORIZONTAL)
    requireTextFontsLoaded(this.ctx.fonts, this.record.text)
    this.record.alignHorizontal = checked
  }

  get textAlignVertical(): TextNode['textAlignVertical'] {
    return this.record.alignVertical
  }

  set textAlignVertical(value: TextNode['textAlignVertical']) {
    const checked = checkOneOf('textAlignVertical', value, ALIGN_VERTICAL)
    requireTextFontsLoaded(this.ctx.fonts, this.record.text)
    this.record.alignVertical = checked
  }

  resize(width: number, height: number): void {
    this.record.width = checkNumberAtLeast('resize(width)', width, MIN_NODE_SIZE)
    this.record.height = checkNumberAtLeast('resize(height)', height, MIN_NODE_SIZE)
    if (this.record.autoResize !== 'HEIGHT') this.record.autoResize = 'NONE'
    refreshTextNodeSize(this.record, this.ctx.metrics)
  }
}
