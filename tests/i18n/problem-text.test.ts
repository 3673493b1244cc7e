import { describe, expect, it } from 'vitest'

import { importJourney } from '../../src/formats'
import { ENGLISH_PROBLEMS, LANGUAGES, listText, PROBLEM_CATALOGUES, problemText } from '../../src/i18n'
import { type Problem, ProblemCodeSchema, validateJourney } from '../../src/model'

/** The values every code may be given, so each language's words can be filled whole. */
const VALUES = {
  expected: 'number', got: 'string', values: '"current", "future"', n: 2, fields: ['colour', 'notes'], field: 'colour', prefix: 'x-', format: 'email', pattern: '/^a$/',
  id: 'book', colour: '#FFC470', levels: 'assumption, observed', kind: 'notes', sum: 3, count: 2, min: -2, max: 2, score: 5, version: 3, latest: 2,
  detail: 'Unexpected token }', columns: 'stage, lane, text', column: 'channel', width: 3, before: 'Book', now: 'Pick up', line: 4, value: 'fax', options: 'web, phone',
  text: '"Me', rest: 'x', task: 'Pay', example: 'Make tea: 5: Me', lowest: -3, highest: 4, low: -3, high: 4, title: 'My journey', persona: 'Me',
  defaults: 'assumption, observed', board: 'Car rental', problems: 'journey.id: is required', data: '"Reserve"', change: 'text', where: 'sticky 1:7', position: 12, part: 2, parts: 3, role: 'item',
  fonts: 'Inter Medium', error: 'font not found', node: '1:7', created: 12, total: 40,
  ids: 'plan, book', template: 'car-rental', locales: 'en, da', locale: 'fr', units: 'U+D83D'
}

/** Broken inputs of every kind the Import tab and the Create tab meet. */
const BROKEN = [
  '{ "format": "journeyboard", "version": 1, "journey": { "id": "x", } }',
  JSON.stringify({ format: 'miro', version: 'one' }),
  JSON.stringify({ format: 'journeyboard', version: 9, journey: {} }),
  JSON.stringify({
    format: 'journeyboard',
    version: 2,
    journey: {
      id: 'bad id', title: ' ', locale: 'English', colour: 'red', personas: [], stages: [{ id: 's', name: 'S' }, { id: 's', name: 'T', phaseId: 'p' }],
      lanes: [{ id: 'l', name: 'L', kind: 'actor' }, { id: 'm', name: 'M', kind: 'notes', actor: 'customer' }],
      items: [{ id: 'i', stageId: 'x', laneId: 'y', text: 't', score: 9, channel: 'fax', votes: { count: 3, kinds: [{ kind: 'up', count: 1 }] } }],
      links: [{ id: 'k', from: 'i', to: 'i' }], emotionScale: { min: 2, max: 1 }
    }
  }),
  'stage,lane,text\nPlan,Thoughts,Where to?\n,Thoughts,And then?\nPlan,Thoughts,"x" y\n',
  'stage,lane,text,links,votes\nPlan,Thoughts,a,->,x\n',
  'journey\n  title Buying a bike\n  section Choose\n    Compare bikes\n    Test ride: 4: Me\n    Pay at the till\n'
]

function problemsOf(text: string): Problem[] {
  const result = importJourney(text)
  return result.ok ? [] : result.problems
}

