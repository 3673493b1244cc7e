import { formatProblems, type Problem } from '../model/problem'

/** Exit codes, as documented in the README. */
export const EXIT_OK = 0
/** The input was read but is wrong (invalid journey, unreadable or malformed file), or an output cannot be written. */
export const EXIT_INVALID = 1
/** The command line itself is wrong (unknown command or option, a value an option does not take, missing argument, an option or `-` given twice). */
export const EXIT_USAGE = 2
/** What a shell reports for a command stopped by a closed pipe (128 + SIGPIPE). */
export const EXIT_BROKEN_PIPE = 141

/** An expected failure a command reports as one line and an exit code, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_INVALID
  ) {
    super(message)
  }
}

/**
 * Wrong usage. The words say what is wrong alone; the line that names the command, and the usage
 * printed beneath, are added where the command is known (see `errorLines`).
 */
export function usageError(message: string): CliError {
  return new CliError(message, EXIT_USAGE)
}

/** One line on stderr naming the command it came from, as git-like tools do (`journeyboard export: …`). */
export function errorLine(commandName: string | undefined, message: string): string {
  return `journeyboard${commandName === undefined ? '' : ` ${commandName}`}: ${message}\n`
}

/**
 * An error as the command line prints it (see errorLine); wrong usage is followed by the command's
 * usage, or by where to find every command's when the command itself is unknown.
 */
export function errorLines(command: { name: string; usage: string } | undefined, message: string, exitCode = EXIT_INVALID): string {
  const line = errorLine(command?.name, message)
  if (exitCode !== EXIT_USAGE) return line
  return command === undefined ? `${line}Run "journeyboard help" for usage.\n` : `${line}Usage: journeyboard ${command.usage}\n`
}

/**
 * A file that is not what the command needs, with what is wrong in it: one problem on the same
 * line (`"a.csv" is not a valid csv journey: line 2, column 9: …`), several one per line beneath.
 * Each problem is its words and place alone: a parser's own excerpt beneath them (Mermaid's
 * "Parse error on line N" and its row of dashes, which runs the lines together) is left out, as
 * the panel folds it away, so every problem is one line.
 */
export function invalidInputError(heading: string, problems: readonly Problem[]): CliError {
  const lines = problems.map((found) => ({ ...found, message: found.message.split('\n')[0] ?? '' }))
  return new CliError(problems.length === 1 ? `${heading}: ${formatProblems(lines)}` : `${heading}:\n${formatProblems(lines)}`)
}
