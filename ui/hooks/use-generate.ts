import { useCallback, useEffect, useReducer } from 'preact/hooks'

import type { FileEnvelope } from '../../src/messages'
import type { Journey } from '../../src/model'
import type { Bridge } from '../bridge'
import { type GenerateState, generateStateReducer } from '../state/generate-state'
import { createRequestId } from '../state/request-id'

/** Sends a journey to the sandbox to draw and follows its progress messages. */
export function useGenerate(bridge: Bridge): { state: GenerateState; generate: (journey: Journey, source?: string, envelope?: FileEnvelope) => void; reset: () => void } {
  const [state, dispatch] = useReducer(generateStateReducer, { status: 'idle' })
  useEffect(() => bridge.subscribe((message) => dispatch({ type: 'message', message })), [bridge])
  const generate = useCallback(
    (journey: Journey, source?: string, envelope?: FileEnvelope) => {
      const requestId = createRequestId('generate')
      dispatch({ type: 'start', requestId })
      bridge.send({ type: 'generate', requestId, journey, ...(source === undefined ? {} : { source }), ...(envelope === undefined ? {} : { envelope }) })
    },
    [bridge]
  )
  const reset = useCallback(() => dispatch({ type: 'reset' }), [])
  return { state, generate, reset }
}
