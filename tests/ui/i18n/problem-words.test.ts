import { describe, expect, it } from 'vitest'

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
})
