import { createContext } from 'preact'
import { useContext } from 'preact/hooks'

import { type Catalogue, CATALOGUES, countText, DEFAULT_LANGUAGE, fillText, type Language, type Plural, pluralCategory } from '../../src/i18n'

/** The panel's words in one language, with the helpers that fill and count them. */
export interface PanelText {
  language: Language
  /** The whole catalogue (the panel also names lane kinds, channels and board words). */
  catalogue: Catalogue
  /** The panel's own words. */
  t: Catalogue['panel']
  fill(text: string, values: Readonly<Record<string, string | number>>): string
  count(forms: Plural, n: number, values?: Readonly<Record<string, string | number>>): string
  /** The form of a counted text for `n`, placeholders left in (for text that sets the number apart). */
  form(forms: Plural, n: number): string
}

export function panelText(language: Language): PanelText {
  const catalogue = CATALOGUES[language]
  return {
    language,
    catalogue,
    t: catalogue.panel,
    fill: fillText,
    count: (forms, n, values) => countText(language, forms, n, values),
    form: (forms, n) => forms[pluralCategory(language, n)] ?? forms.other
  }
}

export const PanelTextContext = createContext<PanelText>(panelText(DEFAULT_LANGUAGE))

/** The panel's words in the language the user reads it in. */
export function usePanelText(): PanelText {
  return useContext(PanelTextContext)
}
