import { useEffect, useRef, useState } from 'preact/hooks'

import { DEFAULT_LANGUAGE, type Language } from '../../src/i18n'
import { panelWordsReady, unpackPanelWordsAsync } from '../i18n/packed-panel-words'

/**
 * The language the panel speaks: the one chosen, as soon as its words are unpacked (at once for
 * English and for words that were never packed); until then the one it spoke before, so a switch
 * never flashes another language.
 */
export function useSpokenLanguage(chosen: Language): Language {
  const [, setUnpacked] = useState(0)
  const spoken = useRef<Language>(panelWordsReady(chosen) ? chosen : DEFAULT_LANGUAGE)
  if (panelWordsReady(chosen)) spoken.current = chosen
  useEffect(() => {
    if (panelWordsReady(chosen)) return
    let current = true
    unpackPanelWordsAsync(chosen).then(
      () => {
        if (current) setUnpacked((count) => count + 1)
      },
      (error: unknown) => console.warn(`Journeyboard: could not unpack the ${chosen} panel words`, error)
    )
    return () => {
      current = false
    }
  }, [chosen])
  return spoken.current
}
