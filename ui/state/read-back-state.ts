import type { EmotionChartView } from '../../src/formats/emotion-chart-view'
import type { ParsedMainToUi } from '../../src/messages'
import { envelopeOf, type Journey, type JourneyEnvelope, type Problem } from '../../src/model'
import type { BoardReading, ReadWarning } from '../../src/reader/board-reading'

/** Where reading the board back stands. */
export type ReadBackState =
  | { status: 'idle' }
  | { status: 'reading'; requestId: string }
  | { status: 'done'; journey: Journey; warnings: ReadWarning[]; origin: BoardReading['origin']; chart: EmotionChartView | undefined; envelope: JourneyEnvelope }
  | { status: 'failed'; message: string; problem?: Problem | undefined; problems: Problem[] }

export type ReadBackAction = { type: 'start'; requestId: string } | { type: 'message'; message: ParsedMainToUi }

/** Folds the sandbox's answer into the state; answers to other requests are ignored. */
export function readBackStateReducer(state: ReadBackState, action: ReadBackAction): ReadBackState {
  if (action.type === 'start') return { status: 'reading', requestId: action.requestId }
  const { message } = action
  if (state.status !== 'reading' || !('requestId' in message) || message.requestId !== state.requestId) return state
  if (message.type === 'read-back-result') {
    return { status: 'done', journey: message.journey, warnings: message.warnings, origin: message.origin, chart: message.chart, envelope: envelopeOf(message.envelope) }
  }
  if (message.type === 'error') return { status: 'failed', message: message.message, problem: message.problem, problems: message.problems }
  return state
}
