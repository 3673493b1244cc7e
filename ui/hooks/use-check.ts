import { useLayoutEffect, useState } from 'preact/hooks'

import type { ParsedMainToUi } from '../../src/messages'
import type { Bridge } from '../bridge'

type Message<T extends ParsedMainToUi['type']> = Extract<ParsedMainToUi, { type: T }>

/** What the check command has shown so far: its words once it starts, each step, then the report. */
export interface CheckState {
  texts?: Message<'check-started'>['texts']
  steps: Message<'check-step'>[]
  report?: Message<'check-report'>
}

/**
 * Follows "Check Journeyboard in this file" from the panel's first message on, so no step is missed
 * while the check's view is being put up.
 */
export function useCheck(bridge: Bridge): CheckState {
  const [state, setState] = useState<CheckState>({ steps: [] })
  // A layout effect, subscribed before the panel says "ready" (see usePanelSettings).
  useLayoutEffect(
    () =>
      bridge.subscribe((message) => {
        if (message.type === 'check-started') setState({ texts: message.texts, steps: [] })
        else if (message.type === 'check-step') setState((now) => ({ ...now, steps: [...now.steps, message] }))
        else if (message.type === 'check-report') setState((now) => ({ ...now, report: message }))
      }),
    [bridge]
  )
  return state
}
