import type { EarlyAnswers } from './say-ready-early'

/** The window property the panel's first script leaves what it kept on, for the rest of the panel. */
const HANDED_OVER = 'journeyboardEarlyAnswers'

type Host = Partial<Record<typeof HANDED_OVER, EarlyAnswers>>

/** Leaves what the panel's first script keeps (see say-ready-first.ts) for the rest of the panel. */
export function handOverEarlyAnswers(host: object, answers: EarlyAnswers): void {
  ;(host as Host)[HANDED_OVER] = answers
}

/**
 * What the panel's first script kept, once: undefined when it did not run (a page holding the panel
 * without it), and the bridge then says "ready" itself when the panel does.
 */
export function takeEarlyAnswers(host: object): EarlyAnswers | undefined {
  const answers = (host as Host)[HANDED_OVER]
  delete (host as Host)[HANDED_OVER]
  return answers
}
