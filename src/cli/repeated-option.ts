import type { CommandSpec } from './command'

/** An option as Node's parseArgs reads it from a command line (its `tokens`). */
interface OptionToken {
  kind: string
  name?: string
  rawName?: string
  value?: string
}

/**
 * An option that takes a value given more than once (`--format csv --format md`), which Node's
 * parser lets the last one win silently: which one was meant is the user's to say, so the command
 * is refused naming both values. A flag with no value given twice means what it means once.
 */
export function repeatedOption(spec: Pick<CommandSpec, 'options'>, tokens: readonly OptionToken[]): string | undefined {
  const first = new Map<string, string>()
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined || token.value === undefined) continue
    if (!Object.prototype.hasOwnProperty.call(spec.options, token.name) || spec.options[token.name] !== true) continue
    const before = first.get(token.name)
    if (before !== undefined) return `--${token.name} is given twice ("${before}", then "${token.value}"); give it once`
    first.set(token.name, token.value)
  }
  return undefined
}
