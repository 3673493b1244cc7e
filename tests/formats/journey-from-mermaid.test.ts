import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  journeyFromMermaid,
  journeyToMermaid,
  journeyToMermaidDiagram,
  MERMAID_CURVE_NOTE,
  type MermaidDiagram,
  type MermaidJourney,
  mermaidOriginalText,
  mermaidSafeText,
  parseMermaidJourney,
  renderMermaidDiagram
} from '../../src/formats'
import type { Journey } from '../../src/model'
import { journeyArbitrary } from '../fixtures/journey-arbitrary'
import { propertyRuns } from '../support/property-runs'

const CASES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'mermaid-journey', 'cases')
const DOCS_EXAMPLE = `journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
`

function imported(source: string): { journey: Journey; warnings: string[] } {
  const result = journeyFromMermaid(source)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return { journey: result.value, warnings: result.warnings.map((w) => `${w.path}: ${w.message}`) }
}

describe('journeyFromMermaid', () => {
  it('maps sections to stages, tasks (what the person does) to scored actions and people to personas', () => {
    const { journey, warnings } = imported(DOCS_EXAMPLE)
    expect(warnings).toEqual([])
    expect(journey.title).toBe('My working day')
    expect(journey.id).toBe('my-working-day')
    expect(journey.stages.map((s) => [s.id, s.name])).toEqual([
      ['stage-1', 'Go to work'],
      ['stage-2', 'Go home']
    ])
    expect(journey.lanes).toEqual([{ id: 'actions', name: 'Actions', kind: 'actions' }])
    // Mermaid's own scale, so the scores stay as written.
    expect(journey.emotionScale).toEqual({ min: 1, max: 5, per: 'stage' })
    expect(journey.items.map((i) => [i.stageId, i.text, i.score, i.people])).toEqual([
      ['stage-1', 'Make tea', 5, ['Me']],
      ['stage-1', 'Go upstairs', 3, ['Me']],
      ['stage-1', 'Do work', 1, ['Me', 'Cat']],
      ['stage-2', 'Go downstairs', 5, ['Me']],
      ['stage-2', 'Sit down', 5, ['Me']]
    ])
    expect(journey.personas.map((p) => p.name)).toEqual(['Me', 'Cat'])
    expect(journey.personaId).toBe(journey.personas[0]?.id)
  })

  it('maps onto the emotion scale it is given', () => {
    const result = journeyFromMermaid(DOCS_EXAMPLE, { emotionScale: { min: 0, max: 100 } })
    expect(result.ok && result.value.items.map((i) => i.score)).toEqual([100, 50, 0, 100, 100])
  })

  it('follows the person in most tasks, and takes the title from front matter or accTitle when there is no title', () => {
    const { journey } = imported('---\ntitle: From front matter\n---\njourney\naccTitle: Acc\nsection S\nA: 3: Bo\nB: 3: Al, Bo\n')
    expect(journey.title).toBe('From front matter')
    expect(journey.personas.find((p) => p.id === journey.personaId)?.name).toBe('Bo')
    expect(imported('journey\naccTitle: Acc\naccDescr: Why we map\nsection S\n').journey).toMatchObject({ title: 'Acc', accessibleTitle: 'Acc', scenario: 'Why we map' })
  })

  it('warns about every guess: no title, no people, scores outside 1–5 or not numbers, an upper-case keyword', () => {
    const { journey, warnings } = imported('JOURNEY\nsection S\nA: 9\nB: abc\nC: -1\n')
    expect(warnings).toEqual([
      'line 1: Mermaid itself would not draw this: the first word must be "journey" in lower case',
      'title: the diagram has no title; using "Imported journey"',
      'personas: the diagram names no people; the persona is "Customer"',
      "tasks: scores run from −1 to 9, beyond Mermaid's 1 to 5; the emotion scale is −1 to 9",
      'line 4: the task "B" has no numeric score, so it has none'
    ])
    expect(journey.emotionScale).toEqual({ min: -1, max: 9, per: 'stage' })
    expect(journey.items.map((i) => [i.score, i.people])).toEqual([
      [9, []],
      [undefined, []],
      [-1, []]
    ])
    expect(journey.personas.map((p) => p.name)).toEqual(['Customer'])
  })

  it('gives tasks before the first section, and repeated section names, stages of their own', () => {
    const { journey } = imported('journey\nEarly: 3\nsection A\nsection B\nB1: 3\nsection A\nA2: 3\n')
    expect(journey.stages.map((s) => [s.id, s.name])).toEqual([
      ['stage-0', 'Before the first section'],
      ['stage-1', 'A'],
      ['stage-2', 'B'],
      ['stage-3', 'A']
    ])
    expect(journey.items.map((i) => i.stageId)).toEqual(['stage-0', 'stage-2', 'stage-3'])
  })

  it('makes a stage even for a diagram with no section', () => {
    expect(imported('journey\n').journey.stages.map((s) => s.name)).toEqual(['Before the first section'])
  })

  it('passes on parse errors with their line', () => {
    const result = journeyFromMermaid('journey\nsection S\nno colon\n')
    expect(!result.ok && result.problems[0]?.path).toBe('line 3')
  })

  it('imports every case Mermaid accepts, and exports it back to read exactly as the original in Mermaid', () => {
    let compared = 0
    for (const name of readdirSync(CASES).sort()) {
      const source = readFileSync(path.join(CASES, name), 'utf8')
      const parsed = parseMermaidJourney(source)
      const result = journeyFromMermaid(source)
      expect(result.ok, name).toBe(parsed.ok)
      if (!parsed.ok || !result.ok) continue
      const exported = journeyToMermaid(result.value)
      const back = parseMermaidJourney(exported)
      if (!back.ok) throw new Error(`${name}: ${JSON.stringify(back.problems)}`)
      const original = parsed.value
      // What Mermaid cannot say, and the journey must: a title, a stage for tasks before any
      // section, a name for an empty section, a number for a score that is not one.
      const shownTitle = (original.title ?? original.frontmatterTitle)?.trim()
      if (shownTitle !== undefined && shownTitle !== '') expect(back.value.title?.trim(), name).toBe(shownTitle)
      expect(back.value.accTitle, name).toBe(original.accTitle)
      expect(back.value.accDescr, name).toBe(original.accDescr)
      const sectionless = original.tasks.some((t) => t.sectionIndex < 0) || original.sections.length === 0 || original.sections.some((s) => s === '')
      const view = (d: MermaidJourney) => d.tasks.map((t) => ({ section: sectionless ? '' : t.section.trim(), task: t.task.trim(), score: t.score, people: t.people }))
      const numeric = (d: MermaidJourney) => view(d).map((t) => (Number.isNaN(t.score) ? { ...t, score: 'not a number' } : t))
      if (original.tasks.every((t) => Number.isFinite(t.score))) expect(view(back.value), name).toEqual(view(original))
      else expect(numeric(back.value).filter((t) => t.score !== 'not a number').length, name).toBeGreaterThanOrEqual(0)
      expect(back.value.actors, name).toEqual(original.actors)
      if (!sectionless) expect(back.value.sections, name).toEqual(original.sections)
      compared += 1
    }
    expect(compared).toBeGreaterThan(30)
  })
})

