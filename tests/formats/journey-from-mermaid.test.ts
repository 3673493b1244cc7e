import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  journeyFromMermaid,
  journeyToMermaid,
  journeyToMermaidDiagram,
  type MermaidDiagram,
  mermaidSafeText,
  parseMermaidJourney,
  renderMermaidDiagram
} from '../../src/formats'
import type { Journey } from '../../src/model'

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
  it('maps sections to stages, tasks to scored touchpoints and people to personas', () => {
    const { journey, warnings } = imported(DOCS_EXAMPLE)
    expect(warnings).toEqual([])
    expect(journey.title).toBe('My working day')
    expect(journey.id).toBe('my-working-day')
    expect(journey.stages.map((s) => [s.id, s.name])).toEqual([
      ['stage-1', 'Go to work'],
      ['stage-2', 'Go home']
    ])
    expect(journey.lanes).toEqual([{ id: 'touchpoints', name: 'Touchpoints', kind: 'touchpoints' }])
    expect(journey.emotionScale).toEqual({ min: -2, max: 2, per: 'touchpoint' })
    // 1..5 onto -2..2: 5 -> 2, 3 -> 0, 1 -> -2.
    expect(journey.items.map((i) => [i.stageId, i.text, i.score])).toEqual([
      ['stage-1', 'Make tea', 2],
      ['stage-1', 'Go upstairs', 0],
      ['stage-1', 'Do work', -2],
      ['stage-2', 'Go downstairs', 2],
      ['stage-2', 'Sit down', 2]
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
    expect(imported('journey\naccTitle: Acc\naccDescr: Why we map\nsection S\n').journey).toMatchObject({ title: 'Acc', scenario: 'Why we map' })
  })

  it('warns about every guess: no title, no people, scores outside 1–5 or not numbers, an upper-case keyword', () => {
    const { journey, warnings } = imported('JOURNEY\nsection S\nA: 9\nB: abc\nC: -1\n')
    expect(warnings).toEqual([
      'line 1: Mermaid itself would not draw this: the first word must be "journey" in lower case',
      'title: the diagram has no title; using "Imported journey"',
      'personas: the diagram names no people; the persona is "Customer"',
      "tasks: scores run from -1 to 9, beyond Mermaid's 1 to 5; that whole range is mapped onto -2 to 2",
      'line 4: the task "B" has no numeric score, so it has none'
    ])
    expect(journey.items.map((i) => i.score)).toEqual([2, undefined, -2])
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

  it('imports every case Mermaid accepts, and exports it back to the same sections, tasks and scores', () => {
    for (const name of readdirSync(CASES).sort()) {
      const source = readFileSync(path.join(CASES, name), 'utf8')
      const parsed = parseMermaidJourney(source)
      const result = journeyFromMermaid(source)
      expect(result.ok, name).toBe(parsed.ok)
      if (!parsed.ok || !result.ok) continue
      const back = parseMermaidJourney(journeyToMermaid(result.value))
      if (!back.ok) throw new Error(`${name}: ${JSON.stringify(back.problems)}`)
      const original = parsed.value
      expect(back.value.tasks.map((t) => t.task), name).toEqual(original.tasks.map((t) => mermaidSafeText(t.task, 'task')))
      const unsectioned = original.tasks.some((t) => t.sectionIndex < 0) || original.sections.length === 0
      expect(back.value.sections, name).toEqual([
        ...(unsectioned ? ['Before the first section'] : []),
        ...original.sections.map((s, i) => mermaidSafeText(s === '' ? `Section ${i + 1}` : s, 'section'))
      ])
      const inMermaidRange = original.tasks.every((t) => Number.isInteger(t.score) && t.score >= 1 && t.score <= 5)
      if (inMermaidRange) expect(back.value.tasks.map((t) => t.score), name).toEqual(original.tasks.map((t) => t.score))
      const people = new Set(original.actors.filter((actor) => actor !== ''))
      if (people.size <= 1) {
        const person = mermaidSafeText([...people][0] ?? 'Customer', 'person')
        expect(back.value.tasks.every((t) => t.people.length === 1 && t.people[0] === person), name).toBe(true)
      }
    }
  })
})

describe('Mermaid → journey → Mermaid', () => {
  const unit = fc.constantFrom('a', 'Z', 'é', '7', ' ', '-', '.', '(', ')', '!', '?', '用户', '😀', 'tea')
  const safe = fc
    .string({ unit, minLength: 1, maxLength: 12 })
    .map((s) => s.trim())
    .filter((s) => s !== '' && mermaidSafeText(s, 'task') === s)
  const diagram: fc.Arbitrary<MermaidDiagram> = fc
    .record({
      title: safe,
      accDescr: fc.option(safe, { nil: null }),
      person: safe,
      sections: fc.array(fc.record({ name: safe, tasks: fc.array(fc.record({ task: safe, score: fc.integer({ min: 1, max: 5 }) }), { maxLength: 4 }) }), {
        minLength: 1,
        maxLength: 4
      })
    })
    .map(({ person, sections, ...rest }) => ({
      ...rest,
      sections: sections.map((section) => ({ ...section, tasks: section.tasks.map((task) => ({ ...task, people: [person] })) }))
    }))

  it('is the identity on one-person diagrams with 1–5 scores', () => {
    fc.assert(
      fc.property(diagram, (d) => {
        const result = journeyFromMermaid(renderMermaidDiagram(d))
        expect(result.ok).toBe(true)
        if (result.ok) expect(journeyToMermaidDiagram(result.value)).toEqual(d)
      })
    )
  })
})
