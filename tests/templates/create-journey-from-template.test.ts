import { describe, expect, it, vi } from 'vitest'

import { ENGLISH_PROBLEMS, LANGUAGES, PROBLEM_CATALOGUES, problemText } from '../../src/i18n'
import { type Journey, JourneySchema, type Problem, type ProblemCode, type Result, validateJourney } from '../../src/model'
import {
  createJourneyFromTemplate,
  type JourneyChoices,
  JourneyChoicesSchema,
  type JourneyTemplate,
  TEMPLATES
} from '../../src/templates'

function created(choices: JourneyChoices, templates?: readonly JourneyTemplate[]): Journey {
  const result = createJourneyFromTemplate(choices, templates)
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '))
  return result.value
}

/** The problems' places and English words (their codes are checked where the codes are made). */
function problemsOf(result: Result<Journey>): Pick<Problem, 'path' | 'message'>[] {
  if (result.ok) throw new Error('expected problems, got a journey')
  return result.problems.map(({ path, message }) => ({ path, message }))
}

function template(id: string, locale = 'en'): Journey {
  const found = TEMPLATES.find((t) => t.id === id)
  if (found === undefined) throw new Error(`no template ${id}`)
  const result = validateJourney(found.journey(locale))
  if (!result.ok) throw new Error(`invalid template ${id}`)
  return result.value
}

const carRental = template('car-rental')

describe('createJourneyFromTemplate: defaults', () => {
  it('takes the first locale, the template’s persona and every stage and lane', () => {
    const journey = created({ templateId: 'car-rental' })
    expect(journey.locale).toBe('en')
    expect(journey.personas.map((p) => p.id)).toEqual(['family'])
    expect(journey.personaId).toBe('family')
    expect(journey.stages).toEqual(carRental.stages)
    expect(journey.lanes).toEqual(carRental.lanes)
    expect(journey.items).toEqual(carRental.items)
    expect(journey.scenario).toBe('We are renting a car for our holiday in the USA')
  })

  it('accepts explicitly absent options, as the command line passes them', () => {
    const journey = created({ templateId: 'ikea', locale: undefined, personaId: undefined, stages: undefined, laneIds: undefined })
    expect(journey.id).toBe('ikea')
  })

  it('exports the choices schema for the panel and the command line', () => {
    expect(JourneyChoicesSchema.safeParse({ templateId: 'blank', stages: [{ name: 'New' }] }).success).toBe(true)
    expect(JourneyChoicesSchema.safeParse({ templateId: 'blank', stage: [] }).success).toBe(false)
  })
})

describe('createJourneyFromTemplate: persona', () => {
  it('keeps only the chosen persona, and its scenario becomes the journey’s', () => {
    const journey = created({ templateId: 'car-rental', personaId: 'commuter' })
    expect(journey.personas.map((p) => p.id)).toEqual(['commuter'])
    expect(journey.personaId).toBe('commuter')
    expect(journey.scenario).toBe('I need a way to get to and from work for the next 3 weeks')
  })

  it('applies edits to the chosen persona and keeps the fields not edited', () => {
    const original = carRental.personas.find((p) => p.id === 'business-traveller')
    const journey = created({
      templateId: 'car-rental',
      personaId: 'business-traveller',
      persona: { name: 'Karen Holt', age: 47, goals: ['Close the deal'], scenario: 'I am visiting customers in Oregon for a week' }
    })
    const persona = journey.personas[0]
    expect(persona?.name).toBe('Karen Holt')
    expect(persona?.age).toBe(47)
    expect(persona?.goals).toEqual(['Close the deal'])
    expect(persona?.role).toBe(original?.role)
    expect(persona?.frustrations).toEqual(original?.frustrations)
    expect(persona?.id).toBe('business-traveller')
    expect(journey.scenario).toBe('I am visiting customers in Oregon for a week')
  })

  it('keeps the journey’s scenario when the persona’s is blanked out', () => {
    const journey = created({ templateId: 'car-rental', personaId: 'commuter', persona: { scenario: '' } })
    expect(journey.scenario).toBe(carRental.scenario)
  })
})

