import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'

import { COMMANDS } from '../../src/cli/commands'
import { runCliAsync } from '../../src/cli/run-cli'
import { journeyFileJsonSchema, parseJourneyFile, validateJourney } from '../../src/model'
import { TEMPLATES } from '../../src/templates'
import { createMemoryIo } from '../support/memory-io'
import { BIN, ensureCliBuiltAsync } from '../support/cli-process'

const run = promisify(execFile)

/** A command's usage line, as wrong usage of it is answered. */
function usageOf(name: string | undefined): string {
  return COMMANDS.find((command) => command.name === name)?.usage ?? ''
}

async function cli(argv: string[], files: Record<string, string> = {}) {
  const io = createMemoryIo(files)
  const code = await runCliAsync(argv, io)
  return { code, out: io.out, err: io.err, io }
}

describe('journeyboard templates', () => {
  it('lists every template with its personas and locales', async () => {
    const { code, out } = await cli(['templates', '--json'])
    expect(code).toBe(0)
    const rows = JSON.parse(out) as { id: string; locales: string[]; personas: unknown[] }[]
    expect(rows.map((r) => r.id)).toEqual(TEMPLATES.map((t) => t.id))
    expect(rows.find((r) => r.id === 'car-rental')?.locales).toEqual(['en', 'da', 'fr', 'zh-Hans', 'ru'])
    expect(rows.find((r) => r.id === 'car-rental')?.personas).toHaveLength(4)
  })

  it('lists each template\'s personas, stages and lanes as the journey schema reads them (the command lists them unchecked)', async () => {
    const rows = JSON.parse((await cli(['templates', '--json'])).out) as { id: string; personas: unknown[]; stages: unknown[]; lanes: unknown[] }[]
    for (const template of TEMPLATES) {
      const checked = validateJourney(template.journey(template.locales[0]!))
      if (!checked.ok) throw new Error(`${template.id}: ${checked.problems[0]?.message}`)
      expect(rows.find((row) => row.id === template.id)).toMatchObject({
        personas: checked.value.personas.map((p) => ({ id: p.id, name: p.name })),
        stages: checked.value.stages.map((s) => ({ id: s.id, name: s.name })),
        lanes: checked.value.lanes.map((l) => ({ id: l.id, name: l.name, kind: l.kind }))
      })
    }
  })

  it('prints a readable list by default', async () => {
    const { code, out } = await cli(['templates'])
    expect(code).toBe(0)
    expect(out).toContain('car-rental')
    expect(out).toContain('personas:')
  })
})

