import { useEffect, useRef, useState } from 'preact/hooks'

import { DEFAULT_LANGUAGE, type Language } from '../../src/i18n'
import { panelWordsReady, type UnpackFailure, unpackFailureOf, unpackPanelWordsAsync } from '../i18n/packed-panel-words'

/**
 * The language the panel speaks: the one chosen, as soon as its words are unpacked (at once for
 * English and for words that were never packed); until then the one it spoke before, so a switch
 * never flashes another language. When the words cannot be unpacked (no decompressor, corrupt
 * data), `unspoken` is told the language the panel still speaks, so the choice shown can go back to
 * it instead of naming a language the panel does not speak, and why; choosing the language again retries.
 */
export function useSpokenLanguage(chosen: Language, unspoken: (spoken: Language, failure: UnpackFailure) => void): Language {
  const [, setUnpacked] = useState(0)
  const spoken = useRef<Language>(panelWordsReady(chosen) ? chosen : DEFAULT_LANGUAGE)
  if (panelWordsReady(chosen)) spoken.current = chosen
  const unspokenRef = useRef(unspoken)
  unspokenRef.current = unspoken
  useEffect(() => {
    if (panelWordsReady(chosen)) return
    let current = true
    unpackPanelWordsAsync(chosen).then(
      () => {
        if (current) setUnpacked((count) => count + 1)
      },
      (error: unknown) => {
        console.warn(`Journeyboard: could not unpack the ${chosen} panel words`, error)
        if (current) unspokenRef.current(spoken.current, { language: chosen, error: unpackFailureOf(chosen) ?? String(error) })
      }
    )
    return () => {
      current = false
    }
  }, [chosen])
  return spoken.current
}
