import type { Problem } from '../../src/model'
import { Banner } from '../controls/banner'
import { IconWarning } from '../controls/icons'
import { ProblemList } from './problem-list'
import { usePanelText } from '../i18n/panel-text'

/** What went wrong, announced at once, with every problem and where it is. */
export function FailureNotice({ message, problems, testId }: { message: string; problems: readonly Problem[]; testId?: string }) {
  const { t } = usePanelText()
  return (
    <div role="alert" data-testid={testId}>
      <Banner icon={<IconWarning />} variant="warning">
        {message}
      </Banner>
      <ProblemList problems={problems} label={t.problems} />
    </div>
  )
}
