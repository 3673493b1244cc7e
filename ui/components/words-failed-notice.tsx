import { Banner } from '../controls/banner'
import { IconWarning } from '../controls/icons'
import { startWordsFailures, type UnpackFailure } from '../i18n/packed-panel-words'
import { usePanelText } from '../i18n/panel-text'
import { localeName } from '../state/locale-names'

/**
 * Words the panel could not unpack, named by their language: the words journeys are written in
 * (English words stand in for them), the panel's own words in a language just chosen (the
 * panel goes on in the language it spoke), and its English words packed (the problem words),
 * unpacked as it opens, which are panel words too.
 */
export function WordsFailedNotice({ panelFailure }: { panelFailure: UnpackFailure | undefined }) {
  const { t, fill } = usePanelText()
  const said = (text: string, { language, error }: UnpackFailure): string => fill(text, { language: localeName(language), error })
  const notices = [
    ...startWordsFailures().map((failure) => said(failure.language === 'en' ? t.wordsFailed : t.boardWordsFailed, failure)),
    ...(panelFailure === undefined ? [] : [said(t.wordsFailed, panelFailure)])
  ]
  if (notices.length === 0) return null
  return (
    <div role="alert" data-testid="words-failed">
      {notices.map((notice) => (
        <Banner key={notice} icon={<IconWarning />} variant="warning">
          {notice}
        </Banner>
      ))}
    </div>
  )
}