describe('createJourneyFromTemplate: locale', () => {
  it('writes the journey in the chosen locale with the same ids', () => {
    const journey = created({ templateId: 'car-rental', locale: 'da', personaId: 'business-traveller' })
    expect(journey.locale).toBe('da')
    expect(journey.scenario).toBe('Jeg skal til Californien på forretningsrejse i 4 dage')
    expect(journey.items.map((item) => item.id)).toEqual(carRental.items.map((item) => item.id))
    expect(journey.stages[0]?.name).toBe('Planlægning af rejse')
  })
})

describe('createJourneyFromTemplate: stages', () => {
  it('keeps a subset of stages in the chosen order, with only their stickies', () => {
    const journey = created({ templateId: 'car-rental', stages: [{ id: 'return' }, { id: 'plan' }] })
    expect(journey.stages.map((s) => s.id)).toEqual(['return', 'plan'])
    const expected = carRental.items.filter((item) => item.stageId === 'return' || item.stageId === 'plan')
    expect(journey.items).toEqual(expected)
  })

  it('renames a template stage and keeps its phase and stickies', () => {
    const journey = created({ templateId: 'car-rental', stages: [{ id: 'plan', name: 'Dreaming of the USA' }, { id: 'book' }] })
    expect(journey.stages[0]).toEqual({ ...carRental.stages[0], name: 'Dreaming of the USA' })
    expect(journey.items.filter((item) => item.stageId === 'plan')).toHaveLength(carRental.items.filter((i) => i.stageId === 'plan').length)
  })

  it('moves a template stage to another phase when asked', () => {
    const journey = created({ templateId: 'car-rental', stages: [{ id: 'home', phaseId: 'during' }] })
    expect(journey.stages[0]?.phaseId).toBe('during')
  })

  it('adds new, empty stages with ids made from their names, in the neighbour’s phase', () => {
    const journey = created({
      templateId: 'car-rental',
      locale: 'da',
      stages: [{ id: 'book' }, { name: 'Afhentning på kontoret' }, { id: 'pickup' }, { name: '还车' }, { id: 'fuel', name: 'Fuel', phaseId: 'after' }]
    })
    expect(journey.stages.map((s) => [s.id, s.name, s.phaseId])).toEqual([
      ['book', 'Booking og betaling af bil', 'before'],
      ['afhentning-paa-kontoret', 'Afhentning på kontoret', 'before'],
      ['pickup', 'Afhentning af bilen', 'during'],
      ['stage', '还车', 'during'],
      ['fuel', 'Fuel', 'after']
    ])
    expect(journey.items.some((item) => ['afhentning-paa-kontoret', 'stage', 'fuel'].includes(item.stageId))).toBe(false)
  })

  it('never gives a new stage the id of a template stage, chosen or not, nor of another choice', () => {
    const journey = created({
      templateId: 'car-rental',
      stages: [{ name: 'Plan' }, { name: 'Plan' }, { name: 'Extra' }, { id: 'extra', name: 'Extra, named' }]
    })
    expect(journey.stages.map((s) => s.id)).toEqual(['plan-2', 'plan-3', 'extra-2', 'extra'])
    // The template's "plan" stickies must not reappear under a new stage.
    expect(journey.items).toEqual([])
  })

  it('puts a new stage first in the phase of the stage after it', () => {
    const journey = created({ templateId: 'car-rental', stages: [{ name: 'Dream' }, { id: 'pickup' }] })
    expect(journey.stages[0]?.phaseId).toBe('during')
  })

  it('leaves a new stage without a phase when the template has none', () => {
    const noPhases: JourneyTemplate = {
      id: 'flat',
      title: 'Flat',
      description: 'No phases',
      locales: ['en'],
      journey: () => ({
        id: 'flat',
        title: 'Flat',
        personas: [{ id: 'p', name: 'P' }],
        stages: [{ id: 'a', name: 'A' }],
        lanes: [{ id: 'notes', name: 'Notes', kind: 'notes' }]
      })
    }
    const journey = created({ templateId: 'flat', stages: [{ id: 'a' }, { name: 'B' }] }, [noPhases])
    expect(journey.stages.map((s) => s.phaseId)).toEqual([undefined, undefined])
    const problems = problemsOf(createJourneyFromTemplate({ templateId: 'flat', stages: [{ name: 'B', phaseId: 'x' }] }, [noPhases]))
    expect(problems).toEqual([{ path: 'stages[0].phaseId', message: 'the template has no phases, so there is no phase "x"' }])
  })
})

