/**
 * Mermaid's own steps before the journey grammar runs: the YAML front matter, the `%%{...}%%`
 * directives and the whole-line `%%` comments are cut out and the leading white space is
 * trimmed. Line endings are left as they are (a CR stays part of the text, as in Mermaid).
 * Every character keeps its offset in the source, so errors can name the line people see.
 */
export interface PreprocessedMermaid {
  text: string
  /** The offset in the source of an offset in `text` (the end of the text maps to the source's end). */
  sourceOffset(offset: number): number
  frontmatterTitle: string | null
  directives: string[]
}

/**
 * Where the kept text came from, as runs: the run starting at `textStart` in the kept text starts at
 * `sourceStart` in the source. One entry per cut, not per character, so large files stay cheap.
 */
interface MappedText {
  text: string
  textStarts: number[]
  sourceStarts: number[]
}

const FRONT_MATTER = /^([^\S\n\r]*)-{3}\s*[\n\r]([\s\S]*?)[\n\r]\1-{3}\s*[\n\r]+/
const DIRECTIVE = /%{2}\{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!\}%{2}).|\r?\n)*))?\s*(?:\}%{2})?/g
/** What follows the white space before a comment line: `%%` not opening a directive, then at least one character. */
const COMMENT_BODY = /%%(?!\{)[^\n]+\n?/y
const WHITE_SPACE = /\s/
/** Where JavaScript's `^` matches in multiline mode: after these characters. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/g

function identity(text: string): MappedText {
  return { text, textStarts: [0], sourceStarts: [0] }
}

function sourceOffsetOf(mapped: MappedText, offset: number): number {
  let low = 0
  let high = mapped.textStarts.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if ((mapped.textStarts[middle] ?? 0) <= offset) low = middle
    else high = middle - 1
  }
  return (mapped.sourceStarts[low] ?? 0) + offset - (mapped.textStarts[low] ?? 0)
}

/** Cuts the given [start, end) ranges (in order, not overlapping) out of the text, keeping where the rest came from. */
function cutRanges(mapped: MappedText, ranges: readonly [number, number][]): MappedText {
  if (ranges.length === 0) return mapped
  const pieces: string[] = []
  const textStarts: number[] = []
  const sourceStarts: number[] = []
  let kept = 0
  let length = 0
  const keep = (from: number, to: number): void => {
    if (to <= from) return
    pieces.push(mapped.text.slice(from, to))
    textStarts.push(length)
    sourceStarts.push(sourceOffsetOf(mapped, from))
    length += to - from
  }
  for (const [start, end] of ranges) {
    keep(kept, start)
    kept = end
  }
  keep(kept, mapped.text.length)
  textStarts.push(length)
  sourceStarts.push(sourceOffsetOf(mapped, mapped.text.length))
  return { text: pieces.join(''), textStarts, sourceStarts }
}

/** Cuts every match of a global pattern out of the text. */
function cut(mapped: MappedText, pattern: RegExp): { mapped: MappedText; cuts: string[] } {
  const regex = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
  const ranges: [number, number][] = []
  const cuts: string[] = []
  for (let match = regex.exec(mapped.text); match !== null; match = regex.exec(mapped.text)) {
    if (match[0] === '') {
      regex.lastIndex += 1
      continue
    }
    ranges.push([match.index, match.index + match[0].length])
    cuts.push(match[0])
  }
  return { mapped: cutRanges(mapped, ranges), cuts }
}

/**
 * Mermaid's comment lines, `/^\s*%%(?!\{)[^\n]+\n?/gm`, found in one pass. Run as a regular
 * expression, the leading `\s*` spans line breaks and is tried again from every line start in a run
 * of blank lines (quadratic); here the end of each white-space run is found once. The matches are
 * the same: from a line start, the white space that follows, then a comment body.
 */
function commentLineRanges(text: string): [number, number][] {
  const ranges: [number, number][] = []
  let runEnd = -1
  // `start` is always a line start: from one that holds no comment, the next is found by a search
  // for the next line terminator, not by testing every character on the way.
  for (let start = 0; start < text.length; ) {
    if (runEnd < start) {
      runEnd = start
      while (runEnd < text.length && WHITE_SPACE.test(text.charAt(runEnd))) runEnd += 1
    }
    COMMENT_BODY.lastIndex = runEnd
    const body = COMMENT_BODY.exec(text)
    if (body !== null) {
      // A body ends after its LF or at the end of the text: either way at a line start.
      const end = runEnd + body[0].length
      ranges.push([start, end])
      start = end
      runEnd = -1
      continue
    }
    LINE_TERMINATOR.lastIndex = start
    const next = LINE_TERMINATOR.exec(text)
    if (next === null) break
    start = next.index + 1
  }
  return ranges
}

const YAML_NULLS = new Set(['', '~', 'null', 'Null', 'NULL', 'false', 'False', 'FALSE'])
const YAML_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/

/**
 * The front matter's top-level `title:` as Mermaid's YAML reader would give it (quoted, plain or
 * numeric; null, false and zero are no title). Block scalars are not read.
 */
function frontmatterTitleOf(body: string): string | null {
  for (const line of body.split(/\r\n|\r|\n/)) {
    const key = /^title[^\S\n\r]*:(.*)$/.exec(line)
    if (key === null) continue
    const value = (key[1] ?? '').trim()
    const double = /^"((?:[^"\\]|\\.)*)"/.exec(value)
    if (double !== null) {
      try {
        return (JSON.parse(`"${double[1] ?? ''}"`) as string) || null
      } catch {
        return double[1] || null
      }
    }
    const single = /^'((?:[^']|'')*)'/.exec(value)
    if (single !== null) return (single[1] ?? '').replace(/''/g, "'") || null
    const plain = value.replace(/\s+#.*$/, '').trim()
    if (YAML_NULLS.has(plain)) return null
    if (YAML_NUMBER.test(plain)) return Number(plain) === 0 ? null : String(Number(plain))
    return plain
  }
  return null
}

export function preprocessMermaid(source: string): PreprocessedMermaid {
  let mapped = identity(source)
  let frontmatterTitle: string | null = null
  const front = FRONT_MATTER.exec(source)
  if (front !== null) {
    const indent = front[1] ?? ''
    const body = (front[2] ?? '')
      .split('\n')
      .map((line) => (indent !== '' && line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n')
    frontmatterTitle = frontmatterTitleOf(body)
    mapped = cutRanges(mapped, [[0, front[0].length]])
  }
  const directives = cut(mapped, DIRECTIVE)
  const comments = cutRanges(directives.mapped, commentLineRanges(directives.mapped.text))
  const leading = /^\s+/.exec(comments.text)
  const trimmed = leading === null ? comments : cutRanges(comments, [[0, leading[0].length]])
  return { text: trimmed.text, sourceOffset: (offset) => sourceOffsetOf(trimmed, offset), frontmatterTitle, directives: directives.cuts }
}
