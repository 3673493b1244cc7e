import { useMemo } from 'preact/hooks'

import { CATALOGUES, type Language } from '../../src/i18n'
import type { ReadWarning } from '../../src/reader'
import type { Bridge } from '../bridge'
import { causesWords } from '../i18n/problem-words'
import { createRequestId } from '../state/request-id'
import { useLatestAnswer } from './use-latest-answer'

/**
 * The reader's warnings in the language the panel speaks now, a switch included. The sandbox words
 * them from their codes and values (the reader's words in five languages would not fit the panel),
 * so the panel asks it to word them in its language; until it answers, they read as they came.
 * Asked for every new list too: the sandbox words what it sends in the language it was last told,
 * which is not the panel's while the panel speaks the browser's language it never saved. The
 * problems a warning sums up go with it in the panel's words, which hold the problems' words.
 * @param language the language the panel speaks; given, not read from the panel's words, because
 * the panel's root (which provides them) words the Generate result's warnings too.
 */
export function useWordedWarnings(bridge: Bridge, language: Language, warnings: readonly ReadWarning[]): readonly ReadWarning[] {
  const reading = useMemo(() => createRequestId('warnings'), [warnings])
  const key = warnings.length === 0 ? undefined : `${reading} ${language}`
  const answer = useLatestAnswer(
    bridge,
    key,
    (requestId) => ({
      type: 'word-warnings',
      requestId,
      language,
      warnings: [...warnings],
      problems: warnings.map((warning) => (warning.causes === undefined ? null : causesWords(warning.causes, { language, catalogue: CATALOGUES[language] })))
    }),
    (message) => (message.type === 'warnings-worded' ? message.messages : undefined)
  )
  const worded = answer?.key === key ? answer?.value : undefined
  // The same list from render to render until the words change, so what shows it need not draw again.
  return useMemo(
    () => (worded?.length === warnings.length ? warnings.map((warning, index) => ({ ...warning, message: worded[index] ?? warning.message })) : warnings),
    [warnings, worded]
  )
}
