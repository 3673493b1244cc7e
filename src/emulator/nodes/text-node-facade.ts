import { MIN_NODE_SIZE } from '../model/emulator-defaults'
import { fontWeightOf } from '../model/font-library'
import type { TextNodeRecord } from '../model/node-records'
import { toStoredPaints } from '../model/paints'
import { refreshTextNodeSize } from '../model/refresh-auto-size'
import { writeCharacters, writeFontName, writeFontSize } from '../model/text-writes'
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
    refreshTextNodeSize(this.record)
  }

  get fontName(): FontName {
    return { ...this.record.text.fontName }
  }

  set fontName(value: FontName) {
    writeFontName(this.ctx.fonts, this.record.text, 'fontName', value)
    refreshTextNodeSize(this.record)
  }

  get fontSize(): number {
    return this.record.text.fontSize
  }

  set fontSize(value: number) {
    writeFontSize(this.ctx.fonts, this.record.text, 'fontSize', value)
    refreshTextNodeSize(this.record)
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
    this.record.autoResize = checkOneOf('textAutoResize', value, AUTO_RESIZE)
    refreshTextNodeSize(this.record)
  }

  get textAlignHorizontal(): TextNode['textAlignHorizontal'] {
    return this.record.alignHorizontal
  }

  set textAlignHorizontal(value: TextNode['textAlignHorizontal']) {
    this.record.alignHorizontal = checkOneOf('textAlignHorizontal', value, ALIGN_HORIZONTAL)
  }

  get textAlignVertical(): TextNode['textAlignVertical'] {
    return this.record.alignVertical
  }

  set textAlignVertical(value: TextNode['textAlignVertical']) {
    this.record.alignVertical = checkOneOf('textAlignVertical', value, ALIGN_VERTICAL)
  }

  resize(width: number, height: number): void {
    this.record.width = checkNumberAtLeast('resize(width)', width, MIN_NODE_SIZE)
    this.record.height = checkNumberAtLeast('resize(height)', height, MIN_NODE_SIZE)
    if (this.record.autoResize !== 'HEIGHT') this.record.autoResize = 'NONE'
    refreshTextNodeSize(this.record)
  }
}