describe('createJourneyFromTemplate: lanes, links and blueprint lines', () => {
  it('keeps the chosen lanes in template order, with only their stickies', () => {
    const journey = created({ templateId: 'car-rental', laneIds: ['quotes', 'thoughts'] })
    expect(journey.lanes.map((l) => l.id)).toEqual(['thoughts', 'quotes'])
    expect(new Set(journey.items.map((item) => item.laneId))).toEqual(new Set(['thoughts', 'quotes']))
    expect(journey.items).toHaveLength(carRental.items.filter((i) => i.laneId === 'thoughts' || i.laneId === 'quotes').length)
  })

  it('drops the links that touch a dropped sticky and keeps the others', () => {
    const swimlane = template('workshop-swimlane')
    const laneIds = swimlane.lanes.map((l) => l.id).filter((id) => id !== 'store')
    const journey = created({ templateId: 'workshop-swimlane', laneIds })
    const storeItems = new Set(swimlane.items.filter((i) => i.laneId === 'store').map((i) => i.id))
    const expected = swimlane.links.filter((link) => !storeItems.has(link.from) && !storeItems.has(link.to))
    expect(expected.length).toBeLessThan(swimlane.links.length)
    expect(journey.links).toEqual(expected)
  })

  it('drops links to stickies of a dropped stage', () => {
    const journey = created({ templateId: 'workshop-swimlane', stages: [{ id: 'parts' }, { id: 'report' }] })
    expect(journey.links.map((l) => l.id)).toEqual(['customer-calls-store', 'store-refers-hotline', 'maker-ships-part', 'store-lends-machine'])
  })

  const blueprintLanes = ['physical-evidence', 'customer-actions', 'frontstage', 'backstage', 'support-processes', 'opportunities']
  const linesWithout = (...dropped: string[]): unknown =>
    created({ templateId: 'service-blueprint', laneIds: blueprintLanes.filter((id) => !dropped.includes(id)) }).blueprintLines

  it('keeps blueprint lines whose lanes are kept', () => {
    expect(linesWithout('physical-evidence')).toEqual(template('service-blueprint').blueprintLines)
  })

  it('moves a line up to the nearest kept lane when its lane is dropped', () => {
    expect(linesWithout('customer-actions')).toEqual([
      { kind: 'interaction', afterLaneId: 'physical-evidence' },
      { kind: 'visibility', afterLaneId: 'frontstage' },
      { kind: 'internal-interaction', afterLaneId: 'backstage' }
    ])
  })

  it('drops a moved line when another line already sits there', () => {
    expect(linesWithout('frontstage')).toEqual([
      { kind: 'interaction', afterLaneId: 'customer-actions' },
      { kind: 'internal-interaction', afterLaneId: 'backstage' }
    ])
  })

  it('drops lines with no kept lane above or below them', () => {
    expect(linesWithout('support-processes', 'opportunities')).toEqual([
      { kind: 'interaction', afterLaneId: 'customer-actions' },
      { kind: 'visibility', afterLaneId: 'frontstage' }
    ])
    expect(linesWithout('physical-evidence', 'customer-actions', 'support-processes', 'opportunities')).toEqual([
      { kind: 'visibility', afterLaneId: 'frontstage' }
    ])
  })
})

