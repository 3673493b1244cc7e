import fc from 'fast-check'
import { parseArgs } from 'node:util'
import { describe, expect, it } from 'vitest'

import { COMMANDS } from '../../src/cli/commands'
import { commandLineProblem, optionProblem } from '../../src/cli/option-problem'
import { propertyRuns } from '../support/property-runs'

const exportSpec = COMMANDS.find((command) => command.name === 'export')!

/** Node's strict parse of a command line, as the command line runs it: its error code, or undefined when it reads it. */
function nodeRefusal(spec: (typeof COMMANDS)[number], argv: readonly string[]): string | undefined {
  const options: Record<string, { type: 'string' | 'boolean' }> = {}
  for (const [name, takesValue] of Object.entries(spec.options)) options[name] = { type: takesValue ? 'string' : 'boolean' }
  try {
    parseArgs({ args: [...argv], options, allowPositionals: true, strict: true })
    return undefined
  } catch (error) {
    return (error as { code?: string }).code ?? 'no code'
  }
}

describe('optionProblem', () => {
  // Every way Node's parser refuses an option (the two codes it gives for a command line with
  // positionals allowed), each with the words it is answered with.
  it.each([
    [['--lanes', 'a'], 'ERR_PARSE_ARGS_UNKNOWN_OPTION', /^unknown option "--lanes"; export takes --raw, --format, /],
    [['-o', 'out.csv'], 'ERR_PARSE_ARGS_UNKNOWN_OPTION', /^unknown option "-o"; export takes /],
    [['-xo'], 'ERR_PARSE_ARGS_UNKNOWN_OPTION', /^unknown option "-x" in "-xo"; export takes /],
    [['-2..2'], 'ERR_PARSE_ARGS_UNKNOWN_OPTION', /^unknown option "-2" in "-2..2"; export takes /],
    [['--constructor'], 'ERR_PARSE_ARGS_UNKNOWN_OPTION', /^unknown option "--constructor"; export takes /],
    [['--out'], 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', /^--out needs a value$/],
    [['--out', '--format', 'csv'], 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', /^--out needs a value$/],
    [['--out', '--'], 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', /^--out needs a value$/],
    [['--scale', '-2..2'], 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', /^--scale needs a value; for one that starts with "-", write --scale=-2\.\.2$/],
    [['--out', '-x'], 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', /^--out needs a value; for one that starts with "-", write --out=-x$/],
    [['--raw=yes'], 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', /^--raw takes no value, got "yes"$/],
    [['--raw='], 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', /^--raw takes no value, got ""$/]
  ] as const)('answers %j, which Node refuses with %s, in words of its own naming the option', (argv, code, words) => {
    expect(nodeRefusal(exportSpec, argv)).toBe(code)
    expect(commandLineProblem(exportSpec, argv)).toMatch(words)
    expect(optionProblem(exportSpec, argv, new Error('Node’s words'))).toMatch(words)
  })

  it('finds a problem in exactly the command lines Node refuses, for every command, and names an option typed in it', () => {
    const words = ['--out', '--format', '--raw', '--json', '--scale', 'csv', 'a', '-', '--', '-x', '-xy', '-2..2', '--raw=yes', '--raw=', '--out=', '--out=-x', '--=x', '---x', '-=', '--Out', '--constructor', '--__proto__']
    fc.assert(
      fc.property(fc.constantFrom(...COMMANDS), fc.array(fc.constantFrom(...words), { maxLength: 5 }), (spec, argv) => {
        const problem = commandLineProblem(spec, argv)
        expect(problem !== undefined, `${spec.name} ${argv.join(' ')}: ${problem}`).toBe(nodeRefusal(spec, argv) !== undefined)
        if (problem === undefined) return
        const named = /^unknown option "([^"]+)"|^(\S+) (?:needs|takes) /.exec(problem)
        const option = named?.[1] ?? named?.[2]
        expect(option !== undefined && argv.some((arg) => arg.startsWith(option)), problem).toBe(true)
      }),
      propertyRuns(300)
    )
  })

  it('keeps the first line of a refusal it cannot explain, said as one', () => {
    expect(optionProblem(exportSpec, ['--out', 'x.csv'], new Error('a refusal of a later Node\nits second line'))).toBe('the options could not be read: a refusal of a later Node')
  })
})
