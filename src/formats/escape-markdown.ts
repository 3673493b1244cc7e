/**
 * Characters that mean something anywhere in a CommonMark/GFM line: emphasis, code, links, HTML,
 * table cells, strikethrough, entities and (on GitHub) maths. Backslash-escaping any ASCII
 * punctuation is allowed, so escaping these is always safe.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&$]/g

/** Text that would start a heading, quote, list or setext underline when it begins a line. */
const BLOCK_START = /^(#|>|[-+=]|\d+[.)])/

const LINE_BREAKS = /\s*(?:\r\n|[\r\n\u2028\u2029])\s*/g

/**
 * User text made safe for one line of Markdown (a heading, a list item, a table cell): line
 * breaks become spaces, the ends are trimmed, and everything Markdown would read as syntax is
 * backslash-escaped, so the text shows exactly as typed.
 */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(LINE_BREAKS, ' ').trim()
  const escaped = oneLine.replace(INLINE_SPECIAL, (ch) => `\\${ch}`)
  return escaped.replace(BLOCK_START, (start) => start.replace(/[#>\-+=.)]/, (ch) => `\\${ch}`))
}

/** Like `escapeMarkdown`, but keeps blank-line-separated paragraphs apart. */
export function escapeMarkdownParagraphs(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n|\r\s*\r/)
    .map(escapeMarkdown)
    .filter((paragraph) => paragraph !== '')
    .join('\n\n')
}
