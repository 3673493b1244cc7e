import { daProblems } from './catalogues/problems/da'
import type { ProblemCatalogue, ProblemCode } from './catalogues/problems/en'
import { frProblems } from './catalogues/problems/fr'
import { ruProblems } from './catalogues/problems/ru'
import { zhHansProblems } from './catalogues/problems/zh-hans'
import { ENGLISH_PROBLEMS } from './english-problems'
import type { Language } from './languages'

export type { ProblemCatalogue, ProblemCode }

/**
 * What Journeyboard says is wrong with a journey or a file, in each language. The model words its
 * problems in English only (`message`); the panel, which shows them, words their codes in its own.
 */
export const PROBLEM_CATALOGUES: Readonly<Record<Language, ProblemCatalogue>> = { en: ENGLISH_PROBLEMS, da: daProblems, fr: frProblems, 'zh-Hans': zhHansProblems, ru: ruProblems }