describe('journeyboard template', () => {
  it('prints a valid journey file for the chosen persona, locale and stages', async () => {
    const list = JSON.parse((await cli(['templates', '--json'])).out) as { id: string; personas: { id: string }[]; stages: { id: string }[] }[]
    const carRental = list.find((r) => r.id === 'car-rental')!
    const persona = carRental.personas[1]!.id
    const stages = [carRental.stages[3]!.id, carRental.stages[0]!.id]
    const { code, out, err } = await cli(['template', 'car-rental', '--persona', persona, '--locale', 'da', '--stages', stages.join(',')])
    expect(err).toBe('')
    expect(code).toBe(0)
    const parsed = parseJourneyFile(JSON.parse(out))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.value.locale).toBe('da')
    expect(parsed.value.personaId).toBe(persona)
    expect(parsed.value.stages.map((s) => s.id)).toEqual(stages)
  })

  it('names an unknown template, persona or stage', async () => {
    const unknownTemplate = await cli(['template', 'spaceship'])
    expect(unknownTemplate.code).toBe(1)
    expect(unknownTemplate.err).toBe(`journeyboard template: no template "spaceship"; the template id must be one of car-rental, moving-house, ikea, workshop-swimlane, service-blueprint or blank\n`)
    const unknownPersona = await cli(['template', 'car-rental', '--persona', 'nobody'])
    expect(unknownPersona.code).toBe(1)
    expect(unknownPersona.err).toBe(`journeyboard template: the template "car-rental" has no persona "nobody"; --persona must be one of family, new-car-month, commuter or business-traveller\n`)
    const unknownStage = await cli(['template', 'car-rental', '--stages', 'warp-drive'])
    expect(unknownStage.code).toBe(1)
    expect(unknownStage.err).toMatch(/^journeyboard template: the template "car-rental" has no stage "warp-drive"; --stages must be one of [a-z-]+(, [a-z-]+)+ or [a-z-]+\n$/)
    expect(unknownStage.err).not.toContain('give a name')
    const unknownStages = await cli(['template', 'car-rental', '--stages', 'plan,warp-drive,time-travel'])
    expect(unknownStages.err).toMatch(/^journeyboard template: the template "car-rental" has no stage "warp-drive" or "time-travel"; --stages must be one of /)
  })

  it('names the option a wrong choice was typed in, not the field it fills', async () => {
    const noLane = await cli(['template', 'car-rental', '--lanes', ','])
    expect([noLane.code, noLane.err]).toEqual([1, 'journeyboard template: --lanes: keep at least one lane\n'])
    const twice = await cli(['template', 'car-rental', '--stages', 'plan,plan'])
    expect(twice.err).toBe('journeyboard template: --stages: stage "plan" is chosen more than once\n')
  })

  it('refuses a persona, lane or locale the template lacks in the words every refused choice uses, the ids there are as alternatives', async () => {
    const lanes = (JSON.parse((await cli(['templates', '--json'])).out) as { id: string; lanes: { id: string }[] }[]).find((row) => row.id === 'car-rental')!.lanes.map((lane) => lane.id)
    const oneOf = (option: string, ids: readonly string[]): string => `${option} must be one of ${ids.slice(0, -1).join(', ')} or ${ids.at(-1)}`
    const unknownLanes = await cli(['template', 'car-rental', '--lanes', `${lanes[0]},moods,feelings`])
    expect([unknownLanes.code, unknownLanes.err]).toEqual([1, `journeyboard template: the template "car-rental" has no lane "moods" or "feelings"; ${oneOf('--lanes', lanes)}\n`])
    const locale = await cli(['template', 'car-rental', '--locale', 'de'])
    expect([locale.code, locale.err]).toEqual([1, 'journeyboard template: the template "car-rental" is not written in "de"; --locale must be one of en, da, fr, zh-Hans or ru\n'])
    // Each wrong choice on a line of its own, as the template finds them.
    const both = await cli(['template', 'car-rental', '--persona', 'nobody', '--lanes', 'moods'])
    expect(both.err).toBe(
      `journeyboard template: the template "car-rental" has no persona "nobody"; ${oneOf('--persona', ['family', 'new-car-month', 'commuter', 'business-traveller'])}\n` +
        `the template "car-rental" has no lane "moods"; ${oneOf('--lanes', lanes)}\n`
    )
  })

  it('reads a language tag in any case, as BCP 47 does', async () => {
    for (const [typed, locale] of [['RU', 'ru'], ['zh-hans', 'zh-Hans']]) {
      const { code, out } = await cli(['template', 'car-rental', '--locale', typed!])
      expect(code).toBe(0)
      expect((JSON.parse(out) as { journey: { locale: string } }).journey.locale).toBe(locale)
    }
  })

  it('answers the same for a template drawn, rendered or exported: the stage ids there are, the option named', async () => {
    for (const command of [['export', 'car-rental', '--format', 'csv'], ['render', 'car-rental']]) {
      const unknown = await cli([...command, '--stages', 'plan,warp-drive'])
      expect([unknown.code, unknown.err]).toEqual([1, `journeyboard ${command[0]}: the template "car-rental" has no stage "warp-drive"; --stages must be one of plan, research, book, pickup, support, return or home\n`])
      const persona = await cli([...command, '--persona', 'nobody'])
      expect(persona.err).toMatch(new RegExp(`^journeyboard ${command[0]}: the template "car-rental" has no persona "nobody"; --persona must be one of family, `))
    }
  })
})

