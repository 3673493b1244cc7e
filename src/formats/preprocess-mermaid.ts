/**
 * Mermaid's own steps before the journey grammar runs: the YAML front matter, the `%%{...}%%`
 * directives and the whole-line `%%` comments are cut out and the leading white space is
 * trimmed. Line endings are left as they are (a CR stays part of the text, as in Mermaid).
 * Every character keeps its offset in the source, so errors can name the line people see.
 */
export interface PreprocessedMermaid {
  text: string
  /** The source offset of each character of `text`, plus one entry for the end of the text. */
  origin: number[]
  frontmatterTitle: string | null
  directives: string[]
}

interface MappedText {
  text: string
  origin: number[]
}

const FRONT_MATTER = /^([^\S\n\r]*)-{3}\s*[\n\r]([\s\S]*?)[\n\r]\1-{3}\s*[\n\r]+/
const DIRECTIVE = /%{2}\{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!\}%{2}).|\r?\n)*))?\s*(?:\}%{2})?/gi
const COMMENT_LINE = /^\s*%%(?!\{)[^\n]+\n?/gm
const LEADING_SPACE = /^\s+/

function identity(text: string): MappedText {
  return { text, origin: Array.from({ length: text.length + 1 }, (_, index) => index) }
}

/** Cuts every match of `pattern` (global) out of the text, keeping the origin of what is left. */
function cut(mapped: MappedText, pattern: RegExp): { mapped: MappedText; cuts: string[] } {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`
  const regex = new RegExp(pattern.source, flags)
  const cuts: string[] = []
  let text = ''
  const origin: number[] = []
  let kept = 0
  for (let match = regex.exec(mapped.text); match !== null; match = regex.exec(mapped.text)) {
    if (match[0] === '') {
      regex.lastIndex += 1
      continue
    }
    text += mapped.text.slice(kept, match.index)
    for (let i = kept; i < match.index; i += 1) origin.push(mapped.origin[i] ?? i)
    cuts.push(match[0])
    kept = match.index + match[0].length
  }
  text += mapped.text.slice(kept)
  for (let i = kept; i < mapped.origin.length; i += 1) origin.push(mapped.origin[i] ?? i)
  return { mapped: { text, origin }, cuts }
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
    mapped = { text: mapped.text.slice(front[0].length), origin: mapped.origin.slice(front[0].length) }
  }
  const directives = cut(mapped, DIRECTIVE)
  const comments = cut(directives.mapped, COMMENT_LINE)
  const trimmed = cut(comments.mapped, LEADING_SPACE)
  return { ...trimmed.mapped, frontmatterTitle, directives: directives.cuts }
}
