import type { BoardSummary, ParsedMainToUi } from '../../src/messages'
import type { Problem } from '../../src/model'

/** Where one Generate stands, as the footer shows it. */
export type GenerateState =
  | { status: 'idle' }
  | { status: 'running'; requestId: string; done: number; total: number }
  | { status: 'done'; summary: BoardSummary }
  | { status: 'failed'; message: string; problem?: Problem | undefined; problems: Problem[] }

export type GenerateAction = { type: 'start'; requestId: string } | { type: 'message'; message: ParsedMainToUi } | { type: 'reset' }

/** Folds the sandbox's answers into the state; answers to other (older) requests are ignored. */
export function generateStateReducer(state: GenerateState, action: GenerateAction): GenerateState {
  switch (action.type) {
    case 'start':
      return { status: 'running', requestId: action.requestId, done: 0, total: 0 }
    case 'reset':
      // The same state when there is nothing to reset, so resetting (on every change of the
      // choices, and as the form first loads) re-renders nothing.
      return state.status === 'running' || state.status === 'idle' ? state : { status: 'idle' }
    case 'message': {
      const { message } = action
      if (state.status !== 'running' || !('requestId' in message) || message.requestId !== state.requestId) return state
      switch (message.type) {
        case 'progress':
          return { ...state, done: message.done, total: message.total }
        case 'generated':
          return { status: 'done', summary: message.summary }
        case 'error':
          return { status: 'failed', message: message.message, problem: message.problem, problems: message.problems }
        default:
          return state
      }
    }
  }
}