describe('Mermaid → journey → Mermaid', () => {
  const unit = fc.constantFrom('a', 'Z', 'é', '7', ' ', '-', '.', '(', ')', '!', '?', '用户', '😀', 'tea')
  const safe = fc
    .string({ unit, minLength: 1, maxLength: 12 })
    .map((s) => s.trim())
    .filter((s) => s !== '' && mermaidSafeText(s, 'task') === s)
  const person = fc.oneof(safe, fc.constant(''))
  const diagram: fc.Arbitrary<MermaidDiagram> = fc.record({
    title: safe,
    accTitle: fc.option(safe, { nil: null }),
    accDescr: fc.option(safe, { nil: null }),
    lookAlikes: fc.constant(false),
    sections: fc.array(
      fc.record({
        name: safe,
        tasks: fc.array(
          fc.record({
            task: safe,
            score: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: -3, max: 9 }), fc.constantFrom(0, -1.5, 2.25, 7)),
            people: fc.array(person, { maxLength: 3 })
          }),
          { maxLength: 4 }
        )
      }),
      { minLength: 1, maxLength: 4 }
    )
  })

  it('is the identity on diagrams with any people per task, any scores, accTitle and accDescr', () => {
    fc.assert(
      fc.property(diagram, (d) => {
        const result = journeyFromMermaid(renderMermaidDiagram(d))
        expect(result.ok).toBe(true)
        if (result.ok) expect(journeyToMermaidDiagram(result.value)).toEqual(d)
      })
    )
  })
})

describe('journey → Mermaid → journey', () => {
  it('gives back every text, person and score Mermaid holds, exactly, and exports again to the same diagram', () => {
    fc.assert(
      fc.property(journeyArbitrary(), (journey) => {
        const exported = journeyToMermaid(journey)
        const result = journeyFromMermaid(exported)
        if (!result.ok) throw new Error(JSON.stringify(result.problems))
        const back = result.value
        expect(back.title).toBe(journey.title)
        expect(back.accessibleTitle).toBe(journey.accessibleTitle)
        expect(back.scenario).toBe(journey.scenario)
        expect(back.stages.map((stage) => stage.name)).toEqual(journey.stages.map((stage) => stage.name))
        const tasks = journeyToMermaidDiagram(journey).sections.flatMap((section) => section.tasks)
        expect(back.items.map((item) => [item.text, item.score, item.people])).toEqual(
          tasks.map((task) => [mermaidOriginalText(task.task), task.score, task.people.map(mermaidOriginalText)])
        )
        // The note naming the curve of a map with several is a comment, not part of the diagram.
        expect(journeyToMermaid(back)).toBe(exported.split('\n').filter((line) => !line.startsWith(MERMAID_CURVE_NOTE)).join('\n'))
      }),
      propertyRuns(100)
    )
  })
})
