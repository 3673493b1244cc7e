/**
 * The lexer of Mermaid's journey grammar (its jison file), rule for rule: the same patterns in the
 * same order, first match wins, case-insensitive, with the same start conditions for `accTitle:`,
 * `accDescr:` and `accDescr { ... }`. Line counting and the error excerpt follow jison's lexer, so
 * errors read like Mermaid's.
 */

export type MermaidTokenType =
  | 'journey'
  | 'NEWLINE'
  | 'title'
  | 'acc_title'
  | 'acc_title_value'
  | 'acc_descr'
  | 'acc_descr_value'
  | 'acc_descr_multiline_value'
  | 'section'
  | 'taskName'
  | 'taskData'
  | ':'
  | 'EOF'
  | 'INVALID'
  /** Nothing matched: jison's "Lexical error". */
  | 'LEXICAL_ERROR'
  /** The end of input as the parser sees it (jison's `$end`); distinct from the grammar's `EOF`. */
  | '$end'

export interface MermaidToken {
  type: MermaidTokenType
  text: string
  /** Offsets in the lexed text. */
  start: number
  end: number
}

type StartCondition = 'INITIAL' | 'acc_title' | 'acc_descr' | 'acc_descr_multiline'

interface Rule {
  pattern: RegExp
  /**
   * A cheap test that must pass for the pattern to have a chance (the characters a keyword can
   * start with); it only skips patterns that could not match, so the first match is unchanged.
   */
  mayMatch?: (text: string, position: number) => boolean
  token?: MermaidTokenType
  begin?: StartCondition
  popState?: boolean
}

function startsWithOneOf(letters: string): (text: string, position: number) => boolean {
  const set = new Set([...letters.toLowerCase(), ...letters.toUpperCase()])
  return (text, position) => set.has(text.charAt(position))
}

const RULES: Readonly<Record<StartCondition, readonly Rule[]>> = {
  INITIAL: [
    // `%` not followed by `{` starts a comment (the compiled grammar keeps one `%`).
    { pattern: /%(?!\{)[^\n]*/iy, mayMatch: (text, position) => text.charCodeAt(position) === PERCENT },
    { pattern: /[^}]%%[^\n]*/iy, mayMatch: (text, position) => text.charCodeAt(position + 1) === PERCENT },
    { pattern: /[\n]+/iy, token: 'NEWLINE' },
    { pattern: /\s+/iy },
    { pattern: /#[^\n]*/iy, mayMatch: startsWithOneOf('#') },
    { pattern: /journey\b/iy, token: 'journey', mayMatch: startsWithOneOf('j') },
    { pattern: /title\s[^#\n;]+/iy, token: 'title', mayMatch: startsWithOneOf('t') },
    { pattern: /accTitle\s*:\s*/iy, token: 'acc_title', begin: 'acc_title', mayMatch: startsWithOneOf('a') },
    { pattern: /accDescr\s*:\s*/iy, token: 'acc_descr', begin: 'acc_descr', mayMatch: startsWithOneOf('a') },
    { pattern: /accDescr\s*\{\s*/iy, begin: 'acc_descr_multiline', mayMatch: startsWithOneOf('a') },
    { pattern: /section\s[^#:\n;]+/iy, token: 'section', mayMatch: startsWithOneOf('s') },
    { pattern: /[^#:\n;]+/iy, token: 'taskName' },
    { pattern: /:[^#\n;]+/iy, token: 'taskData' },
    { pattern: /:/iy, token: ':' },
    { pattern: /$/iy, token: 'EOF' },
    { pattern: /./iy, token: 'INVALID' }
  ],
  acc_title: [{ pattern: /[^\n]*/iy, token: 'acc_title_value', popState: true }],
  acc_descr: [{ pattern: /[^\n]*/iy, token: 'acc_descr_value', popState: true }],
  acc_descr_multiline: [
    { pattern: /[}]/iy, popState: true },
    { pattern: /[^}]*/iy, token: 'acc_descr_multiline_value' }
  ]
}

const EXCERPT_LENGTH = 20
const PERCENT = 0x25

const LF = 0x0a
const CR = 0x0d

/** Line breaks in text[from, to), a CRLF counted once, without copying the text out. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i)
    if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) count += 1
    else if (code === CR && i + 1 >= to) count += 1
  }
  return count
}

export class MermaidJourneyLexer {
  /** Lines consumed so far, counted as jison does (a CR, an LF or a CRLF is one). */
  lineNumber = 0
  /** Where the current start condition (`accTitle:`, `accDescr:`, `accDescr {`) began. */
  conditionStart = 0
  private position = 0
  private lastMatch = ''
  private done = false
  private readonly conditions: StartCondition[] = ['INITIAL']

  constructor(readonly text: string) {}

  get condition(): StartCondition {
    return this.conditions[this.conditions.length - 1] ?? 'INITIAL'
  }

  /** The next token the grammar sees; comments and white space are skipped. */
  lex(): MermaidToken {
    for (;;) {
      const token = this.next()
      if (token !== undefined) return token
    }
  }

  private next(): MermaidToken | undefined {
    if (this.done) return { type: '$end', text: '', start: this.position, end: this.position }
    if (this.position >= this.text.length) this.done = true
    this.lastMatch = ''
    for (const rule of RULES[this.condition]) {
      if (rule.mayMatch !== undefined && !rule.mayMatch(this.text, this.position)) continue
      // `test` moves lastIndex to the match's end without building a match array: most matches
      // (white space, comments) are skipped, and on a large diagram those arrays were most of the
      // garbage the collector had to sweep.
      rule.pattern.lastIndex = this.position
      if (!rule.pattern.test(this.text)) continue
      const start = this.position
      const end = rule.pattern.lastIndex
      this.lastMatch = this.text.slice(start, end)
      this.lineNumber += countLineBreaks(this.text, start, end)
      this.position = end
      if (rule.popState === true && this.conditions.length > 1) this.conditions.pop()
      if (rule.begin !== undefined) {
        this.conditions.push(rule.begin)
        this.conditionStart = start
      }
      if (this.done && this.position < this.text.length) this.done = false
      return rule.token === undefined ? undefined : { type: rule.token, text: this.lastMatch, start, end: this.position }
    }
    if (this.position >= this.text.length) return { type: '$end', text: '', start: this.position, end: this.position }
    return { type: 'LEXICAL_ERROR', text: this.text.charAt(this.position), start: this.position, end: this.position + 1 }
  }

  /** jison's two-line excerpt: up to 20 characters before the last match, then what follows, and a caret. */
  showPosition(): string {
    const past = this.text.slice(0, this.position - this.lastMatch.length)
    const before = (past.length > EXCERPT_LENGTH ? '...' : '') + past.slice(-EXCERPT_LENGTH).replace(/\n/g, '')
    let next = this.lastMatch
    if (next.length < EXCERPT_LENGTH) next += this.text.slice(this.position, this.position + EXCERPT_LENGTH - next.length)
    const after = (next.slice(0, EXCERPT_LENGTH) + (next.length > EXCERPT_LENGTH ? '...' : '')).replace(/\n/g, '')
    return `${before}${after}\n${'-'.repeat(before.length)}^`
  }
}
