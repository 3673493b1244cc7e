import { useCallback, useEffect, useReducer } from 'preact/hooks'

import type { ReadScope } from '../../src/messages'
import type { Bridge } from '../bridge'
import { type ReadBackState, readBackStateReducer } from '../state/read-back-state'
import { createRequestId } from '../state/request-id'

/** Asks the sandbox to read the selection or the page back into a journey. */
export function useReadBack(bridge: Bridge): { state: ReadBackState; read: (scope: ReadScope) => void } {
  const [state, dispatch] = useReducer(readBackStateReducer, { status: 'idle' })
  useEffect(() => bridge.subscribe((message) => dispatch({ type: 'message', message })), [bridge])
  const read = useCallback(
    (scope: ReadScope) => {
      const requestId = createRequestId('read')
      dispatch({ type: 'start', requestId })
      bridge.send({ type: 'read-back', requestId, scope })
    },
    [bridge]
  )
  return { state, read }
}