describe('what Journeyboard says is wrong with a journey or a file, in every language', () => {
  it.each(LANGUAGES.filter((language) => language !== 'en'))('words every problem in %s, filled whole and not left in English', (language) => {
    for (const code of ProblemCodeSchema.options) {
      for (const n of [1, 2, 5]) {
        const english = problemText(code, { ...VALUES, n }, ENGLISH_PROBLEMS, 'en')
        const said = problemText(code, { ...VALUES, n }, PROBLEM_CATALOGUES[language], language)
        expect(said, code).not.toMatch(/\{\w+\}/)
        expect(said, code).not.toBe(english)
      }
    }
  })

  it('words every code the problems can carry, in English too', () => {
    expect(Object.keys(ENGLISH_PROBLEMS.problems).sort()).toEqual([...ProblemCodeSchema.options].sort())
    // What reading a board back and updating it can run into: the panel words these from their codes too.
    expect(ProblemCodeSchema.options).toEqual(
      expect.arrayContaining(['nothing-selected', 'no-node', 'board-nested-too-deep', 'no-board', 'no-such-board', 'stored-journey-unreadable', 'needs-resolution', 'changed-since-review', 'sync-fonts-failed', 'sync-measure-failed', 'sync-node-left', 'sync-failed', 'sync-failed-not-undone', 'not-on-a-board', 'board-gone', 'board-changed', 'board-busy', 'could-not-read-board', 'cannot-update-board', 'could-not-update-board', 'read-error', 'compare-error', 'draw-fonts-failed', 'draw-measure-failed', 'draw-failed', 'draw-failed-not-removed'])
    )
    for (const language of LANGUAGES) expect(Object.keys(PROBLEM_CATALOGUES[language].problems).sort(), language).toEqual([...ProblemCodeSchema.options].sort())
  })

  it('says, in every language but English, that an error FigJam or the browser threw is given in English', () => {
    const inEnglish = { da: 'på engelsk', fr: 'en anglais', 'zh-Hans': '英文', ru: 'на английском' }
    const thrown = ProblemCodeSchema.options.filter((code) => JSON.stringify(ENGLISH_PROBLEMS.problems[code]).includes('{error}'))
    expect(thrown).toEqual(expect.arrayContaining(['sync-fonts-failed', 'sync-measure-failed', 'sync-failed', 'sync-failed-not-undone', 'read-error', 'compare-error', 'draw-fonts-failed', 'draw-measure-failed', 'draw-failed', 'draw-failed-not-removed']))
    for (const [language, words] of Object.entries(inEnglish) as [keyof typeof inEnglish, string][]) {
      for (const code of thrown) {
        for (const n of [1, 2, 5]) expect(problemText(code, { ...VALUES, n }, PROBLEM_CATALOGUES[language], language), `${language} ${code}`).toContain(`${words}`)
      }
    }
    // English keeps its words as the command line has always shown them.
    expect(problemText('read-error', { error: 'node 1:7 is gone' }, ENGLISH_PROBLEMS, 'en')).toBe('Journeyboard could not read the board: node 1:7 is gone')
  })

  it('writes a list of ids or values as each language writes lists, Chinese with its enumeration comma', () => {
    const options = ['green', 'red']
    const said = Object.fromEntries(LANGUAGES.map((language) => [language, problemText('csv-unknown-flag', { value: 'blue', options }, PROBLEM_CATALOGUES[language], language)]))
    expect(said.en).toBe('unknown flag "blue" (expected green or red, or nothing)')
    expect(said['zh-Hans']).toBe('未知的旗标“blue”（应为 green 或 red，或留空）')
    expect(said.da).toBe('ukendt flag »blue« (skal være green eller red, eller tomt)')
    for (const language of LANGUAGES) expect(said[language], language).toContain(listText(language, options, 'or'))
    // Through the importer, as the Import tab meets it: the options travel as a list, not as English text.
    const read = importJourney('stage,lane,text,flag\nPlan,Thoughts,Where to?,blue\n', 'csv')
    const flag = read.ok ? undefined : read.problems.find((problem) => problem.code === 'csv-unknown-flag')
    expect(flag?.params?.options).toEqual(options)
  })

  it('words the kinds of value a field must be or was given in every language', () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(PROBLEM_CATALOGUES[language].expected)).toEqual(Object.keys(ENGLISH_PROBLEMS.expected))
      expect(Object.keys(PROBLEM_CATALOGUES[language].got)).toEqual(Object.keys(ENGLISH_PROBLEMS.got))
      expect(Object.keys(PROBLEM_CATALOGUES[language].changedSince)).toEqual(Object.keys(ENGLISH_PROBLEMS.changedSince))
    }
    expect(problemText('wrong-type', { expected: 'number', got: 'string' }, PROBLEM_CATALOGUES.fr, 'fr')).toBe('doit être un nombre, pas du texte')
    expect(problemText('min-entries', { n: 2 }, PROBLEM_CATALOGUES.ru, 'ru')).toBe('нужно не меньше 2 элементов')
    expect(problemText('min-entries', { n: 21 }, PROBLEM_CATALOGUES.ru, 'ru')).toBe('нужен хотя бы 21 элемент')
  })

  it('gives every problem a broken file, CSV or diagram meets a code, whose English words are its message (Mermaid’s own report aside), limits the schemas word themselves included', () => {
    const problems = BROKEN.flatMap(problemsOf)
    expect(problems.length).toBeGreaterThan(20)
    for (const found of problems) {
      expect(found.code, found.message).toBeDefined()
      const english = problemText(found.code!, found.params ?? {}, ENGLISH_PROBLEMS, 'en')
      const said = found.cell === undefined ? english : `${found.cell}: ${english}`
      expect(found.message.split('\n')[0], found.path).toBe(said)
    }
  })

  it('gives every guess an import reports a code too, whose English words are its message', () => {
    const guesses = [
      'stage,lane,text,score,colour,evidence,participants\nPlan,Feelings,a,5,red,hunch,P1\n',
      'Journey\n  section Choose\n    Compare bikes: x: \n    Pay: 9: Me\n'
    ].flatMap((text) => {
      const result = importJourney(text)
      return result.ok ? result.warnings : []
    })
    expect(new Set(guesses.map((found) => found.code)).size).toBeGreaterThan(6)
    for (const found of guesses) {
      expect(found.code, found.message).toBeDefined()
      expect(found.message, found.path).toBe(problemText(found.code!, found.params ?? {}, ENGLISH_PROBLEMS, 'en'))
    }
  })

  it('keeps the words a schema gives its own checks as the message, with a code that says the same in any language', () => {
    const result = validateJourney({ id: 'j', title: 'T', personas: [], stages: [{ id: 's', name: 'S' }], lanes: [{ id: 'l', name: 'L', kind: 'notes' }] })
    expect(result.ok ? [] : result.problems).toEqual([{ path: 'personas', message: 'needs at least one persona', code: 'needs-persona', params: {} }])
    const long = validateJourney({ id: 'j'.repeat(121), title: 'T', scenario: 's'.repeat(2001), personas: [{ id: 'p', name: 'P' }], stages: [{ id: 's', name: 'S' }], lanes: [{ id: 'l', name: 'L', kind: 'notes' }] })
    expect(long.ok ? [] : long.problems).toEqual([
      { path: 'id', message: 'must be at most 120 characters', code: 'at-most-characters', params: { n: 120 } },
      { path: 'scenario', message: 'must have at most 2000 characters', code: 'max-characters', params: { n: 2000 } }
    ])
  })

  it('places a problem in a line, column and CSV column as data, the English path and message saying the same', () => {
    const [json] = problemsOf('{\n  "format": "journeyboard",\n  "version": 1,\n  "journey": { "id": "x", }\n}')
    expect(json).toMatchObject({ code: 'not-json', line: 4, path: expect.stringMatching(/^line 4, column \d+$/) as string })
    const csv = problemsOf('stage,lane,text,people\nPlan,Thoughts,a,"[1]"\n')
    expect(csv).toEqual([{ path: 'line 2', line: 2, cell: 'people', code: 'csv-people-names', params: {}, message: 'people: a list of people holds names only, as in ["Me","Partner"]' }])
  })
})