describe('createJourneyFromTemplate: problems', () => {
  it('names the unknown template and lists the known ones', () => {
    expect(problemsOf(createJourneyFromTemplate({ templateId: 'nope' }))).toEqual([
      {
        path: 'templateId',
        message: 'no template "nope"; templates are: car-rental, moving-house, ikea, workshop-swimlane, service-blueprint and blank'
      }
    ])
  })

  it('names a locale the template is not written in', () => {
    expect(problemsOf(createJourneyFromTemplate({ templateId: 'moving-house', locale: 'fr' }))).toEqual([
      { path: 'locale', message: 'the template "moving-house" is written in en; got "fr"' }
    ])
  })

  it('names an unknown persona and lists the known ones', () => {
    expect(problemsOf(createJourneyFromTemplate({ templateId: 'car-rental', personaId: 'nobody' }))).toEqual([
      { path: 'personaId', message: 'the template has no persona "nobody"; personas are: family, new-car-month, commuter and business-traveller' }
    ])
  })

  it('names an unknown stage by its place in the list', () => {
    const problems = problemsOf(createJourneyFromTemplate({ templateId: 'car-rental', stages: [{ id: 'plan' }, { id: 'book' }, { id: 'x' }] }))
    expect(problems).toHaveLength(1)
    expect(problems[0]?.path).toBe('stages[2].id')
    expect(problems[0]?.message).toMatch(/^the template has no stage "x"; stages are: plan, research, book, pickup, support, return and home/)
  })

  it('names a stage chosen twice, a stage with neither id nor name, and an unknown phase', () => {
    const problems = problemsOf(
      createJourneyFromTemplate({ templateId: 'car-rental', stages: [{ id: 'plan' }, { id: 'plan' }, {}, { name: 'New', phaseId: 'later' }] })
    )
    expect(problems).toEqual([
      { path: 'stages[1].id', message: 'stage "plan" is chosen more than once' },
      { path: 'stages[2]', message: 'give the id of a template stage, or a name for a new stage' },
      { path: 'stages[3].phaseId', message: 'the template has no phase "later"; phases are: before, during and after' }
    ])
  })

  it('refuses an empty stage list and an empty lane list', () => {
    const problems = problemsOf(createJourneyFromTemplate({ templateId: 'car-rental', stages: [], laneIds: [] }))
    expect(problems).toEqual([
      { path: 'stages', message: 'choose at least one stage' },
      { path: 'laneIds', message: 'keep at least one lane' }
    ])
  })

  it('names an unknown lane and a lane listed twice', () => {
    const problems = problemsOf(createJourneyFromTemplate({ templateId: 'blank', laneIds: ['actions', 'wishes', 'actions'] }))
    expect(problems).toEqual([
      { path: 'laneIds[1]', message: 'the template has no lane "wishes"; lanes are: actions, thoughts, touchpoints, emotion, pains and opportunities' },
      { path: 'laneIds[2]', message: 'lane "actions" is listed more than once' }
    ])
  })

  it('names an unknown curve, and curves asked of a template that draws one', () => {
    expect(problemsOf(createJourneyFromTemplate({ templateId: 'car-rental', curveIds: ['as-is', 'dreamt'] }))).toEqual([
      { path: 'curveIds[1]', message: 'the template has no curve "dreamt"; curves are: as-is and to-be' }
    ])
    expect(problemsOf(createJourneyFromTemplate({ templateId: 'blank', curveIds: ['emotion'] }))).toEqual([
      { path: 'curveIds', message: 'the template draws one emotion curve; there are none to choose' }
    ])
    expect(problemsOf(createJourneyFromTemplate({ templateId: 'car-rental', curveIds: [] })).map((p) => p.message)).toEqual(['keep at least one curve'])
  })

  it('names the stage, lane or level of an evidence choice that is not there, and a choice that names neither', () => {
    const problems = problemsOf(
      createJourneyFromTemplate({
        templateId: 'car-rental',
        laneIds: ['thoughts', 'barriers'],
        evidence: [{ stageId: 'moon', level: 'validated' }, { laneId: 'needs', level: 'validated' }, { laneId: 'barriers', level: 'rumour' }]
      })
    )
    expect(problems.map((p) => p.path)).toEqual(['evidence[0].stageId', 'evidence[1].laneId', 'evidence[2].level'])
    expect(problems[1]?.message).toBe('no chosen lane "needs"; lanes are: thoughts and barriers')
    expect(problems[2]?.message).toBe('no evidence level has id "rumour" (levels: assumption, some-evidence and validated)')
    expect(problemsOf(createJourneyFromTemplate({ templateId: 'blank', evidence: [{ level: 'validated' }] }))).toEqual([
      { path: 'evidence[0]', message: 'name a stage, a lane or both' }
    ])
  })

  it('gives every problem with the choices a code, whose English words are its message and which every language words', () => {
    const choices: JourneyChoices[] = [
      { templateId: 'nope' },
      { templateId: 'moving-house', locale: 'fr' },
      { templateId: 'car-rental', personaId: 'nobody', stages: [{ id: 'plan' }, { id: 'plan' }, {}, { id: 'x' }, { name: 'New', phaseId: 'later' }], laneIds: ['thoughts', 'wishes', 'thoughts'], curveIds: ['dreamt'] },
      { templateId: 'blank', curveIds: ['emotion'] },
      { templateId: 'car-rental', stages: [], laneIds: [], curveIds: [] },
      { templateId: 'car-rental', laneIds: ['thoughts'], evidence: [{ stageId: 'moon', level: 'validated' }, { laneId: 'needs', level: 'rumour' }] },
      { templateId: 'car-rental', evidence: [{ level: 'validated' }] },
      { templateId: 'car-rental', stages: [{ id: 'moon' }], laneIds: ['wishes'], evidence: [{ stageId: 'plan', laneId: 'thoughts', level: 'validated' }] }
    ]
    const flat = { id: 'flat', title: 'Flat', personas: [{ id: 'p', name: 'P' }], stages: [{ id: 'a', name: 'A' }], lanes: [{ id: 'notes', name: 'Notes', kind: 'notes' as const }] }
    const noPhases: JourneyTemplate = { id: 'flat', title: 'Flat', description: 'No phases', locales: ['en'], journey: () => flat }
    const emptyLists = [createJourneyFromTemplate({ templateId: 'flat', curveIds: ['emotion'] }, [{ ...noPhases, journey: () => ({ ...flat, curves: [] }) }]), createJourneyFromTemplate({ templateId: 'flat' }, [])]
    const problems = [...choices.map((choice) => createJourneyFromTemplate(choice)), createJourneyFromTemplate({ templateId: 'flat', stages: [{ name: 'B', phaseId: 'x' }] }, [noPhases]), ...emptyLists].flatMap((result) =>
      result.ok ? [] : result.problems
    )
    expect([...new Set(problems.map((found) => found.code))].sort()).toEqual([
      'choose-stage', 'evidence-needs-place', 'keep-curve', 'keep-lane', 'lane-listed-twice', 'lane-not-chosen', 'no-chosen-lanes', 'no-chosen-stages', 'no-level', 'no-template', 'no-templates', 'stage-chosen-twice', 'stage-id-or-name', 'stage-not-chosen',
      'template-locale', 'template-no-curve', 'template-no-lane', 'template-no-persona', 'template-no-phase', 'template-no-phases', 'template-no-stage', 'template-one-curve'
    ])
    for (const found of problems) {
      expect(found.code, found.message).toBeDefined()
      const code = found.code as ProblemCode
      expect(found.message, found.path).toBe(problemText(code, found.params ?? {}, ENGLISH_PROBLEMS, 'en'))
      for (const language of LANGUAGES.filter((other) => other !== 'en')) {
        expect(problemText(code, found.params ?? {}, PROBLEM_CATALOGUES[language], language), `${code} in ${language}`).not.toBe(found.message)
      }
    }
  })

  it('says there is nothing to choose from by a problem of its own, its values holding the id alone', () => {
    const noneChosen = createJourneyFromTemplate({ templateId: 'car-rental', stages: [{ id: 'moon' }], laneIds: ['wishes'], evidence: [{ stageId: 'plan', laneId: 'thoughts', level: 'validated' }] })
    if (noneChosen.ok) throw new Error('expected problems')
    expect(noneChosen.problems.filter((found) => found.path.startsWith('evidence'))).toMatchObject([
      { path: 'evidence[0].stageId', code: 'no-chosen-stages', params: { id: 'plan' }, message: 'no chosen stage "plan"; no stage could be chosen' },
      { path: 'evidence[0].laneId', code: 'no-chosen-lanes', params: { id: 'thoughts' }, message: 'no chosen lane "thoughts"; no lane could be chosen' }
    ])
    const noTemplates = createJourneyFromTemplate({ templateId: 'car-rental' }, [])
    if (noTemplates.ok) throw new Error('expected problems')
    expect(noTemplates.problems).toMatchObject([{ path: 'templateId', code: 'no-templates', params: { id: 'car-rental' }, message: 'no template "car-rental"; there are no templates' }])
    // An empty list of curves draws the one default curve, as a template without curves does.
    const flat = { ...template('blank'), curves: [] }
    const oneCurve: JourneyTemplate = { id: 'flat', title: 'Flat', description: 'No curves of its own', locales: ['en'], journey: () => flat }
    expect(problemsOf(createJourneyFromTemplate({ templateId: 'flat', curveIds: ['emotion'] }, [oneCurve]))).toEqual([{ path: 'curveIds', message: 'the template draws one emotion curve; there are none to choose' }])
  })

  it('reports every problem with the choices at once', () => {
    const problems = problemsOf(
      createJourneyFromTemplate({ templateId: 'car-rental', personaId: 'nobody', stages: [{ id: 'x' }], laneIds: ['y'] })
    )
    expect(problems.map((p) => p.path)).toEqual(['personaId', 'stages[0].id', 'laneIds[0]'])
  })

  it('checks the shape of the choices: empty names, bad persona edits, unknown fields, missing template', () => {
    expect(problemsOf(createJourneyFromTemplate({ templateId: 'blank', stages: [{ name: '   ' }] }))).toEqual([
      { path: 'stages[0].name', message: 'must not be empty' }
    ])
    expect(problemsOf(createJourneyFromTemplate({ templateId: 'blank', persona: { name: '', age: -1 } })).map((p) => p.path)).toEqual([
      'persona.name',
      'persona.age'
    ])
    const unknown = { templateId: 'blank', personID: 'x' } as unknown as JourneyChoices
    expect(problemsOf(createJourneyFromTemplate(unknown))).toEqual([{ path: '', message: 'unknown field "personID"' }])
    expect(problemsOf(createJourneyFromTemplate({} as JourneyChoices))).toEqual([{ path: 'templateId', message: 'is required' }])
    expect(problemsOf(createJourneyFromTemplate({ templateId: '' }))).toEqual([{ path: 'templateId', message: 'must not be empty' }])
  })

  it('validates the result: an id the model refuses is reported where it was chosen', () => {
    const problems = problemsOf(createJourneyFromTemplate({ templateId: 'blank', stages: [{ id: 'discover' }, { id: 'has space', name: 'Spacy' }] }))
    expect(problems.map((p) => p.path)).toEqual(['stages[1].id'])
  })
})

