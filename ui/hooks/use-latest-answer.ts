import { useEffect, useRef, useState } from 'preact/hooks'

import type { ParsedMainToUi, UiToMain } from '../../src/messages'
import type { Bridge } from '../bridge'
import { createRequestId } from '../state/request-id'

/** The sandbox's answer to one question, and the question's key. */
export interface Answer<T> {
  key: string
  value: T
}

/**
 * Asks the sandbox again whenever the question (named by `key`) changes, and keeps the answer to
 * the latest question asked: an answer to an earlier one that arrives late is dropped. Until the
 * latest is answered, the previous answer is given back with its own key, so the caller can tell
 * an answer that no longer applies (and say so) from the current one.
 * @param ask the message that asks the question, with its request id.
 * @param answerOf what an answer to that request says; undefined for any other message.
 */
export function useLatestAnswer<T>(
  bridge: Bridge,
  key: string | undefined,
  ask: (requestId: string) => UiToMain,
  answerOf: (message: ParsedMainToUi) => T | undefined
): Answer<T> | undefined {
  const [answer, setAnswer] = useState<Answer<T> | undefined>(undefined)
  const asked = useRef<{ requestId: string; key: string }>()
  const latest = useRef({ ask, answerOf })
  latest.current = { ask, answerOf }
  useEffect(
    () =>
      bridge.subscribe((message) => {
        const question = asked.current
        if (question === undefined || !('requestId' in message) || message.requestId !== question.requestId) return
        const value = latest.current.answerOf(message)
        if (value !== undefined) setAnswer({ key: question.key, value })
      }),
    [bridge]
  )
  useEffect(() => {
    if (key === undefined) {
      asked.current = undefined
      return
    }
    const requestId = createRequestId('ask')
    asked.current = { requestId, key }
    bridge.send(latest.current.ask(requestId))
  }, [bridge, key])
  return answer
}
