/**
 * Characters that mean something anywhere in a CommonMark/GFM line: emphasis, code, links, HTML,
 * table cells, strikethrough, entities and (on GitHub) maths. Backslash-escaping any ASCII
 * punctuation is allowed, so escaping these is always safe.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&$]/g

/** `#`s ending a line close a heading and vanish. */
const TRAILING_HASHES = /#+$/

/**
 * Where GitHub's extended autolinks start (`https://`, `www.`, `name@host`): such a link runs to the
 * next space and would swallow the backslashes after it, so its own punctuation is escaped instead.
 */
const AUTOLINK_START = /(\b(?:https?|ftp)):(?=\/\/)|(\bwww)\.|@/gi

/** Text that would start a heading, quote, list or setext underline when it begins a line. */
const BLOCK_START = /^(#|>|[-+=]|\d+[.)])/

/** CommonMark's line endings (U+2028 and U+2029 are ordinary characters to it), with the spaces and tabs around them. */
const LINE_BREAKS = /[ \t]*(?:\r\n|[\r\n])[ \t]*/g
/** What CommonMark strips from the ends of a line's content: spaces and tabs, not other white space. */
const LINE_ENDS = /^[ \t]+|[ \t]+$/g
/**
 * Other white space at the ends (a no-break space): kept, as character references, because table
 * cells trim it and emphasis next to it does not open or close.
 */
const EDGE_SPACES = /^\s+|\s+$/g

/**
 * Whether any of the rules below could change the text: a line break, a character to escape, the
 * start of an autolink, white space or a `#` at an end, or what could start a block (any digit
 * counts, which is more than `BLOCK_START` needs). Most texts on a board hold none, and one test
 * spares them seven replacements that would each copy the text.
 */
const ANYTHING_TO_ESCAPE = /[\r\n\\`*_[\]<>|~&$@]|:\/\/|www\.|^[\s#>\-+=\d]|[\s#]$/i

/**
 * User text made safe for one line of Markdown (a heading, a list item, a table cell): line
 * breaks become spaces, spaces and tabs at the ends go (Markdown drops them anyway), and
 * everything Markdown would read as syntax is backslash-escaped, so the text shows exactly as
 * typed: checked by rendering it with a CommonMark library.
 */
export function escapeMarkdown(text: string): string {
  if (!ANYTHING_TO_ESCAPE.test(text)) return text
  const oneLine = text.replace(LINE_BREAKS, ' ').replace(LINE_ENDS, '')
  const escaped = oneLine
    .replace(INLINE_SPECIAL, (ch) => `\\${ch}`)
    .replace(AUTOLINK_START, (match: string, scheme?: string, www?: string) => (scheme !== undefined ? `${scheme}\\:` : www !== undefined ? `${www}\\.` : '\\@'))
  return escaped
    .replace(TRAILING_HASHES, (hashes) => hashes.replace(/#/g, '\\#'))
    .replace(BLOCK_START, (start) => start.replace(/[#>\-+=.)]/, (ch) => `\\${ch}`))
    .replace(EDGE_SPACES, (spaces) => [...spaces].map((ch) => `&#x${ch.codePointAt(0)!.toString(16).toUpperCase()};`).join(''))
}

/** Like `escapeMarkdown`, but keeps blank-line-separated paragraphs apart. */
export function escapeMarkdownParagraphs(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n|\r\s*\r/)
    .map(escapeMarkdown)
    .filter((paragraph) => paragraph !== '')
    .join('\n\n')
}
