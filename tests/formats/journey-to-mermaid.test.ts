import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { journeyToMermaid, journeyToMermaidDiagram, mermaidSafeText, parseMermaidJourney } from '../../src/formats'
import { type Journey, type JourneyInput, validateJourney } from '../../src/model'
import { journeyArbitrary } from '../fixtures/journey-arbitrary'

function journey(input: Omit<JourneyInput, 'id' | 'title' | 'personas'> & Partial<JourneyInput>): Journey {
  const result = validateJourney({ id: 'j', title: 'Trip', personas: [{ id: 'p', name: 'Ana' }], ...input })
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.value
}

describe('journeyToMermaid', () => {
  it('writes diagrams that Mermaid reads back to the same title, sections, tasks, scores and people', () => {
    fc.assert(
      fc.property(journeyArbitrary(), (j) => {
        const diagram = journeyToMermaidDiagram(j)
        const parsed = parseMermaidJourney(journeyToMermaid(j))
        expect(parsed.ok).toBe(true)
        if (!parsed.ok) return
        const back = parsed.value
        expect(back.detectedAsJourney).toBe(true)
        expect(back.directives).toEqual([])
        expect(back.title).toBe(diagram.title)
        expect(back.accDescr).toBe(diagram.accDescr)
        expect(back.sections).toEqual(diagram.sections.map((section) => section.name))
        expect(back.tasks.map(({ section, task, score, people }) => ({ section, task, score, people }))).toEqual(
          diagram.sections.flatMap((section) => section.tasks.map((task) => ({ section: section.name, ...task })))
        )
        expect(back.actors).toEqual([...new Set(diagram.sections.flatMap((s) => s.tasks.flatMap((t) => t.people)))].sort())
      })
    )
  })

  it('keeps plain names unchanged and scores on Mermaid’s 1–5', () => {
    fc.assert(
      fc.property(journeyArbitrary({ text: 'plain' }), (j) => {
        const diagram = journeyToMermaidDiagram(j)
        expect(diagram.title).toBe(j.title)
        expect(diagram.sections.map((section) => section.name)).toEqual(j.stages.map((stage) => stage.name))
        for (const task of diagram.sections.flatMap((section) => section.tasks)) {
          expect([1, 2, 3, 4, 5]).toContain(task.score)
          expect(j.items.some((item) => item.text.trim() === task.task) || task.task === '(no text)').toBe(true)
        }
      })
    )
  })

  it('shows touchpoints, or actions where a stage has none, scored from the item or the stage', () => {
    const j = journey({
      title: 'Rent a car',
      scenario: 'We rent a car\nfor the holiday',
      stages: [
        { id: 'plan', name: 'Plan' },
        { id: 'book', name: 'Book: pay' },
        { id: 'drive', name: 'Drive' }
      ],
      lanes: [
        { id: 'do', name: 'Actions', kind: 'actions' },
        { id: 'tp', name: 'Touchpoints', kind: 'touchpoints' },
        { id: 'feel', name: 'Feeling', kind: 'emotion' }
      ],
      items: [
        { id: 'a1', stageId: 'plan', laneId: 'do', text: 'Search flights' },
        { id: 't1', stageId: 'plan', laneId: 'tp', text: 'Comparison site', score: 2 },
        { id: 't2', stageId: 'plan', laneId: 'tp', text: 'Reviews' },
        { id: 'e1', stageId: 'plan', laneId: 'feel', text: 'ok', score: 0.6 },
        { id: 'a2', stageId: 'book', laneId: 'do', text: 'Pay; done #1' },
        { id: 'e2', stageId: 'book', laneId: 'feel', text: 'meh', score: -1.6 }
      ]
    })
    expect(journeyToMermaid(j)).toBe(
      [
        'journey',
        '  title Rent a car',
        '  accDescr: We rent a car for the holiday',
        '  section Plan',
        // -2..2 onto 1..5: 2 -> 5; no score -> the stage's emotion 0.6 -> 3.6 -> 4.
        '    Comparison site: 5: Ana',
        '    Reviews: 4: Ana',
        '  section Book： pay',
        // -1.6 -> 1.4 -> 1
        '    Pay； done ＃1: 1: Ana',
        '  section Drive',
        ''
      ].join('\n')
    )
  })

  it('on swimlane maps, names the actor lanes of the stage, or shows their stickies when there is nothing else', () => {
    const j = journey({
      stages: [
        { id: 's1', name: 'Report' },
        { id: 's2', name: 'Repair' }
      ],
      lanes: [
        { id: 'tp', name: 'Touchpoints', kind: 'touchpoints' },
        { id: 'cust', name: 'Customer', kind: 'actor', actor: 'customer' },
        { id: 'desk', name: 'Help desk, 2nd line', kind: 'actor', actor: 'department' }
      ],
      items: [
        { id: 't1', stageId: 's1', laneId: 'tp', text: 'Hotline', score: 1 },
        { id: 'd1', stageId: 's1', laneId: 'desk', text: 'Logs the case' },
        { id: 'c2', stageId: 's2', laneId: 'cust', text: 'Waits', score: -2 },
        { id: 'd2', stageId: 's2', laneId: 'desk', text: 'Books a visit' }
      ]
    })
    expect(journeyToMermaidDiagram(j).sections).toEqual([
      { name: 'Report', tasks: [{ task: 'Hotline', score: 4, people: ['Ana', 'Help desk， 2nd line'] }] },
      {
        name: 'Repair',
        tasks: [
          { task: 'Waits', score: 1, people: ['Ana'] },
          { task: 'Books a visit', score: 1, people: ['Help desk， 2nd line'] }
        ]
      }
    ])
  })

  it('gives a task with no score in a stage with no emotion the neutral 3', () => {
    const j = journey({
      stages: [{ id: 's', name: 'S' }],
      lanes: [{ id: 'tp', name: 'Touchpoints', kind: 'touchpoints' }],
      items: [{ id: 't', stageId: 's', laneId: 'tp', text: '' }]
    })
    expect(journeyToMermaidDiagram(j).sections[0]?.tasks).toEqual([{ task: '(no text)', score: 3, people: ['Ana'] }])
  })
})

describe('mermaidSafeText', () => {
  it('replaces what Mermaid reads as syntax with fullwidth look-alikes, per role', () => {
    expect(mermaidSafeText(' Step 1: plan #2; go\r\nnow %%{x}%% ', 'section')).toBe('Step 1： plan ＃2； go now ％％{x}％％')
    expect(mermaidSafeText('Trip: USA #1; fun', 'title')).toBe('Trip: USA ＃1； fun')
    expect(mermaidSafeText('Smith, Jo: boss', 'person')).toBe('Smith， Jo： boss')
    expect(mermaidSafeText('a #1; b: c', 'description')).toBe('a #1; b: c')
  })

  it('keeps tasks from reading as keywords or comments', () => {
    expect(mermaidSafeText('Section planning', 'task')).toBe('Ｓection planning')
    expect(mermaidSafeText('journey-map review', 'task')).toBe('ｊourney-map review')
    expect(mermaidSafeText('title page', 'task')).toBe('ｔitle page')
    expect(mermaidSafeText('accDescr {', 'task')).toBe('ａccDescr {')
    expect(mermaidSafeText('% off', 'task')).toBe('％ off')
    expect(mermaidSafeText('journeys', 'task')).toBe('journeys')
    expect(mermaidSafeText('  ', 'task')).toBe('(no text)')
  })
})
