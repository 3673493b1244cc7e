import { daReading } from './catalogues/reading/da'
import { enReading, type ReadingCatalogue } from './catalogues/reading/en'
import { frReading } from './catalogues/reading/fr'
import { ruReading } from './catalogues/reading/ru'
import { zhHansReading } from './catalogues/reading/zh-hans'
import type { Language } from './languages'

export type { ReadingCatalogue }

/**
 * What the reader says about a board, in each language: kept apart from the panel's catalogues
 * because the sandbox words the warnings it sends in the panel's language, as it does its other
 * messages, and the panel carries none of these words.
 */
export const READING_CATALOGUES: Readonly<Record<Language, ReadingCatalogue>> = { en: enReading, da: daReading, fr: frReading, 'zh-Hans': zhHansReading, ru: ruReading }
