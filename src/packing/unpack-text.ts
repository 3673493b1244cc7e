import { base91Bytes } from './base91-bytes'
import { inflateRaw } from './inflate-raw'
import { utf8Text } from './utf8-text'

/**
 * Text the build packed (UTF-8, raw DEFLATE, basE91), unpacked without any platform decoder. Text
 * packed with a preset dictionary is given the pack whose bytes are that dictionary.
 */
export function unpackText(packed: string, dictionary?: string): string {
  return utf8Text(inflateRaw(base91Bytes(packed), dictionary === undefined ? undefined : inflateRaw(base91Bytes(dictionary))))
}
