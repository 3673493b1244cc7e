import type { Journey, Problem } from '../../src/model'
import { Banner } from '../controls/banner'
import { Button } from '../controls/button'
import { IconCheck } from '../controls/icons'
import { describeJourney } from '../state/describe-journey'
import { formatCounts } from '../state/format-counts'
import { capitalise } from '../state/summary-format'
import type { GenerateState } from '../state/generate-state'
import { FailureNotice } from './failure-notice'
import { ProblemList } from './problem-list'
import { ProgressRow } from './progress-row'
import { usePanelText } from '../i18n/panel-text'

interface GenerateFooterProps {
  /** The journey to draw; undefined while the input has problems. */
  journey: Journey | undefined
  problems: readonly Problem[]
  /** What the status line says while there is no journey to draw: why, and what to do. */
  waiting: string
  state: GenerateState
  onGenerate: () => void
  /** Updates a board already drawn to this journey instead (reviewed first). */
  onUpdate: () => void
}

/** The Generate button with what it will draw, its progress on big boards, and the result. */
export function GenerateFooter({ journey, problems, waiting, state, onGenerate, onUpdate }: GenerateFooterProps) {
  const text = usePanelText()
  const { t, fill } = text
  const running = state.status === 'running'
  return (
    <div class="jb-footer">
      <ProblemList problems={problems} label={t.footer.problems} />
      {state.status === 'running' ? <ProgressRow label={t.footer.drawing} done={state.done} total={state.total} /> : null}
      {state.status === 'done' ? (
        <div role="status">
          <Banner icon={<IconCheck />} variant="success">
            {fill(t.footer.generated, { counts: formatCounts(state.summary.contents, text) })}
          </Banner>
          {state.summary.warnings.length > 0 ? (
            <ul class="jb-list jb-muted" data-testid="generate-warnings">
              {state.summary.warnings.map((warning, index) => (
                <li key={index}>{capitalise(warning.message)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {state.status === 'failed' ? <FailureNotice message={state.message} problem={state.problem} problems={state.problems} /> : null}
      <div class="jb-footer-actions">
        <span class="jb-footer-status jb-muted" data-testid="journey-counts">
          {journey === undefined ? waiting : describeJourney(journey, text)}
        </span>
        <div class="jb-footer-buttons">
          <Button secondary data-action="update" onClick={onUpdate} disabled={journey === undefined || running} title={t.footer.updateHint}>
            {t.footer.update}
          </Button>
          <Button data-action="generate" onClick={onGenerate} disabled={journey === undefined || running} loading={running}>
            {t.footer.generate}
          </Button>
        </div>
      </div>
    </div>
  )
}
