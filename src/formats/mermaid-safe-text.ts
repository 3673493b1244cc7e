/**
 * Text that Mermaid's journey grammar reads back as written, and the way back to the original.
 *
 * Characters the grammar would take as syntax are written as rare look-alikes, which mean nothing
 * to Mermaid and look the same on the drawn diagram:
 * - everywhere: a line feed becomes `␤`, a carriage return `␍`, and each `%` of a `%%` that
 *   Mermaid would take as a directive or a comment becomes `﹪` (see `percentIsSyntax`);
 * - title, section, task and person: `#` (starts a comment) becomes `﹟`, `;` (a statement separator
 *   Mermaid rejects) becomes `﹔`;
 * - section, task and person: `:` (Mermaid rejects it in a section and splits tasks on it) becomes
 *   `꞉`; person: `,` (separates people) becomes `﹐`.
 * A word joiner (U+2060, invisible) is the escape: before a look-alike or a word joiner that was in
 * the text itself; before the first character when Mermaid would trim it (white space) or read it
 * as a keyword (`section ...`, `title ...`, `%`...); after trailing white space; alone for an empty
 * text other than a person's; and before `{d800}` for a lone surrogate, which UTF-8 files cannot hold.
 * `mermaidOriginalText` undoes all of it, so every text comes back exactly. A diagram that uses any
 * of this says so in a comment line (`MERMAID_LOOK_ALIKE_MARKER`); only such diagrams are decoded.
 */
export type MermaidTextRole = 'title' | 'description' | 'section' | 'task' | 'person' | 'description-block'

/** The comment line a diagram carries when its texts use look-alikes; Mermaid ignores comments. */
export const MERMAID_LOOK_ALIKE_MARKER = '%% journeyboard: look-alike characters (␤ ␍ ﹪ ﹟ ﹔ ꞉ ﹐) stand for line breaks, % # ; : and ,'

const ESCAPE = '\u2060'
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  '\n': '\u2424',
  '\r': '\u240d',
  '%': '\ufe6a',
  '#': '\ufe5f',
  ';': '\ufe54',
  ':': '\ua789',
  ',': '\ufe50',
  '}': '\ufe5c'
}
const ORIGINALS: ReadonlyMap<string, string> = new Map(Object.entries(LOOK_ALIKES).map(([original, lookAlike]) => [lookAlike, original]))

/** Which characters each role must not contain as they are. */
const UNSAFE: Readonly<Record<MermaidTextRole, string>> = {
  title: '\n\r#;',
  description: '\n\r',
  section: '\n\r#;:',
  task: '\n\r#;:',
  person: '\n\r#;:,',
  // Inside `accDescr { ... }` line feeds are kept; `}` would end the block.
  'description-block': '\r}'
}

const LINE_TERMINATORS = new Set(['\n', '\r', '\u2028', '\u2029'])
const KEYWORD_START = /^(?:journey\b|title\s|section\s|acctitle|accdescr|%)/i
const WHITE_SPACE = /^\s$/
const LONE_SURROGATE = /^[\ud800-\udfff]$/
const SURROGATE_ESCAPE = /^U\+(d[89a-f][0-9a-f]{2})/


/**
 * Whether the `%` at `index` is part of a `%%` Mermaid would not keep as text: one opening a
 * `%%{` directive (cut anywhere), one starting a comment line (`^\s*%%`, where `^` also follows
 * U+2028 and U+2029), or one in the first three characters of a task (a token starting with any
 * character and `%%` is a comment). Elsewhere `%%` is plain text to Mermaid and stays.
 */
