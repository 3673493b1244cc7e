import { describe, expect, it } from 'vitest'

import { importJourney } from '../../../src/formats'
import { CATALOGUES, type Language } from '../../../src/i18n'
import { type Problem, problem } from '../../../src/model'
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
