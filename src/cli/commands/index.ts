import type { CommandSpec } from '../command'

/**
 * Every command, in the order `journeyboard help` lists them. Each loads its code when it runs, so a
 * run loads only what its command needs (the built CLI keeps each command in a chunk of its own).
 */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'templates',
    usage: 'templates [--json]',
    summary: 'list template ids, titles, personas, stage and lane ids, and locales',
    options: { json: false },
    minArgs: 0,
    maxArgs: 0,
    runAsync: async (context) => (await import('./templates-command')).templatesCommandAsync(context)
  },
  {
    name: 'template',
    usage: 'template <id> [--persona <id>] [--locale <code>] [--stages <ids>] [--lanes <ids>]',
    summary: 'print a journey file made from a template (stage and lane ids comma-separated, in order)',
    options: { persona: true, locale: true, stages: true, lanes: true },
    minArgs: 1,
    maxArgs: 1,
    runAsync: async (context) => (await import('./template-command')).templateCommandAsync(context)
  },
  {
    name: 'validate',
    usage: 'validate <file>',
    summary: 'check a journey file; list every problem with its path',
    options: {},
    minArgs: 1,
    maxArgs: 1,
    runAsync: async (context) => (await import('./validate-command')).validateCommandAsync(context)
  },
  {
    name: 'board',
    usage: 'board <template-id | journey-file> [--persona <id>] [--locale <code>] [--stages <ids>] [--from csv|mermaid|json] --out <board.json>',
    summary: 'draw the board with the plugin\'s generator on the FigJam emulator; write it as Figma REST JSON',
    options: { out: true, from: true, persona: true, locale: true, stages: true },
    minArgs: 1,
    maxArgs: 1,
    runAsync: async (context) => (await import('./board-command')).boardCommandAsync(context)
  },
  {
    name: 'read',
    usage: 'read <board.json | folder>... [--section <name or id>] [--format json|jsonl|csv] [--explain] [--out <file>]',
    summary:
      'read boards exported through the Figma REST API back into journeys: one board gives its journey file, ' +
      'several files, boards or a folder give JSON Lines or one CSV with file and board columns (warnings on stderr); ' +
      '--explain also tells on stderr how each item was placed and how sure that is, least sure first, and the top votes',
    options: { section: true, out: true, format: true, explain: false },
    minArgs: 1,
    maxArgs: Number.POSITIVE_INFINITY,
    runAsync: async (context) => (await import('./read-command')).readCommandAsync(context)
  },
  {
    name: 'diff',
    usage: 'diff <board.json> <journey-file> [--json] [--board <id or name>] [--from csv|mermaid|json]',
    summary: 'what syncing an exported board to the journey would change: data changes, kept board edits, conflicts',
    options: { json: false, board: true, from: true },
    minArgs: 2,
    maxArgs: 2,
    runAsync: async (context) => (await import('./diff-command')).diffCommandAsync(context)
  },
  {
    name: 'sync',
    usage: 'sync <board.json> <journey-file> --out <new-board.json> [--resolve board|data|keep-both] [--board <id or name>] [--from csv|mermaid|json]',
    summary: 'update an exported board from the journey, keeping people\'s edits; conflicts need --resolve',
    options: { out: true, resolve: true, board: true, from: true },
    minArgs: 2,
    maxArgs: 2,
    runAsync: async (context) => (await import('./sync-command')).syncCommandAsync(context)
  },
  {
    name: 'export',
    usage: 'export <journey> --format json|csv|md|mermaid [--persona <id>] [--locale <code>] [--stages <ids>] [--from csv|mermaid|json] [--localized-header] [--raw] [--scale <min..max>] [--curve <id>] [--out <file>]',
    summary:
      'export a journey (file or template id) as a journey file, CSV, Markdown report or Mermaid diagram (one per curve, by --curve); --localized-header names the CSV columns in the journey\'s language; ' +
      'CSV cells a spreadsheet would run as formulas get a leading \' unless --raw; --scale moves every score onto another emotion scale',
    options: { raw: false, format: true, out: true, from: true, persona: true, locale: true, stages: true, 'localized-header': false, scale: true, curve: true },
    minArgs: 1,
    maxArgs: 1,
    runAsync: async (context) => (await import('./export-command')).exportCommandAsync(context)
  },
  {
    name: 'import',
    usage: 'import <file> [--from csv|mermaid|json] [--scale <min..max>] [--out <file>]',
    summary: 'read a journey from CSV, Mermaid or JSON (detected when --from is absent) and print the journey file',
    options: { from: true, out: true, scale: true },
    minArgs: 1,
    maxArgs: 1,
    runAsync: async (context) => (await import('./import-command')).importCommandAsync(context)
  },
  {
    name: 'report',
    usage: 'report <board.json | journey-file | template-id | folder>... --out <report.html>',
    summary:
      'one self-contained HTML page for stakeholders: per journey the emotion curves of every board overlaid, a heat strip of pains, delights and moments of truth, top-voted items, what rests on assumptions, opportunities with owners',
    options: { out: true },
    minArgs: 1,
    maxArgs: Number.POSITIVE_INFINITY,
    runAsync: async (context) => (await import('./report-command')).reportCommandAsync(context)
  },
  {
    name: 'render',
    usage: 'render <template-id | journey-file | board.json> [--persona <id>] [--locale <code>] [--stages <ids>] [--from csv|mermaid|json] [--width <px>] [--out <board.svg|.png>]',
    summary: 'draw the board as FigJam shows it, as SVG (PNG with @resvg/resvg-js); a journey is first drawn on the FigJam emulator',
    options: { out: true, from: true, persona: true, locale: true, stages: true, width: true },
    minArgs: 1,
    maxArgs: 1,
    runAsync: async (context) => (await import('./render-command')).renderCommandAsync(context)
  },
  {
    name: 'schema',
    usage: 'schema',
    summary: 'print the JSON Schema of the journey file',
    options: {},
    minArgs: 0,
    maxArgs: 0,
    runAsync: async (context) => (await import('./schema-command')).schemaCommandAsync(context)
  }
]
