import { Banner, Button, IconCheck16, IconWarning16 } from '@create-figma-plugin/ui'

import type { Journey, Problem } from '../../src/model'
import { describeJourney } from '../state/describe-journey'
import { formatCounts } from '../state/format-counts'
import type { GenerateState } from '../state/generate-state'
import { ProblemList } from './problem-list'

interface GenerateFooterProps {
  /** The journey to draw; undefined while the input has problems. */
  journey: Journey | undefined
  problems: readonly Problem[]
  state: GenerateState
  onGenerate: () => void
}

/** The Generate button with what it will draw, its progress on big boards, and the result. */
export function GenerateFooter({ journey, problems, state, onGenerate }: GenerateFooterProps) {
  const running = state.status === 'running'
  return (
    <div class="jb-footer">
      <ProblemList problems={problems} label="Fix these to generate" />
      {state.status === 'running' ? (
        <div role="status" class="jb-row">
          <div class="jb-grow">
            <div
              class="jb-progress"
              role="progressbar"
              aria-label="Drawing the board"
              aria-valuemin={0}
              aria-valuemax={Math.max(state.total, 1)}
              aria-valuenow={state.done}
            >
              <div style={{ width: state.total === 0 ? '0%' : `${Math.round((100 * state.done) / state.total)}%` }} />
            </div>
          </div>
          <span class="jb-muted">{state.total === 0 ? 'Starting…' : `${state.done} of ${state.total}`}</span>
        </div>
      ) : null}
      {state.status === 'done' ? (
        <div role="status">
          <Banner icon={<IconCheck16 />} variant="success">
            Board generated: {formatCounts(state.summary.counts)}.
          </Banner>
        </div>
      ) : null}
      {state.status === 'failed' ? (
        <div role="alert">
          <Banner icon={<IconWarning16 />} variant="warning">
            {state.message}
          </Banner>
          <ProblemList problems={state.problems} label="Problems" />
        </div>
      ) : null}
      <div class="jb-row">
        <span class="jb-grow jb-muted" data-testid="journey-counts">
          {journey === undefined ? 'Nothing to draw yet' : describeJourney(journey)}
        </span>
        <Button onClick={onGenerate} disabled={journey === undefined || running} loading={running}>
          Generate board
        </Button>
      </div>
    </div>
  )
}
