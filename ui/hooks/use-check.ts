import { useCallback, useLayoutEffect, useState } from 'preact/hooks'

import type { Language } from '../../src/i18n'
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
export function useCheck(bridge: Bridge): CheckState & { speak: (language: Language) => void } {
  const [state, setState] = useState<CheckState>({ steps: [] })
  // A layout effect, subscribed before the panel says "ready" (see usePanelSettings).
  useLayoutEffect(
    () =>
      bridge.subscribe((message) => {
        if (message.type === 'check-started') setState({ texts: message.texts, steps: [] })
        else if (message.type === 'check-step') setState((now) => ({ ...now, steps: [...now.steps, message] }))
        else if (message.type === 'check-report') setState((now) => ({ ...now, report: message }))
        else if (message.type === 'check-worded') setState((now) => worded(now, message))
      }),
    [bridge]
  )
  // The check's words are the sandbox's: in another language, they are asked for again.
  const speak = useCallback((language: Language) => bridge.send({ type: 'word-check', language }), [bridge])
  return { ...state, speak }
}

/** What the check has shown so far, in the words of another language. */
function worded(state: CheckState, { texts, labels, summary }: Message<'check-worded'>): CheckState {
  return {
    texts,
    steps: state.steps.map((step) => ({ ...step, label: labels[step.step.code] ?? step.label })),
    ...(state.report === undefined ? {} : { report: { ...state.report, summary: summary ?? state.report.summary } })
  }
}
