import { LANGUAGE_NAMES, type Language, LANGUAGES } from '../../src/i18n'
import { Dropdown } from '../controls/dropdown'
import { usePanelText } from '../i18n/panel-text'

/** The panel's language, chosen at the end of a view's top bar: every view of the panel has it. */
export function LanguageMenu({ value, onValueChange }: { value: Language; onValueChange: (language: Language) => void }) {
  const { t } = usePanelText()
  return (
    <div class="jb-language">
      <Dropdown
        aria-label={t.language}
        title={t.language}
        data-testid="panel-language"
        options={LANGUAGES.map((language) => ({ value: language, text: LANGUAGE_NAMES[language] }))}
        value={value}
        onValueChange={onValueChange}
      />
    </div>
  )
}