describe('an option given a value it does not take', () => {
  it('is refused in one form for every option, its values listed as alternatives (a, b or c), before any file is read', async () => {
    // The files named do not exist: each refusal comes from the option alone, as wrong usage (exit 2).
    const refusals: [string[], string][] = [
      [['export', 'car-rental', '--format', 'xml'], '--format must be one of json, csv, md or mermaid, got "xml"'],
      [['read', 'board.json', '--format', 'xml'], '--format must be one of json, jsonl or csv, got "xml"'],
      [['import', 'journey.txt', '--from', 'xml'], '--from must be one of json, csv or mermaid, got "xml"'],
      [['diff', 'board.json', 'journey.txt', '--from', 'xml'], '--from must be one of json, csv or mermaid, got "xml"'],
      [['sync', 'board.json', 'journey.txt', '--out', 'new.json', '--from', 'xml'], '--from must be one of json, csv or mermaid, got "xml"'],
      [['sync', 'board.json', 'journey.txt', '--out', 'new.json', '--resolve', 'mine'], '--resolve must be one of board, data or keep-both, got "mine"']
    ]
    for (const [argv, message] of refusals) {
      const refused = await cli(argv)
      expect([refused.code, refused.err], argv.join(' ')).toEqual([2, `journeyboard ${argv[0]}: ${message}\nUsage: journeyboard ${usageOf(argv[0])}\n`])
      expect(refused.out).toBe('')
    }
  })
})

describe('an option the command does not take, or given without its value', () => {
  it('is one line naming the option and what to do, the command\'s options listed for an unknown one', async () => {
    const exportOptions = Object.keys(COMMANDS.find((command) => command.name === 'export')?.options ?? {}).map((name) => `--${name}`)
    expect(exportOptions).toContain('--format')
    const refusals: [string[], string][] = [
      [['export', 'car-rental', '--lanes', 'a'], `unknown option "--lanes"; export takes ${exportOptions.slice(0, -1).join(', ')} and ${exportOptions.at(-1)}`],
      [['schema', '--json'], 'unknown option "--json"; schema takes no options'],
      // A letter of a group of short options is named with the group it was typed in.
      [['export', 'car-rental', '-xo'], `unknown option "-x" in "-xo"; export takes ${exportOptions.slice(0, -1).join(', ')} and ${exportOptions.at(-1)}`],
      [['render', 'car-rental', '--out'], '--out needs a value'],
      [['export', 'car-rental', '--out', '--format', 'csv'], '--out needs a value'],
      // Node's parser reads "-2..2" as an option of its own: the message says how to write it.
      [['export', 'car-rental', '--scale', '-2..2'], '--scale needs a value; for one that starts with "-", write --scale=-2..2'],
      [['templates', '--json=yes'], '--json takes no value, got "yes"'],
      // A name every object inherits is no option of the command.
      [['export', 'car-rental', '--constructor'], `unknown option "--constructor"; export takes ${exportOptions.slice(0, -1).join(', ')} and ${exportOptions.at(-1)}`],
      [['export', 'car-rental', '--toString', 'x'], `unknown option "--toString"; export takes ${exportOptions.slice(0, -1).join(', ')} and ${exportOptions.at(-1)}`],
      // "-" alone is a value (standard output): the option refused is the one after it.
      [['export', 'car-rental', '--out', '-', '--lanes'], `unknown option "--lanes"; export takes ${exportOptions.slice(0, -1).join(', ')} and ${exportOptions.at(-1)}`]
    ]
    for (const [argv, message] of refusals) {
      const refused = await cli(argv)
      expect([refused.code, refused.err], argv.join(' ')).toEqual([2, `journeyboard ${argv[0]}: ${message}\nUsage: journeyboard ${usageOf(argv[0])}\n`])
    }
    // As the message says: the value written with "=" is read.
    expect((await cli(['export', 'car-rental', '--scale=-2..2', '--format', 'csv'])).code).toBe(0)
  })
})

describe('an option given twice, or standard input named twice', () => {
  it('refuses an option with a value given twice, naming both, rather than let the last one win; a flag given twice is the flag', async () => {
    for (const [argv, message] of [
      [['export', 'car-rental', '--format', 'csv', '--format', 'md'], '--format is given twice ("csv", then "md"); give it once'],
      [['export', 'car-rental', '--out=a.csv', '--format', 'csv', '--out', 'b.csv'], '--out is given twice ("a.csv", then "b.csv"); give it once'],
      [['diff', '-', '-'], '"-" (standard input) is given twice; it can be read only once'],
      [['read', 'a.json', '-', '-'], '"-" (standard input) is given twice; it can be read only once']
    ] as [string[], string][]) {
      const refused = await cli(argv)
      expect([refused.code, refused.err, refused.out], argv.join(' ')).toEqual([2, `journeyboard ${argv[0]}: ${message}\nUsage: journeyboard ${usageOf(argv[0])}\n`, ''])
      expect(refused.io.files.size).toBe(0)
    }
    expect((await cli(['templates', '--json', '--json'])).code).toBe(0)
  })

  it('refuses --from with a template id rather than ignore it, as --persona with a file is', async () => {
    for (const command of [['export', 'car-rental', '--format', 'csv'], ['board', 'car-rental', '--out', 'board.json'], ['render', 'car-rental']]) {
      const refused = await cli([...command, '--from', 'csv'])
      expect([refused.code, refused.err]).toEqual([2, `journeyboard ${command[0]}: --from applies to journey files; "car-rental" is a template id\nUsage: journeyboard ${usageOf(command[0])}\n`])
    }
  })
})

