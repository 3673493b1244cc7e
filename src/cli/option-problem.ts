import { parseArgs } from 'node:util'

import { listText } from '../i18n'
import type { CommandSpec } from './command'

/**
 * What is wrong with a command line that Node's strict parseArgs refused, on one line, found from
 * its tokens rather than read out of Node's words (which run over three lines and suggest `--`
 * for an unknown option): the first option the command does not take, one missing its value, a
 * value that starts with "-" (which needs `--option=value`), or a value for a flag that takes none.
 */
export function optionProblem(spec: Pick<CommandSpec, 'name' | 'options'>, argv: readonly string[], refused: Error): string {
  const takes = Object.entries(spec.options)
  const { tokens } = parseArgs({ args: [...argv], options: {}, allowPositionals: true, strict: false, tokens: true })
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const option = token.rawName
    // Own options only: `--constructor` is no option, whatever every object inherits.
    const takesValue = Object.prototype.hasOwnProperty.call(spec.options, token.name) ? spec.options[token.name] : undefined
    if (takesValue === undefined) {
      const known = takes.map(([name]) => `--${name}`)
      return `unknown option "${option}"; ${spec.name} ${known.length === 0 ? 'takes no options' : `takes ${listText('en', known)}`}`
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
  return refused.message.split('\n')[0] ?? ''
}

/** The argument after an option, as the option's value would be read (none after `--`). */
function nextValue(argv: readonly string[], index: number): string | undefined {
  const next = argv[index + 1]
  return next === '--' ? undefined : next
}
