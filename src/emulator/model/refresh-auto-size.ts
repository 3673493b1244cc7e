import { STICKY_SIZE, STICKY_TEXT_PADDING, STICKY_WIDE_WIDTH } from './emulator-defaults'
import type { StickyRecord, TextNodeRecord } from './node-records'
import { measureText } from './text-metrics'

/**
 * Stickies keep their width (240, or 416 when wide) and grow taller when their text needs more than
 * the square: height = max(240, 2 x 24 padding + wrapped lines x line height), measured with
 * text-metrics.ts inside the padded width. At the default 24 px that is 16 characters a line on a
 * square sticky, 30 on a wide one, and six lines before the sticky grows.
 */
export function refreshStickySize(sticky: StickyRecord): void {
  sticky.width = sticky.isWideWidth ? STICKY_WIDE_WIDTH : STICKY_SIZE
  const textWidth = sticky.width - 2 * STICKY_TEXT_PADDING
  const text = measureText(sticky.text.characters, sticky.text.fontSize, textWidth)
  sticky.height = Math.max(STICKY_SIZE, 2 * STICKY_TEXT_PADDING + text.height)
}

/** Text nodes follow `textAutoResize`: both sides, height only (wrapping at the width), or neither. */
export function refreshTextNodeSize(node: TextNodeRecord): void {
  const { characters, fontSize } = node.text
  if (node.autoResize === 'WIDTH_AND_HEIGHT') {
    const box = measureText(characters, fontSize)
    node.width = box.width
    node.height = box.height
  } else if (node.autoResize === 'HEIGHT') {
    node.height = measureText(characters, fontSize, node.width).height
  }
}
