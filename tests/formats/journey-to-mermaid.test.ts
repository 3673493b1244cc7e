import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  journeyToMermaid,
  journeyToMermaidDiagram,
  MERMAID_LOOK_ALIKE_MARKER,
  mermaidOriginalText,
  mermaidSafeText,
  type MermaidTextRole,
  holdsMermaidScores,
  journeyFromMermaid,
  parseMermaidJourney
} from '../../src/formats'
import { type Journey, type JourneyInput, validateJourney } from '../../src/model'
import { carRentalTemplate } from '../../src/templates'
import { journeyArbitrary } from '../fixtures/journey-arbitrary'
import { propertyRuns } from '../support/property-runs'

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

  it('keeps plain names unchanged and scores within Mermaid’s 1–5', () => {
    fc.assert(
      fc.property(journeyArbitrary({ text: 'plain' }), (j) => {
        const diagram = journeyToMermaidDiagram(j)
        expect(diagram.title).toBe(j.title)
        expect(diagram.sections.map((section) => section.name)).toEqual(j.stages.map((stage) => stage.name))
        for (const task of diagram.sections.flatMap((section) => section.tasks)) {
          // A scale that holds Mermaid's own (1–5 and as far as the scores reach) is written as it is.
          const range = holdsMermaidScores(j.emotionScale, j.items) ? j.emotionScale : { min: 1, max: 5 }
          expect(task.score).toBeGreaterThanOrEqual(range.min)
          expect(task.score).toBeLessThanOrEqual(range.max)
          expect(j.items.some((item) => item.text === mermaidOriginalText(task.task))).toBe(true)
        }
      })
    )
  })

  it('shows what the person does (actions), or touchpoints where a stage has none, scored from the item or the stage', () => {
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
        { id: 'e2', stageId: 'book', laneId: 'feel', text: 'meh', score: -1.6 },
        { id: 't3', stageId: 'drive', laneId: 'tp', text: 'Fuel station', score: -2 }
      ]
    })
    expect(journeyToMermaid(j)).toBe(
      [
        'journey',
        MERMAID_LOOK_ALIKE_MARKER,
        '  title Rent a car',
        '  accDescr {',
        '    We rent a car',
        '    for the holiday',
        '  }',
        '  section Plan',
        // -2..2 onto 1..5: no score -> the stage's emotion 0.6 -> 3.6 -> 4.
        '    Search flights: 4: Ana',
        '  section Book\ua789 pay',
        // -1.6 -> 1.4 -> 1
        '    Pay\ufe54 done \ufe5f1: 1: Ana',
        '  section Drive',
        // No action here: the touchpoint, its own score -2 -> 1.
        '    Fuel station: 1: Ana',
        ''
      ].join('\n')
    )
    // A map that scores emotion per touchpoint shows its touchpoints, whose scores they are: 2 -> 5,
    // and the stage's emotion from its touchpoints (2) for the one without.
    const perTouchpoint = journeyToMermaidDiagram({ ...j, emotionScale: { ...j.emotionScale, per: 'touchpoint' } })
    expect(perTouchpoint.sections.map((section) => section.tasks.map((task) => [task.task, task.score]))).toEqual([
      [
        ['Comparison site', 5],
        ['Reviews', 5]
      ],
      [['Pay\ufe54 done \ufe5f1', 3]],
      [['Fuel station', 1]]
    ])
  })

  it('reads the tasks an import made back as the same actions, so an imported diagram exports as it was', () => {
    const source = 'journey\n  title Day\n  section Morning\n    Make tea: 5: Me\n    Go upstairs: 3: Me\n'
    const back = journeyFromMermaid(source)
    if (!back.ok) throw new Error('fixture')
    expect(back.value.lanes.map((lane) => lane.kind)).toEqual(['actions'])
    expect(journeyToMermaid(back.value)).toBe(source)
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
      { name: 'Report', tasks: [{ task: 'Hotline', score: 4, people: ['Ana', 'Help desk\ufe50 2nd line'] }] },
      {
        name: 'Repair',
        tasks: [
          { task: 'Waits', score: 1, people: ['Ana'] },
          { task: 'Books a visit', score: 1, people: ['Help desk\ufe50 2nd line'] }
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
    expect(journeyToMermaidDiagram(j).sections[0]?.tasks).toEqual([{ task: '\u2060', score: 3, people: ['Ana'] }])
  })
})

