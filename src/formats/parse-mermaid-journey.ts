import { fail, ok, type Result } from '../model'
import { lineLocator } from './line-and-column'
import type { MermaidJourney, MermaidTask } from './mermaid-journey'
import { type MermaidToken, MermaidJourneyLexer } from './mermaid-journey-lexer'
import { preprocessMermaid } from './preprocess-mermaid'

const TITLE_KEYWORD_LENGTH = 'title '.length
const SECTION_KEYWORD_LENGTH = 'section '.length
const JOURNEY_DETECTOR = /^\s*journey/
const EXAMPLE_TASK = 'Make tea: 5: Me'

class MermaidParseError extends Error {
  constructor(
    readonly token: MermaidToken,
    readonly explanation: string
  ) {
    super(explanation)
  }
}

function quoted(text: string): string {
  return JSON.stringify(text.trim())
}

/**
 * Reads a Mermaid `journey` diagram exactly as Mermaid 11 does (checked against 11.17.2): front matter, directives and
 * `%%` comment lines are stripped, then the journey grammar runs with Mermaid's lexer rules. So a
 * `#` ends a line, a score is whatever `Number()` makes of it (NaN included), people are split on
 * commas and trimmed with empty names kept, a task without a colon, a colon in a section name, an
 * empty `section` and a `;` are errors. Titles are returned as written: the HTML sanitising
 * Mermaid applies when it draws them is left to whoever draws them.
 * @returns the diagram, else one problem naming the source line: first a plain explanation, then
 *   Mermaid's own message ("Parse error on line N:" and its two-line excerpt; N counts the lines
 *   Mermaid parses, after the front matter).
 */
export function parseMermaidJourney(source: string): Result<MermaidJourney> {
  const pre = preprocessMermaid(source)
  const lexer = new MermaidJourneyLexer(pre.text)
  let title: string | null = null
  let accTitle: string | null = null
  let accDescr: string | null = null
  let currentSection = ''
  const sections: string[] = []
  const tasks: MermaidTask[] = []
  // jison reports the line of the last token it shifted, not of the one it choked on.
  let shiftedLines = 0
  let previous: MermaidToken | undefined
  const locate = lineLocator(source)
  const sourceLine = (offset: number): number => locate(pre.sourceOffset(offset)).line

  const shift = (token: MermaidToken): void => {
    shiftedLines = lexer.lineNumber
    previous = token
  }
  const expectValue = (): string => {
    const value = lexer.lex()
    shift(value)
    return value.text.trim()
  }

  try {
    const first = lexer.lex()
    if (first.type !== 'journey') throw new MermaidParseError(first, 'a Mermaid journey diagram starts with "journey"')
    shift(first)
    for (let token = lexer.lex(); ; token = lexer.lex()) {
      if (token.type === 'EOF') break
      switch (token.type) {
        case 'NEWLINE':
          shift(token)
          break
        case 'title':
          shift(token)
          title = token.text.slice(TITLE_KEYWORD_LENGTH)
          break
        case 'acc_title':
          shift(token)
          accTitle = expectValue()
          break
        case 'acc_descr':
          shift(token)
          accDescr = expectValue().replace(/\n\s+/g, '\n')
          break
        case 'acc_descr_multiline_value':
          shift(token)
          accDescr = token.text.trim().replace(/\n\s+/g, '\n')
          break
        case 'section':
          shift(token)
          currentSection = token.text.slice(SECTION_KEYWORD_LENGTH)
          sections.push(currentSection)
          break
        case 'taskName': {
          shift(token)
          const data = lexer.lex()
          if (data.type !== 'taskData') {
            throw new MermaidParseError(
              data,
              /^section$/i.test(token.text.trim())
                ? '"section" needs a name on the same line'
                : data.type === ':'
                ? `the task ${quoted(token.text)} has nothing after its colon; give it a score, e.g. "${token.text.trim()}: 3"`
                : `the task ${quoted(token.text)} needs a colon and a score, e.g. "${token.text.trim()}: 3"`
            )
          }
          shift(data)
          const pieces = data.text.slice(1).split(':')
          tasks.push({
            section: currentSection,
            sectionIndex: sections.length - 1,
            task: token.text,
            score: Number(pieces[0]),
            people: pieces.length === 1 ? [] : (pieces[1] ?? '').split(',').map((person) => person.trim()),
            line: sourceLine(token.start)
          })
          break
        }
        default:
          throw new MermaidParseError(token, explain(token, previous, lexer.condition))
      }
    }
  } catch (error) {
    if (!(error instanceof MermaidParseError)) throw error
    const atEnd = error.token.type === '$end' && lexer.condition !== 'INITIAL'
    return fail([
      {
        path: `line ${sourceLine(atEnd ? lexer.conditionStart : error.token.start)}`,
        message: `${error.explanation}\nParse error on line ${shiftedLines + 1}:\n${lexer.showPosition()}`
      }
    ])
  }

  const actors = [...new Set(tasks.flatMap((task) => task.people))].sort()
  return ok({
    title: title === '' ? null : title,
    accTitle: accTitle === '' ? null : accTitle,
    accDescr: accDescr === '' ? null : accDescr,
    frontmatterTitle: pre.frontmatterTitle,
    directives: pre.directives,
    detectedAsJourney: JOURNEY_DETECTOR.test(pre.text),
    sections: sections.map((section) => section.trim()),
    tasks,
    actors
  })
}

function explain(token: MermaidToken, previous: MermaidToken | undefined, condition: string): string {
  const afterSection = previous?.type === 'section'
  switch (token.type) {
    case 'taskData':
    case ':':
      if (afterSection && previous !== undefined && /^section\s*[\r\n]/i.test(previous.text)) {
        return '"section" needs a name on the same line'
      }
      if (afterSection) return `a section name cannot contain ":" (in ${quoted(previous?.text ?? '')})`
      return `a task needs a name before its colon, e.g. "${EXAMPLE_TASK}"`
    case 'INVALID':
      return token.text === ';'
        ? '";" cannot separate statements in a journey diagram; put each statement on its own line'
        : `unexpected ${quoted(token.text)}`
    case 'journey':
      return '"journey" can only start the diagram'
    case '$end':
      if (condition === 'acc_descr_multiline') return 'an "accDescr {" block is never closed with "}"'
      return 'the diagram ends in the middle of a statement'
    case 'LEXICAL_ERROR':
      return `unrecognised text ${quoted(token.text)}`
    default:
      return `unexpected ${quoted(token.text)}`
  }
}
