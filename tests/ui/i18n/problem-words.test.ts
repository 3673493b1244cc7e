import { describe, expect, it } from 'vitest'

import { importJourney } from '../../../src/formats'
import { CATALOGUES, type Language, LANGUAGES } from '../../../src/i18n'
import { type Problem, problem } from '../../../src/model'
import { createJourneyFromTemplate, type JourneyChoices } from '../../../src/templates'
import { problemWords } from '../../../ui/i18n/problem-words'

const words = (found: Problem, language: Language): string => problemWords(found, { language, catalogue: CATALOGUES[language] })

describe('problemWords', () => {
  it('sets the problems one sums up apart as the language sets clauses apart: French with a no-break space before ";", Chinese with its full-width "；"', () => {
    const unreadable: Problem = { ...problem('', 'stored-journey-unreadable'), causes: [problem('title', 'not-empty'), problem('stages', 'not-empty')] }
    expect(words(unreadable, 'en')).toMatch(/\(title: [^;()]+; stages: [^;()]+\)/)
    expect(words(unreadable, 'fr')).toMatch(/\(title\u00a0: [^;()]+\u00a0; stages\u00a0: [^;()]+\)/)
    expect(words(unreadable, 'zh-Hans')).toMatch(/（title：[^;；（）]+；stages：[^;；（）]+）/)
  })

  it('writes a problem’s numbers as the language writes them for people: its minus sign and decimal mark, as in the catalogue’s own −2', () => {
    // A CSV scored outside −2..2: the importer widens the scale and says so.
    const imported = importJourney('item_id,stage,lane,text,score\na,Plan,Feeling,Tired,-3\nb,Plan,Feeling,Happy,4.5\n', 'csv')
    if (!imported.ok) throw new Error('fixture')
    const widened = imported.warnings.find((found) => found.code === 'csv-scale-widened')
    if (widened === undefined) throw new Error('no csv-scale-widened warning')
    expect(words(widened, 'en')).toBe('scores run from \u22123 to 4.5, outside \u22122 to 2; the emotion scale is \u22123 to 5')
    expect(words(widened, 'fr')).toContain('de \u22123 à 4,5, hors de \u22122 à 2')
    expect(words(widened, 'ru')).toContain('от \u22123 до 4,5')
    expect(words(widened, 'da')).toContain('fra \u22123 til 4,5')
    // A refused score keeps every decimal it was given.
    expect(words(problem('items[0].score', 'score-outside-scale', { min: -2, max: 2, score: 2.125 }), 'da')).toContain('\u22122')
    expect(words(problem('items[0].score', 'score-outside-scale', { min: -2, max: 2, score: 2.125 }), 'da')).toContain('2,125')
    // A tiny number keeps the shortest digits that read back the same, its exponent's sign a minus too.
    expect(words(problem('items[0].score', 'score-outside-scale', { min: 0, max: 5, score: -1e-7 }), 'en')).toContain('\u22121e\u22127')
    expect(words(problem('items[0].score', 'score-outside-scale', { min: 0, max: 5, score: -1.5e-7 }), 'fr')).toContain('\u22121,5e\u22127')
  })

  it('quotes each evidence level a CSV names of its own in the language’s marks, the warning’s values holding the levels as written', () => {
    const imported = importJourney('item_id,stage,lane,text,evidence\na,Plan,Thoughts,Where to?,hunch\nb,Plan,Thoughts,And then?,guess\n', 'csv')
    if (!imported.ok) throw new Error('fixture')
    const own = imported.warnings.find((found) => found.code === 'csv-own-levels')
    if (own === undefined) throw new Error('no csv-own-levels warning')
    expect(own.params?.levels).toEqual(['hunch', 'guess'])
    // English as the command line has always written it.
    expect(own.message).toBe('the evidence levels "hunch" and "guess" are not the default ones (assumption, some-evidence and validated); they are taken weakest first in the order they first appear')
    expect(words(own, 'en')).toBe(own.message)
    expect(words(own, 'fr')).toContain('les niveaux de preuve «\u00a0hunch\u00a0» et «\u00a0guess\u00a0» ne sont pas')
    expect(words(own, 'da')).toContain('evidensniveauerne »hunch« og »guess« er ikke')
    expect(words(own, 'ru')).toContain('уровни доказанности «hunch» и «guess» не совпадают')
    expect(words(own, 'zh-Hans')).toContain('证据等级“hunch”和“guess”不是默认等级')
    for (const language of ['fr', 'da', 'ru', 'zh-Hans'] as const) expect(words(own, language), language).not.toContain('"')
  })

  it('quotes each unknown field of the choices in the language’s marks, as a single unknown field is, the problem’s values holding the names as written', () => {
    const created = createJourneyFromTemplate({ templateId: 'blank', personID: 'x', laneID: 'y' } as unknown as JourneyChoices)
    if (created.ok) throw new Error('fixture')
    const [unknown] = created.problems
    expect(unknown).toMatchObject({ code: 'unknown-fields', params: { n: 2, fields: ['personID', 'laneID'] }, message: 'unknown fields "personID" and "laneID"' })
    if (unknown === undefined) throw new Error('fixture')
    expect(words(unknown, 'en')).toBe('unknown fields "personID" and "laneID"')
    expect(words(unknown, 'fr')).toBe('champs inconnus\u00a0: «\u00a0personID\u00a0» et «\u00a0laneID\u00a0»')
    expect(words(unknown, 'da')).toBe('ukendte felter »personID« og »laneID«')
    expect(words(unknown, 'ru')).toBe('неизвестные поля «personID» и «laneID»')
    expect(words(unknown, 'zh-Hans')).toBe('未知字段“personID”和“laneID”')
    // One field alone reads as the problem that names one field does: «\u00a0colour\u00a0» in French.
    const one = createJourneyFromTemplate({ templateId: 'blank', colour: 'red' } as unknown as JourneyChoices)
    const [alone] = one.ok ? [] : one.problems
    if (alone === undefined) throw new Error('fixture')
    expect(words(alone, 'en')).toBe('unknown field "colour"')
    expect(words(alone, 'fr')).toBe('champ inconnu\u00a0: «\u00a0colour\u00a0»')
    expect(words(problem('colour', 'unknown-field', { field: 'colour', prefix: 'x-' }), 'fr')).toContain('champ inconnu «\u00a0colour\u00a0»')
  })

  it('says in each language that there is nothing to choose from when a template choice leaves no stage, lane or template, the values holding the id alone', () => {
    const refused = (result: ReturnType<typeof createJourneyFromTemplate>, code: string): Problem => {
      const found = result.ok ? undefined : result.problems.find((candidate) => candidate.code === code)
      if (found === undefined) throw new Error(`no ${code} problem`)
      return found
    }
    const noneChosen = createJourneyFromTemplate({ templateId: 'car-rental', stages: [{ id: 'moon' }], laneIds: ['wishes'], evidence: [{ stageId: 'plan', laneId: 'thoughts', level: 'validated' }] })
    const stages = refused(noneChosen, 'no-chosen-stages')
    const lanes = refused(noneChosen, 'no-chosen-lanes')
    const templates = refused(createJourneyFromTemplate({ templateId: 'car-rental' }, []), 'no-templates')
    expect([stages.params, lanes.params, templates.params]).toEqual([{ id: 'plan' }, { id: 'thoughts' }, { id: 'car-rental' }])
    const said = (found: Problem) => Object.fromEntries(LANGUAGES.map((language) => [language, words(found, language)]))
    expect(said(stages)).toEqual({
      en: 'no chosen stage "plan"; no stage could be chosen',
      da: 'intet valgt trin har id »plan«; intet trin kunne vælges',
      fr: 'aucune étape choisie n’a l’id «\u00a0plan\u00a0»\u00a0; aucune étape n’a pu être choisie',
      'zh-Hans': '所选阶段中没有编号为“plan”的阶段；没有任何阶段能被选中',
      ru: 'среди выбранных этапов нет этапа с ID «plan»; ни один этап не удалось выбрать'
    })
    expect(said(lanes)).toEqual({
      en: 'no chosen lane "thoughts"; no lane could be chosen',
      da: 'ingen valgt række har id »thoughts«; ingen række kunne vælges',
      fr: 'aucune ligne choisie n’a l’id «\u00a0thoughts\u00a0»\u00a0; aucune ligne n’a pu être choisie',
      'zh-Hans': '所选泳道中没有编号为“thoughts”的泳道；没有任何泳道能被选中',
      ru: 'среди выбранных дорожек нет дорожки с ID «thoughts»; ни одну дорожку не удалось выбрать'
    })
    expect(said(templates)).toEqual({
      en: 'no template "car-rental"; there are no templates',
      da: 'ingen skabelon »car-rental«; der er ingen skabeloner',
      fr: 'aucun modèle «\u00a0car-rental\u00a0»\u00a0; il n’y a aucun modèle',
      'zh-Hans': '没有模板“car-rental”；目前没有任何模板',
      ru: 'нет шаблона «car-rental»; шаблонов нет'
    })
  })

  it('quotes the task or text a Mermaid diagram is refused for in the language’s marks, the problem’s values holding it as written', () => {
    const refused = (source: string): Problem => {
      const read = importJourney(source, 'mermaid')
      const [found] = read.ok ? [] : read.problems
      if (found === undefined) throw new Error('fixture')
      return found
    }
    const unscored = refused('journey\n  section Choose\n    Compare bikes:\n')
    expect(unscored).toMatchObject({ code: 'mermaid-task-no-score', params: { task: 'Compare bikes' } })
    expect(words(unscored, 'en')).toBe('the task "Compare bikes" has nothing after its colon; give it a score, e.g. "Compare bikes: 3"')
    expect(words(unscored, 'fr')).toContain('la tâche «\u00a0Compare bikes\u00a0» n’a rien')
    expect(words(unscored, 'da')).toContain('opgaven »Compare bikes« har intet')
    expect(words(unscored, 'ru')).toContain('у задачи «Compare bikes» ничего нет')
    expect(words(unscored, 'zh-Hans')).toContain('任务“Compare bikes”的冒号后面')
    const colon = refused('journey\n  section Choose: bikes\n')
    expect(colon).toMatchObject({ code: 'mermaid-colon-in-section', params: { text: 'section Choose' } })
    expect(words(colon, 'en')).toBe('a section name cannot contain ":" (in "section Choose")')
    expect(words(colon, 'fr')).toBe('un nom de section ne peut pas contenir ":" (dans «\u00a0section Choose\u00a0»)')
    expect(words(colon, 'zh-Hans')).toBe('分区名称不能包含 ":"（见“section Choose”）')
  })
})
