import { base64Bytes } from './base64-bytes'
import { inflateRaw } from './inflate-raw'
import { utf8Text } from './utf8-text'

/** Text the build packed (UTF-8, raw DEFLATE, base64), unpacked without any platform decoder. */
export function unpackText(base64: string): string {
  return utf8Text(inflateRaw(base64Bytes(base64)))
}
