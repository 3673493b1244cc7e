import { atLine, fail, type ImportProblemCode, ok, type ProblemParams, type Result } from '../model'
import { importProblem } from './import-problem'
import { lineLocator } from './line-and-column'
import type { MermaidJourney, MermaidTask } from './mermaid-journey'
import { type MermaidToken, MermaidJourneyLexer } from './mermaid-journey-lexer'
import { preprocessMermaid } from './preprocess-mermaid'

const TITLE_KEYWORD_LENGTH = 'title '.length
const SECTION_KEYWORD_LENGTH = 'section '.length
const JOURNEY_DETECTOR = /^\s*journey/
const EXAMPLE_TASK = 'Make tea: 5: Me'

/** What is wrong with a diagram, as a problem's code and values. */
interface Explanation {
  code: ImportProblemCode
  params?: ProblemParams
}

class MermaidParseError extends Error {
  constructor(
    readonly token: MermaidToken,
    readonly explanation: Explanation
  ) {
    super(explanation.code)
  }
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
    if (first.type !== 'journey') throw new MermaidParseError(first, { code: 'mermaid-no-journey' })
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
                ? { code: 'mermaid-section-unnamed' }
                : { code: data.type === ':' ? 'mermaid-task-no-score' : 'mermaid-task-no-colon', params: { task: token.text.trim() } }
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
    const found = atLine(importProblem('', error.explanation.code, error.explanation.params), sourceLine(atEnd ? lexer.conditionStart : error.token.start))
    // Mermaid's own report follows the words, as Mermaid prints it: the panel folds it away.
    return fail([{ ...found, message: `${found.message}\nParse error on line ${shiftedLines + 1}:\n${lexer.showPosition()}` }])
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

function explain(token: MermaidToken, previous: MermaidToken | undefined, condition: string): Explanation {
  const afterSection = previous?.type === 'section'
  switch (token.type) {
    case 'taskData':
    case ':':
      if (afterSection && previous !== undefined && /^section\s*[\r\n]/i.test(previous.text)) {
        return { code: 'mermaid-section-unnamed' }
      }
      if (afterSection) return { code: 'mermaid-colon-in-section', params: { text: (previous?.text ?? '').trim() } }
      return { code: 'mermaid-task-no-name', params: { example: EXAMPLE_TASK } }
    case 'INVALID':
      return token.text === ';' ? { code: 'mermaid-semicolon' } : { code: 'mermaid-unexpected', params: { text: token.text.trim() } }
    case 'journey':
      return { code: 'mermaid-journey-again' }
    case '$end':
      if (condition === 'acc_descr_multiline') return { code: 'mermaid-description-unclosed' }
      return { code: 'mermaid-ends-early' }
    case 'LEXICAL_ERROR':
      return { code: 'mermaid-unrecognised', params: { text: token.text.trim() } }
    default:
      return { code: 'mermaid-unexpected', params: { text: token.text.trim() } }
  }
}