function percentIsSyntax(text: string, index: number, role: MermaidTextRole): boolean {
  const start = text.charAt(index - 1) === '%' ? index - 1 : index
  if (text.charAt(start + 1) !== '%') return false
  if (text.charAt(start + 2) === '{') return true
  if (role === 'task' && start <= 1) return true
  // A comment line: only white space between a line start and the `%%`.
  for (let before = start - 1; before >= 0; before -= 1) {
    const ch = text.charAt(before)
    if (LINE_TERMINATORS.has(ch)) return true
    if (!WHITE_SPACE.test(ch)) return false
  }
  // The text's own start is a line start where it begins a line: a task, a line of a block.
  return role === 'task' || role === 'description-block'
}

/**
 * Every character the character loop of `mermaidSafeText` may write otherwise than as it is, in any
 * role: the escape, the look-alikes, surrogates (a lone one is escaped), the unsafe characters of
 * every role, `%`, and the line feed a block's white space may follow. A text with none of them
 * (most) comes through that loop unchanged, so it is not rebuilt a character at a time.
 */
const MAY_BE_REWRITTEN = new RegExp(`[${ESCAPE}${Object.values(LOOK_ALIKES).join('')}${Object.values(UNSAFE).join('')}%\\n\\ud800-\\udfff]`)

export function mermaidSafeText(text: string, role: MermaidTextRole): string {
  let safe = MAY_BE_REWRITTEN.test(text) ? safeCharacters(text, role) : text
  const first = safe.charAt(0)
  // Only a person may be empty in Mermaid (an empty `accTitle:` would even take the next line).
  const guardStart = (role !== 'person' && safe === '') || (role === 'task' && KEYWORD_START.test(safe)) || WHITE_SPACE.test(first)
  if (guardStart && first !== ESCAPE) safe = ESCAPE + safe
  if (WHITE_SPACE.test(safe.charAt(safe.length - 1))) safe += ESCAPE
  return safe
}

/** The text with each character Mermaid would read as syntax written as its look-alike or escaped (see above); its ends are guarded after. */
function safeCharacters(text: string, role: MermaidTextRole): string {
  const unsafe = UNSAFE[role]
  let safe = ''
  let index = 0
  for (const ch of text) {
    if (ch === ESCAPE || ORIGINALS.has(ch)) safe += ESCAPE + ch
    else if (LONE_SURROGATE.test(ch)) safe += `${ESCAPE}U+${ch.charCodeAt(0).toString(16)}`
    else if (unsafe.includes(ch) || (ch === '%' && percentIsSyntax(text, index, role))) safe += LOOK_ALIKES[ch] ?? ch
    // Mermaid drops the white space that starts a line of an `accDescr { ... }` block.
    else if (role === 'description-block' && WHITE_SPACE.test(ch) && text.charAt(index - 1) === '\n') safe += ESCAPE + ch
    else safe += ch
    index += ch.length
  }
  return safe
}

const WRITTEN_WITH_LOOK_ALIKES = new RegExp(`[${ESCAPE}${Object.values(LOOK_ALIKES).join('')}]`)

/** Whether a text `mermaidSafeText` wrote needs decoding (it changed the text). */
export function hasLookAlikes(safe: string): boolean {
  return WRITTEN_WITH_LOOK_ALIKES.test(safe)
}

/** The original of a text written by `mermaidSafeText`. */
export function mermaidOriginalText(safe: string): string {
  let text = ''
  for (let index = 0; index < safe.length; ) {
    const ch = safe.charAt(index)
    if (ch === ESCAPE) {
      const surrogate = SURROGATE_ESCAPE.exec(safe.slice(index + 1, index + 7))
      if (surrogate?.[1] !== undefined) {
        text += String.fromCharCode(parseInt(surrogate[1], 16))
        index += 1 + surrogate[0].length
        continue
      }
      const next = safe.codePointAt(index + 1)
      // A dangling escape at the end guarded trailing white space; it stands for nothing.
      if (next !== undefined) text += String.fromCodePoint(next)
      index += 1 + (next === undefined ? 0 : next > 0xffff ? 2 : 1)
      continue
    }
    text += ORIGINALS.get(ch) ?? ch
    index += 1
  }
  return text
}
