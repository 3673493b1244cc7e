import type { CliIo } from './cli-io'

export type FlagValue = string | boolean | undefined

/** What every command receives: its positional arguments and parsed options. */
export interface CommandContext {
  io: CliIo
  args: string[]
  flags: Record<string, FlagValue>
}

export interface CommandSpec {
  name: string
  usage: string
  summary: string
  /** Options the command accepts, by long name; `true` means it takes a value. */
  options: Record<string, boolean>
  minArgs: number
  maxArgs: number
  runAsync(context: CommandContext): Promise<number>
}
