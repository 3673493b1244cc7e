import { da } from './catalogues/da'
import { type Catalogue, en } from './catalogues/en'
import { fr } from './catalogues/fr'
import { ru } from './catalogues/ru'
import { zhHans } from './catalogues/zh-hans'
import { type Language, languageOrDefault } from './languages'

export type { Catalogue }

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, da, fr, 'zh-Hans': zhHans, ru }

/** The catalogue for a locale such as "da", "fr-CA" or "zh-CN"; English for languages Journeyboard does not speak. */
export function catalogueFor(locale: string): Catalogue {
  return CATALOGUES[languageOrDefault(locale)]
}
