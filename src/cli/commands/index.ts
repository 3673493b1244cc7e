import type { CommandSpec } from '../command'
import { schemaCommandAsync } from './schema-command'
import { templateCommandAsync } from './template-command'
import { templatesCommandAsync } from './templates-command'
import { validateCommandAsync } from './validate-command'

/** Every command, in the order `journeyboard help` lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'templates',
    usage: 'templates [--json]',
    summary: 'list template ids, titles, personas, stages and locales',
    options: { json: false },
    minArgs: 0,
    maxArgs: 0,
    runAsync: templatesCommandAsync
  },
  {
    name: 'template',
    usage: 'template <id> [--persona <id>] [--locale <code>] [--stages <ids>] [--lanes <ids>]',
    summary: 'print a journey file made from a template (stage and lane ids comma-separated, in order)',
    options: { persona: true, locale: true, stages: true, lanes: true },
    minArgs: 1,
    maxArgs: 1,
    runAsync: templateCommandAsync
  },
  {
    name: 'validate',
    usage: 'validate <file>',
    summary: 'check a journey file; list every problem with its path',
    options: {},
    minArgs: 1,
    maxArgs: 1,
    runAsync: validateCommandAsync
  },
  {
    name: 'schema',
    usage: 'schema',
    summary: 'print the JSON Schema of the journey file',
    options: {},
    minArgs: 0,
    maxArgs: 0,
    runAsync: schemaCommandAsync
  }
]
