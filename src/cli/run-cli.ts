import { parseArgs } from 'node:util'

import { listText } from '../i18n'
import { CliError, errorLines, EXIT_BROKEN_PIPE, EXIT_INVALID, EXIT_OK, EXIT_USAGE, usageError } from './cli-error'
import { type CliIo, STANDARD_INPUT } from './cli-io'
import type { CommandSpec, FlagValue } from './command'
import { COMMANDS } from './commands'
import { oneOfText } from './one-of-text'
import { optionProblem } from './option-problem'
import { repeatedOption } from './repeated-option'
import { usageArguments } from './usage-arguments'
import { VERSION } from './version'

/** Set to see the stack of an unexpected failure. */
export const DEBUG_VARIABLE = 'JOURNEYBOARD_DEBUG'

/**
 * A failure no command expected, in one line. Running out of stack or string space means the input
 * was too large or too deeply nested for this process, which the user can act on.
 */
function describeUnexpected(error: unknown): string {
  if (process.env[DEBUG_VARIABLE] === '1') return `unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
  const message = error instanceof Error ? error.message : String(error)
  if (error instanceof RangeError && /call stack|string length|array length|allocation/i.test(message)) {
    return `the input is too large or too deeply nested to process (${message})`
  }
  return `unexpected failure: ${message.split('\n')[0] ?? ''} (set ${DEBUG_VARIABLE}=1 to see where)`
}

export function helpText(): string {
  return [
    'journeyboard: customer journey maps as data, for FigJam and the command line',
    '',
    'Usage:',
    // Usage lines are long, so each summary goes on its own line beneath its command.
    ...COMMANDS.flatMap((c) => [`  journeyboard ${c.usage}`, `      ${c.summary}`]),
    '  journeyboard help [<command>] | <command> --help | --version',
    '',
    `Exit codes: ${EXIT_OK} success, ${EXIT_INVALID} the input is invalid or unreadable, or an output cannot be written (problems on stderr), ${EXIT_USAGE} wrong usage, ${EXIT_BROKEN_PIPE} the reader of the output went away.`,
    ''
  ].join('\n')
}

/** One command's usage, for `journeyboard <command> --help` and `journeyboard help <command>`. */
export function commandHelpText(spec: CommandSpec): string {
  return [`Usage: journeyboard ${spec.usage}`, '', `  ${spec.summary}`, '', 'Run "journeyboard help" for every command and the exit codes.', ''].join('\n')
}

/** `--help` or `-h` among a command's arguments (before a `--` that ends the options) asks for its usage. */
function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--')
  return (end < 0 ? argv : argv.slice(0, end)).some((arg) => arg === '--help' || arg === '-h')
}

function parseCommandLine(spec: CommandSpec, argv: string[]): { args: string[]; flags: Record<string, FlagValue> } {
  const options: Record<string, { type: 'string' | 'boolean' }> = {}
  for (const [name, takesValue] of Object.entries(spec.options)) options[name] = { type: takesValue ? 'string' : 'boolean' }
  let parsed
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true, tokens: true })
  } catch (error) {
    throw usageError(optionProblem(spec, argv, error as Error))
  }
  const twice = repeatedOption(spec, parsed.tokens)
  if (twice !== undefined) throw usageError(twice)
  const args = parsed.positionals
  // Standard input can be read once: a second "-" would read it empty.
  if (args.filter((arg) => arg === STANDARD_INPUT).length > 1) throw usageError('"-" (standard input) is given twice; it can be read only once')
  const named = usageArguments(spec.usage)
  if (args.length < spec.minArgs) throw usageError(`missing ${(named[args.length] ?? 'argument').replace(/\.\.\.$/, '')}`)
  if (args.length > spec.maxArgs) {
    throw usageError(`unexpected argument "${args[spec.maxArgs] ?? ''}"; ${spec.name} takes ${named.length === 0 ? 'none' : listText('en', named)}`)
  }
  return { args, flags: parsed.values as Record<string, FlagValue> }
}

/** Runs one command line; returns the exit code. Every expected failure is one line on stderr. */
export async function runCliAsync(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined) {
    // Usage asked for by mistake is an error: it goes where errors go.
    io.stderr(helpText())
    return EXIT_USAGE
  }
  const isHelp = (arg: string): boolean => arg === 'help' || arg === '--help' || arg === '-h'
  if (isHelp(name) && rest.every(isHelp)) {
    io.stdout(helpText())
    return EXIT_OK
  }
  if (name === 'version' || name === '--version' || name === '-V') {
    io.stdout(`journeyboard ${VERSION}\n`)
    return EXIT_OK
  }
  const helpOf = name === 'help' && rest.length === 1 ? rest[0] : undefined
  const spec = COMMANDS.find((c) => c.name === (helpOf ?? name))
  try {
    // Refused as every choice is, with the commands there are.
    if (spec === undefined) throw usageError(`unknown command "${helpOf ?? name}"; ${oneOfText('a command', COMMANDS.map((command) => command.name))}`)
    if (helpOf !== undefined || asksForHelp(rest)) {
      io.stdout(commandHelpText(spec))
      return EXIT_OK
    }
    const { args, flags } = parseCommandLine(spec, rest)
    return await spec.runAsync({ io, args, flags })
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(errorLines(spec, error.message, error.exitCode))
      return error.exitCode
    }
    io.stderr(errorLines(spec, describeUnexpected(error)))
    return EXIT_INVALID
  }
}