/** What Mermaid's parser reads for a text written in a role, in a one-statement diagram. */
function readBackByMermaid(safe: string, role: MermaidTextRole): string | null | undefined {
  const sources: Record<MermaidTextRole, string> = {
    title: `journey\n  title ${safe}\n`,
    description: `journey\n  accDescr: ${safe}\n`,
    'description-block': `journey\n  accDescr {\n${safe.split('\n').map((line) => `    ${line}`).join('\n')}\n  }\n`,
    section: `journey\n  section ${safe}\n    t: 3\n`,
    task: `journey\n  section S\n    ${safe}: 3\n`,
    person: `journey\n  section S\n    t: 3: ${safe}\n`
  }
  const parsed = parseMermaidJourney(sources[role])
  if (!parsed.ok) return `not parsed: ${parsed.problems[0]?.message ?? ''}`
  const d = parsed.value
  const read: Record<MermaidTextRole, string | null | undefined> = {
    title: d.title,
    description: d.accDescr,
    'description-block': d.accDescr ?? '',
    section: d.sections[0],
    task: d.tasks[0]?.task.trim(),
    person: d.tasks[0]?.people[0]
  }
  return read[role]
}

describe('mermaidSafeText', () => {
  it('replaces what Mermaid reads as syntax with look-alikes, per role', () => {
    expect(mermaidSafeText(' Step 1: plan #2; go\r\nnow %%{x}%% ', 'section')).toBe('\u2060 Step 1\ua789 plan \ufe5f2\ufe54 go\u240d\u2424now \ufe6a\ufe6a{x}%% \u2060')
    expect(mermaidSafeText('Trip: USA #1; fun 50%', 'title')).toBe('Trip: USA \ufe5f1\ufe54 fun 50%')
    expect(mermaidSafeText('Smith, Jo: boss', 'person')).toBe('Smith\ufe50 Jo\ua789 boss')
    expect(mermaidSafeText('a #1; b: c', 'description')).toBe('a #1; b: c')
  })

  it('keeps tasks from reading as keywords or comments with an invisible word joiner', () => {
    expect(mermaidSafeText('Section planning', 'task')).toBe('\u2060Section planning')
    expect(mermaidSafeText('journey-map review', 'task')).toBe('\u2060journey-map review')
    expect(mermaidSafeText('% off', 'task')).toBe('\u2060% off')
    expect(mermaidSafeText('journeys', 'task')).toBe('journeys')
    expect(mermaidSafeText('', 'task')).toBe('\u2060')
  })

  it('keeps a text with nothing Mermaid reads as syntax as it is, guarding only its ends', () => {
    const unit = fc.constantFrom('a', 'Z', '7', ' ', '\t', '.', '(', '-', '!', '{', 'é', '用户', 'section ', 'journey')
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), fc.constantFrom<MermaidTextRole>('title', 'description', 'section', 'task', 'person', 'description-block'), (text, role) => {
        const safe = mermaidSafeText(text, role)
        expect(safe.replace(/^\u2060|\u2060$/g, '')).toBe(text)
      }),
      propertyRuns(300)
    )
  })

  it('is undone exactly by mermaidOriginalText, look-alikes, word joiners and lone surrogates in the text included', () => {
    const unit = fc.constantFrom('a', ' ', '\t', ':', ';', '#', ',', '%', '%%', '\n', '\r', '\u2028', '\u2060', '\ua789', '\ufe6a', '\u2424', 'U+d800', '\ud800', '\udfff', '😀', 'section ', 'title ', '用户')
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), fc.constantFrom<MermaidTextRole>('title', 'description', 'section', 'task', 'person', 'description-block'), (text, role) => {
        const safe = mermaidSafeText(text, role)
        expect(mermaidOriginalText(safe)).toBe(text)
        expect(safe).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)
        // The law itself: Mermaid's parser reads the safe text back exactly, wherever it stands.
        expect(readBackByMermaid(safe, role)).toBe(safe)
      }),
      propertyRuns(500)
    )
  })
})

describe('journeyToMermaid on a map with two curves', () => {
  const checked = validateJourney(carRentalTemplate.journey('en'))
  if (!checked.ok) throw new Error('template invalid')
  const rental = checked.value

  it('gives one diagram per curve: the primary one by default, with a note naming the others', () => {
    const primary = parseMermaidJourney(journeyToMermaid(rental))
    const toBe = parseMermaidJourney(journeyToMermaid(rental, { curveId: 'to-be' }))
    if (!primary.ok || !toBe.ok) throw new Error('not a diagram')

    // The counter: -2 as is (1 in Mermaid), +1 to be (4).
    const pickUpScores = (parsed: typeof primary.value) => [...new Set(parsed.tasks.filter((t) => t.section === 'Picking up the car').map((t) => t.score))]
    expect(pickUpScores(primary.value)).toEqual([1])
    expect(pickUpScores(toBe.value)).toEqual([4])
    expect(journeyToMermaid(rental).trimEnd().split('\n').at(-1)).toBe(
      '%% Scores of the curve As is: today; also on this map: To be: with the redesign (to-be). Export each with --curve <id>.'
    )
  })
})
