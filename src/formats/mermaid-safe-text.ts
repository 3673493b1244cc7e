/**
 * Text that Mermaid's journey grammar reads back exactly as written. Characters the grammar would
 * take as syntax are replaced by their fullwidth forms, which look alike and mean nothing to
 * Mermaid:
 * - everywhere: line breaks become spaces and `%%` becomes `％％` (Mermaid strips `%%{...}%%` as a
 *   directive anywhere and `%%` lines as comments); the ends are trimmed;
 * - title, section, task and person: `#` (starts a comment) becomes `＃`, `;` (a statement
 *   separator Mermaid rejects) becomes `；`;
 * - section, task and person: `:` (Mermaid rejects it in a section and splits tasks on it)
 *   becomes `：`;
 * - person: `,` (separates people) becomes `，`;
 * - task: a name that would read as a keyword (`section ...`, `title ...`, `journey...`,
 *   `accTitle...`, `accDescr...`) or start a comment (`%`) gets its first character in fullwidth
 *   (`Ｓection planning`).
 * An empty task becomes `(no text)`, since Mermaid needs a name before the colon.
 */
export type MermaidTextRole = 'title' | 'description' | 'section' | 'task' | 'person'

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g
const KEYWORD_START = /^(?:journey\b|title\s|section\s|acctitle|accdescr|%)/i
const EMPTY_TASK = '(no text)'
/** The distance from an ASCII character to its fullwidth form (U+FF01 to U+FF5E). */
const FULLWIDTH_OFFSET = 0xfee0

function fullwidth(ch: string): string {
  const code = ch.charCodeAt(0)
  return code > 0x20 && code < 0x7f ? String.fromCharCode(code + FULLWIDTH_OFFSET) : ch
}

function replaceAll(text: string, characters: string): string {
  return text.replace(new RegExp(`[${characters}]`, 'g'), fullwidth)
}

export function mermaidSafeText(text: string, role: MermaidTextRole): string {
  let safe = text.replace(LINE_BREAKS, ' ').replace(/%%/g, '％％').trim()
  if (role !== 'description') safe = replaceAll(safe, '#;')
  if (role === 'section' || role === 'task' || role === 'person') safe = replaceAll(safe, ':')
  if (role === 'person') safe = replaceAll(safe, ',')
  if (role === 'task') {
    if (safe === '') return EMPTY_TASK
    if (KEYWORD_START.test(safe)) safe = fullwidth(safe.charAt(0)) + safe.slice(1)
  }
  return safe
}
