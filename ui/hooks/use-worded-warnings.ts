import { useMemo } from 'preact/hooks'

import type { ReadWarning } from '../../src/reader'
import type { Bridge } from '../bridge'
import { usePanelText } from '../i18n/panel-text'
import { createRequestId } from '../state/request-id'
import { useLatestAnswer } from './use-latest-answer'

/**
 * The reader's warnings in the language the panel speaks now, a switch included. The sandbox words
 * them from their codes and values (the reader's words in five languages would not fit the panel),
 * so the panel asks it to word them in its language; until it answers, they read as they came.
 */
export function useWordedWarnings(bridge: Bridge, warnings: readonly ReadWarning[]): readonly ReadWarning[] {
  const { language } = usePanelText()
  const reading = useMemo(() => createRequestId('warnings'), [warnings])
  const key = warnings.length === 0 ? undefined : `${reading} ${language}`
  const answer = useLatestAnswer(
    bridge,
    key,
    (requestId) => ({ type: 'word-warnings', requestId, language, warnings: [...warnings] }),
    (message) => (message.type === 'warnings-worded' ? message.messages : undefined)
  )
  const worded = answer?.key === key ? answer?.value : undefined
  return worded?.length === warnings.length ? warnings.map((warning, index) => ({ ...warning, message: worded[index] ?? warning.message })) : warnings
}