describe('createJourneyFromTemplate: checks the new journey once', () => {
  // A curve that follows the commuter: choosing the family drops the persona the curve names.
  const followsCommuter: Journey = {
    ...carRental,
    curves: [{ id: 'commuter-curve', name: 'Commuter', color: 'blue', personaId: 'commuter' }],
    items: carRental.items.map((item) => (item.score === undefined ? item : { ...item, curveId: 'commuter-curve' }))
  }
  const unchecked: JourneyTemplate = { id: 'follows-commuter', title: 'Follows the commuter', description: '', locales: ['en'], journey: () => followsCommuter }
  const checked = { ...unchecked, checked: true as const, journey: () => followsCommuter }

  it('still refuses what the rules across fields refuse, for checked and unchecked templates alike', () => {
    for (const source of [unchecked, checked]) {
      const result = createJourneyFromTemplate({ templateId: 'follows-commuter', personaId: 'family' }, [source])
      expect(result.ok ? [] : result.problems.map(({ path, code }) => ({ path, code }))).toEqual([{ path: 'curves[0].personaId', code: 'no-persona' }])
      expect(createJourneyFromTemplate({ templateId: 'follows-commuter', personaId: 'commuter' }, [source]).ok).toBe(true)
    }
  })

  it('does not check a checked template’s journey against the schema again', () => {
    const parse = vi.spyOn(JourneySchema, 'safeParse')
    try {
      expect(createJourneyFromTemplate({ templateId: 'follows-commuter', personaId: 'commuter', persona: { name: 'Kim' } }, [checked]).ok).toBe(true)
      expect(parse).not.toHaveBeenCalled()
    } finally {
      parse.mockRestore()
    }
  })
})
