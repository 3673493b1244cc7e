import type { Problem } from '../../src/model'
import { Banner } from '../controls/banner'
import { IconWarning } from '../controls/icons'
import { ProblemList } from './problem-list'
import { usePanelText } from '../i18n/panel-text'
import { problemWords } from '../i18n/problem-words'
import { capitalise } from '../state/summary-format'

/**
 * What went wrong, announced at once, with every problem and where it is. `problem`, when the
 * message says one, is worded in the panel's language from its code (the message is its English).
 */
export function FailureNotice({ message, problem, problems, testId }: { message: string; problem?: Problem | undefined; problems: readonly Problem[]; testId?: string }) {
  const text = usePanelText()
  const said = problem?.code === undefined ? message : capitalise(problemWords(problem, text))
  return (
    <div role="alert" data-testid={testId}>
      <Banner icon={<IconWarning />} variant="warning">
        {said}
      </Banner>
      <ProblemList problems={problems} label={text.t.problems} />
    </div>
  )
}
