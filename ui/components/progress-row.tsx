import { usePanelText } from '../i18n/panel-text'

/** A determinate progress bar with "done of total" beside it, for work the sandbox does in chunks. */
export function ProgressRow({ label, done, total }: { label: string; done: number; total: number }) {
  const { t, fill } = usePanelText()
  return (
    <div role="status" class="jb-row">
      <div class="jb-grow">
        <div class="jb-progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={Math.max(total, 1)} aria-valuenow={done}>
          <div style={{ width: total === 0 ? '0%' : `${Math.round((100 * done) / total)}%` }} />
        </div>
      </div>
      <span class="jb-muted">{total === 0 ? t.progress.starting : fill(t.progress.of, { done, total })}</span>
    </div>
  )
}