describe('standard output and input named "-"', () => {
  it('writes to standard output for --out -, as Unix tools do, where it wrote a file named "-"', async () => {
    const csv = await cli(['export', 'car-rental', '--format', 'csv', '--out', '-'])
    expect([csv.code, csv.err]).toEqual([0, ''])
    expect(csv.out).toBe((await cli(['export', 'car-rental', '--format', 'csv'])).out)
    const board = await cli(['board', 'ikea', '--out', '-'])
    expect(board.code).toBe(0)
    expect((JSON.parse(board.out) as { document: { type: string } }).document.type).toBe('DOCUMENT')
    expect(board.err).toMatch(/^standard output: board "Buying a wardrobe at IKEA" with /)
    const svg = await cli(['render', 'ikea', '--out', '-'])
    expect([svg.code, svg.out.startsWith('<svg')]).toEqual([0, true])
    // The board alone on standard output; what changed goes to stderr beside the summary.
    const journey = (await cli(['template', 'ikea'])).out
    const sync = await cli(['sync', 'board.json', 'ikea.json', '--out', '-'], { 'board.json': board.out, 'ikea.json': journey })
    expect(sync.code).toBe(0)
    expect((JSON.parse(sync.out) as { document: { type: string } }).document.type).toBe('DOCUMENT')
    expect(sync.err).toMatch(/\nstandard output: board "Buying a wardrobe at IKEA" updated: /)
    for (const run of [csv, board, svg, sync]) expect(run.io.files.has('-')).toBe(false)
  })

  it('names standard input so where a file would be named', async () => {
    const journey = (await cli(['template', 'ikea'])).out
    expect((await cli(['validate', '-'], { '-': journey })).out).toMatch(/^standard input: valid \(/)
  })
})

describe('journeyboard import of a broken Mermaid diagram', () => {
  it('lists every problem on a line of its own, in words with its line, without the parser\'s excerpt', async () => {
    const diagram = 'journey\nsection Before\nBroken task:\nunknown row payload\nsection After\nHealthy task: 5: Alice\n'
    const { code, err } = await cli(['import', 'broken.mmd'], { 'broken.mmd': diagram })
    expect(code).toBe(1)
    expect(err).toBe(
      [
        'journeyboard import: "broken.mmd" is not a valid mermaid journey:',
        'line 3: the task "Broken task" has nothing after its colon; give it a score, e.g. "Broken task: 3"',
        'line 4: the task "unknown row payload" needs a colon and a score, e.g. "unknown row payload: 3"',
        ''
      ].join('\n')
    )
  })
})

describe('journeyboard <command> --help', () => {
  it('prints that command\'s usage on stdout and exits 0, for every command, as --help, -h and help <command>', async () => {
    for (const command of COMMANDS) {
      for (const argv of [[command.name, '--help'], [command.name, '-h'], ['help', command.name], [command.name, 'some-file.json', '--out', 'x', '--help']]) {
        const { code, out, err } = await cli(argv)
        expect([code, err], argv.join(' ')).toEqual([0, ''])
        expect(out).toBe(`Usage: journeyboard ${command.usage}\n\n  ${command.summary}\n\nRun "journeyboard help" for every command and the exit codes.\n`)
      }
    }
  })

  it('reads --help after -- as an argument, and names an unknown command asked about', async () => {
    const afterEnd = await cli(['validate', '--', '--help'])
    expect(afterEnd.code).toBe(1)
    expect(afterEnd.err).toContain('cannot read "--help"')
    const unknown = await cli(['help', 'frobnicate'])
    const commands = COMMANDS.map((command) => command.name)
    const oneOf = `a command must be one of ${commands.slice(0, -1).join(', ')} or ${commands.at(-1)}`
    expect([unknown.code, unknown.err]).toEqual([2, `journeyboard: unknown command "frobnicate"; ${oneOf}\nRun "journeyboard help" for usage.\n`])
    expect((await cli(['valdate', 'a.json'])).err).toBe(`journeyboard: unknown command "valdate"; ${oneOf}\nRun "journeyboard help" for usage.\n`)
    expect((await cli(['help', '--help'])).out).toContain('Usage:\n')
  })
})

describe('journeyboard validate', () => {
  it('exits 0 for a valid file', async () => {
    const file = (await cli(['template', 'ikea'])).out
    const { code, out } = await cli(['validate', 'ikea.json'], { 'ikea.json': file })
    expect(code).toBe(0)
    expect(out).toMatch(/^ikea\.json: valid \(\d+ stages/)
  })

  it('exits 1 and lists every problem with its path', async () => {
    const file = JSON.parse((await cli(['template', 'ikea'])).out)
    file.journey.stages[2].name = ''
    file.journey.items[0].stageId = 'nowhere'
    const { code, err } = await cli(['validate', 'bad.json'], { 'bad.json': JSON.stringify(file) })
    expect(code).toBe(1)
    expect(err).toContain('journeyboard validate: "bad.json" has 2 problems:\n')
    expect(err).toContain('stages[2].name: must not be empty')
    expect(err).toContain('items[0].stageId: no stage has id "nowhere"')
  })

  it('gives one clear line for unreadable or non-JSON input', async () => {
    const missing = await cli(['validate', 'nope.json'])
    expect(missing.code).toBe(1)
    expect(missing.err).toBe('journeyboard validate: cannot read "nope.json": no such file\n')
    const notJson = await cli(['validate', 'x.json'], { 'x.json': 'journey: yes' })
    expect(notJson.code).toBe(1)
    expect(notJson.err.trim().split('\n')).toHaveLength(1)
    expect(notJson.err).toMatch(/^journeyboard validate: "x\.json" is not valid JSON: /)
  })
})

describe('journeyboard schema and usage', () => {
  it('prints the JSON Schema', async () => {
    const { code, out } = await cli(['schema'])
    expect(code).toBe(0)
    expect(JSON.parse(out)).toEqual(journeyFileJsonSchema())
  })

  it('exits 2 on wrong usage', async () => {
    expect((await cli(['fly'])).code).toBe(2)
    expect((await cli(['validate'])).code).toBe(2)
    const badOption = await cli(['templates', '--colour'])
    expect(badOption.code).toBe(2)
    expect(badOption.err).toContain('--colour')
    expect((await cli([])).code).toBe(2)
    expect((await cli(['help'])).code).toBe(0)
  })

  it('names the argument missing, or the first one too many, in the usage\'s words, with the command and its usage', async () => {
    const answers: [string[], string][] = [
      [['diff', 'board.json'], 'missing <journey-file>'],
      [['validate'], 'missing <file>'],
      [['read'], 'missing <board.json | folder>'],
      [['validate', 'a.json', 'b.json', 'c.json'], 'unexpected argument "b.json"; validate takes <file>'],
      [['diff', 'a.json', 'b.json', 'c.json'], 'unexpected argument "c.json"; diff takes <board.json> and <journey-file>'],
      [['schema', 'now'], 'unexpected argument "now"; schema takes none']
    ]
    for (const [argv, message] of answers) {
      const refused = await cli(argv)
      expect([refused.code, refused.err], argv.join(' ')).toEqual([2, `journeyboard ${argv[0]}: ${message}\nUsage: journeyboard ${usageOf(argv[0])}\n`])
    }
  })
})

describe('the journeyboard command', () => {
  beforeAll(ensureCliBuiltAsync, 60_000)

  it('runs from the package bin with real files and exit codes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'journeyboard-cli-'))
    const { stdout } = await run('node', [BIN, 'template', 'moving-house'])
    const good = path.join(dir, 'good.json')
    await writeFile(good, stdout)
    const valid = await run('node', [BIN, 'validate', good])
    expect(valid.stdout).toContain('valid')
    const bad = path.join(dir, 'bad.json')
    await writeFile(bad, '{"format":"journeyboard","version":1,"journey":{"id":"x"}}')
    const failure = await run('node', [BIN, 'validate', bad]).catch((error: { code: number; stderr: string }) => error)
    expect(failure).toMatchObject({ code: 1 })
    expect((failure as { stderr: string }).stderr).toContain('title: is required')
  })
})
