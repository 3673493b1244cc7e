import { parseArgs } from 'node:util'

import { listText } from '../i18n'
import type { CommandSpec } from './command'

/**
 * What is wrong with a command line that Node's strict parseArgs refused, on one line, found from
 * its tokens rather than read out of Node's words (which run over three lines and suggest `--`
 * for an unknown option). Node refuses an option for one of four reasons, each said here with
 * the option named (see commandLineProblem); its own first line is kept only for a refusal none of
 * them explains, which no command line we know of gives.
 */
export function optionProblem(spec: Pick<CommandSpec, 'name' | 'options'>, argv: readonly string[], refused: Error): string {
  return commandLineProblem(spec, argv) ?? `the options could not be read: ${refused.message.split('\n')[0] ?? ''}`
}

/**
 * The first option of a command line that Node's strict parseArgs refuses, and why, or undefined
 * when it refuses none: one the command does not take (ERR_PARSE_ARGS_UNKNOWN_OPTION; a letter of
 * a group such as `-xy` named with the group), and, as ERR_PARSE_ARGS_INVALID_OPTION_VALUE, one
 * missing its value, one whose value starts with "-" (which needs `--option=value`), or a value
 * for a flag that takes none.
 */
export function commandLineProblem(spec: Pick<CommandSpec, 'name' | 'options'>, argv: readonly string[]): string | undefined {
  const takes = Object.entries(spec.options)
  const { tokens } = parseArgs({ args: [...argv], options: {}, allowPositionals: true, strict: false, tokens: true })
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const option = token.rawName
    // Own options only: `--constructor` is no option, whatever every object inherits.
    const takesValue = Object.prototype.hasOwnProperty.call(spec.options, token.name) ? spec.options[token.name] : undefined
    if (takesValue === undefined) {
      const known = takes.map(([name]) => `--${name}`)
      const typed = argv[token.index]
      const where = !token.inlineValue && typed !== undefined && typed !== option ? ` in "${typed}"` : ''
      return `unknown option "${option}"${where}; ${spec.name} ${known.length === 0 ? 'takes no options' : `takes ${listText('en', known)}`}`
    }
    // Parsed without the command's options, every option's value is inline (`--out=x`) or not there at all.
    const value = token.value ?? nextValue(argv, token.index)
    if (takesValue && (value === undefined || (!token.inlineValue && value.startsWith('--')))) return `${option} needs a value`
    // As Node's parser reads it: "-" alone (standard input or output) is a value, "-2..2" looks like an option.
    if (takesValue && !token.inlineValue && value !== undefined && value.length > 1 && value.startsWith('-')) {
      return `${option} needs a value; for one that starts with "-", write ${option}=${value}`
    }
    if (!takesValue && token.inlineValue === true) return `${option} takes no value, got "${token.value ?? ''}"`
  }
  return undefined
}

/** The argument after an option, as the option's value would be read (none after `--`). */
function nextValue(argv: readonly string[], index: number): string | undefined {
  const next = argv[index + 1]
  return next === '--' ? undefined : next
}
