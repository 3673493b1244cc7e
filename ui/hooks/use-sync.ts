import { useCallback, useEffect, useReducer } from 'preact/hooks'

import type { FileEnvelope } from '../../src/messages'
import type { Journey } from '../../src/model'
import type { Resolution } from '../../src/sync/change-set'
import type { Bridge } from '../bridge'
import { createRequestId } from '../state/request-id'
import { openConflicts, type SyncState, syncStateReducer } from '../state/sync-state'

export interface SyncControls {
  state: SyncState
  /** Asks the sandbox what updating the selected board to `journey` (from `source`) would change. */
  compare: (journey: Journey, source?: string, envelope?: FileEnvelope) => void
  /** After a failed update: compares the same journey with the same board again, keeping the choices that still apply. */
  compareAgain: () => void
  resolve: (id: string, resolution: Resolution | undefined) => void
  resolveAll: (resolution: Resolution) => void
  apply: () => void
  back: () => void
  close: () => void
}

/** Updating a board from a changed journey: compare, review, apply. */
export function useSync(bridge: Bridge): SyncControls {
  const [state, dispatch] = useReducer(syncStateReducer, { status: 'idle' })
  useEffect(() => bridge.subscribe((message) => dispatch({ type: 'message', message })), [bridge])
  const compare = useCallback(
    (journey: Journey, source?: string, envelope?: FileEnvelope) => {
      const requestId = createRequestId('compare')
      dispatch({ type: 'compare', requestId, journey, source, envelope })
      bridge.send({ type: 'sync-preview', requestId, journey, ...(source === undefined ? {} : { source }) })
    },
    [bridge]
  )
  const compareAgain = useCallback(() => {
    if (state.status !== 'failed' || state.review === undefined) return
    const { boardId, journey, source, envelope, resolutions } = state.review
    const requestId = createRequestId('compare')
    dispatch({ type: 'compare', requestId, journey, source, envelope, resolutions })
    bridge.send({ type: 'sync-preview', requestId, journey, boardId, ...(source === undefined ? {} : { source }) })
  }, [bridge, state])
  const apply = useCallback(() => {
    // The same guard as the reducer's, before anything is sent: an update with open conflicts never leaves the panel.
    if (state.status !== 'review' || openConflicts(state.review).length > 0) return
    const requestId = createRequestId('sync')
    const { boardId, journey, source, envelope, resolutions } = state.review
    dispatch({ type: 'apply', requestId })
    bridge.send({ type: 'sync-apply', requestId, boardId, journey, resolutions, ...(source === undefined ? {} : { source }), ...(envelope === undefined ? {} : { envelope }) })
  }, [bridge, state])
  const resolve = useCallback((id: string, resolution: Resolution | undefined) => dispatch({ type: 'resolve', id, resolution }), [])
  const resolveAll = useCallback((resolution: Resolution) => dispatch({ type: 'resolve-all', resolution }), [])
  const back = useCallback(() => dispatch({ type: 'back' }), [])
  const close = useCallback(() => dispatch({ type: 'close' }), [])
  return { state, compare, compareAgain, resolve, resolveAll, apply, back, close }
}
