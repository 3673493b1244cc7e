import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

import { EXIT_BROKEN_PIPE, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../../src/cli/cli-error'
import { helpText } from '../../src/cli/run-cli'
import { COMMANDS } from '../../src/cli/commands'

/** The README's "Command line" section, up to the next heading. */
function commandLineSection(): string {
  const readme = readFileSync('README.md', 'utf8')
  const start = readme.indexOf('\n## Command line\n')
  expect(start).toBeGreaterThan(0)
  const end = readme.indexOf('\n## ', start + 1)
  return readme.slice(start, end < 0 ? undefined : end)
}

/** The first cell of each row of the section's command table, as written (Markdown's `\|` read as `|`). */
function tableCommands(section: string): string[] {
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => /^\| `(.+?)` \|/.exec(line)?.[1]?.replaceAll('\\|', '|') ?? '')
}

describe('the README\'s command table', () => {
  const section = commandLineSection()
  const rows = tableCommands(section)

  it('gives every command with its usage exactly as `journeyboard help` prints it, in the same order', () => {
    expect(rows.filter((row) => !row.startsWith('help'))).toEqual(COMMANDS.map((command) => command.usage))
    for (const command of COMMANDS) expect(helpText()).toContain(`journeyboard ${command.usage}\n`)
  })

  it('names every option each command takes in its usage', () => {
    for (const command of COMMANDS) {
      const named = [...command.usage.matchAll(/--([a-z-]+)/g)].map((match) => match[1])
      expect(new Set(named), command.name).toEqual(new Set(Object.keys(command.options)))
    }
  })

  it('quotes errors as the command line prints them, after the name of a command there is', () => {
    const quoted = [...section.replaceAll('\n', ' ').matchAll(/`journeyboard ([a-z]+): /g)].map((match) => match[1])
    expect(quoted.length).toBeGreaterThan(2)
    for (const name of quoted) expect(COMMANDS.map((command) => command.name)).toContain(name)
  })

  it('states the exit codes the command line returns, as its help does', () => {
    expect(section).toContain(`**${EXIT_OK}** success; **${EXIT_INVALID}** the input is invalid or unreadable, or an output cannot be written`)
    expect(section).toContain(`**${EXIT_USAGE}** wrong usage`)
    expect(section).toContain(`**${EXIT_BROKEN_PIPE}** the reader of the output went away`)
    const help = helpText()
    expect(help).toContain(`Exit codes: ${EXIT_OK} success, ${EXIT_INVALID} the input is invalid or unreadable, or an output cannot be written`)
    expect(help).toContain(`${EXIT_USAGE} wrong usage, ${EXIT_BROKEN_PIPE} the reader of the output went away`)
  })
})
