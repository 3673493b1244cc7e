import { useEffect, useRef } from 'preact/hooks'

import type { ReadWarning } from '../../src/reader'
import { Banner } from '../controls/banner'
import { Button } from '../controls/button'
import { Checkbox } from '../controls/checkbox'
import { IconCheck } from '../controls/icons'
import { LoadingIndicator } from '../controls/loading-indicator'
import { SegmentedControl } from '../controls/segmented-control'
import type { SyncControls } from '../hooks/use-sync'
import { type ChangeRow, changeRow, conflictView, keptRemovalRow } from '../state/change-rows'
import { formatSyncCounts } from '../state/format-counts'
import { capitalise, firstOf } from '../state/summary-format'
import { nothingToChange, openConflicts, type SyncReview, syncReviewOf } from '../state/sync-state'
import { FailureNotice } from './failure-notice'
import { ProblemList } from './problem-list'
import { ProgressRow } from './progress-row'
import { type PanelText, usePanelText } from '../i18n/panel-text'

/** Long lists of changes are cut here; every conflict is always shown, since each needs a choice. */
const CHANGE_LIST_LIMIT = 40

function ChangeList({ id, title, rows }: { id: string; title: string; rows: readonly ChangeRow[] }) {
  const { t, fill } = usePanelText()
  if (rows.length === 0) return null
  const { shown, more } = firstOf(rows, CHANGE_LIST_LIMIT)
  return (
    <section class="jb-section" aria-labelledby={id}>
      <h3 class="jb-heading" id={id}>
        {fill(t.sync.counted, { title, n: rows.length })}
      </h3>
      <ul class="jb-changes" aria-labelledby={id}>
        {shown.map((row) => (
          <li key={row.id}>
            <span class="jb-change-kind" data-kind={row.kindId}>
              {row.kind}
            </span>{' '}
            {row.title}
            {row.place === '' ? null : <span class="jb-muted"> {fill(t.aside, { text: row.place })}</span>}
            {row.detail === '' ? null : <div class="jb-change-detail">{row.detail}</div>}
            {row.note === '' ? null : <div class="jb-muted">({row.note})</div>}
          </li>
        ))}
        {more > 0 ? <li class="jb-muted">{fill(t.read.more, { n: more })}</li> : null}
      </ul>
    </section>
  )
}

function Conflicts({ review, onResolve, onResolveAll }: { review: SyncReview; onResolve: SyncControls['resolve']; onResolveAll: SyncControls['resolveAll'] }) {
  const text = usePanelText()
  const { t, fill } = text
  const { conflicts } = review.changeSet
  if (conflicts.length === 0) return null
  return (
    <section class="jb-section" aria-labelledby="jb-conflicts-heading" data-testid="sync-conflicts">
      <div class="jb-section-head">
        <h3 class="jb-heading" id="jb-conflicts-heading">
          {fill(t.sync.counted, { title: t.sync.conflicts, n: conflicts.length })}
        </h3>
        <div class="jb-row">
          <Button secondary onClick={() => onResolveAll('board')}>
            {t.sync.allBoard}
          </Button>
          <Button secondary onClick={() => onResolveAll('data')}>
            {t.sync.allData}
          </Button>
        </div>
      </div>
      <p class="jb-hint">{t.sync.conflictsHint}</p>
      <ul class="jb-conflicts">
        {conflicts.map((conflict, index) => {
          const view = conflictView(conflict, review.changeSet.names, text)
          const headingId = `jb-conflict-${index}`
          return (
            <li key={view.id} class="jb-conflict" aria-labelledby={headingId}>
              <div id={headingId} class="jb-card-title">
                {view.title}
                {view.place === '' ? null : <span class="jb-muted"> {fill(t.aside, { text: view.place })}</span>}
              </div>
              <div class="jb-muted">{view.summary}</div>
              <dl class="jb-versions">
                {view.fields.map((field) => (
                  <div key={field.field} class="jb-version-field">
                    <dt>{field.field}</dt>
                    <dd>
                      <span class="jb-version-side">{t.changes.choices.board}</span> {field.board}
                    </dd>
                    <dd>
                      <span class="jb-version-side">{t.changes.choices.data}</span> {field.data}
                    </dd>
                  </div>
                ))}
              </dl>
              <SegmentedControl
                aria-label={fill(t.sync.versionOf, { title: view.title })}
                options={view.choices.map((choice) => ({ value: choice, children: t.changes.choices[choice] }))}
                value={review.resolutions[view.id] ?? ''}
                onValueChange={(choice) => onResolve(view.id, choice)}
              />
            </li>
          )
        })}
      </ul>
    </section>
  )
}

function KeptRemovals({ review, onResolve }: { review: SyncReview; onResolve: SyncControls['resolve'] }) {
  const text = usePanelText()
  const { t, fill, catalogue } = text
  const { keptRemovals } = review.changeSet
  if (keptRemovals.length === 0) return null
  return (
    <section class="jb-section" aria-labelledby="jb-kept-heading" data-testid="sync-kept">
      <h3 class="jb-heading" id="jb-kept-heading">
        {fill(t.sync.counted, { title: t.sync.kept, n: keptRemovals.length })}
      </h3>
      <p class="jb-hint">{fill(t.sync.keptHint, { label: catalogue.board.removedFromData })}</p>
      <ul class="jb-changes">
        {keptRemovals.map((kept) => {
          const row = keptRemovalRow(kept, text)
          // Only items can go after all; a stage or lane stays while kept items sit in it.
          const removable = kept.subject === 'item' || kept.subject === 'link'
          return (
            <li key={row.id}>
              {row.title}
              {row.place === '' ? null : <span class="jb-muted"> {fill(t.aside, { text: row.place })}</span>}
              <div class="jb-muted">{row.reasons}</div>
              {removable ? (
                <Checkbox value={review.resolutions[row.id] === 'data'} onValueChange={(remove) => onResolve(row.id, remove ? 'data' : undefined)}>
                  {fill(t.sync.removeAfterAll, { title: row.title })}
                </Checkbox>
              ) : null}
            </li>
          )
        })}
      </ul>
    </section>
  )
}

/**
 * The change set before anything is touched, the conflicts to settle, then the update and what it did.
 * @param warnings the review's warnings in the panel's language (see useWordedWarnings)
 */
export function SyncView({ sync, warnings }: { sync: SyncControls; warnings: readonly ReadWarning[] }) {
  return sync.state.status === 'idle' ? null : <SyncReviewView sync={sync} warnings={warnings} />
}

function SyncReviewView({ sync, warnings }: { sync: SyncControls; warnings: readonly ReadWarning[] }) {
  const text = usePanelText()
  const { t, fill } = text
  const { state } = sync
  // The view replaces the tabs and the button that opened it: move the focus to its heading, so
  // keyboard and screen-reader users land at its start instead of at the top of the page.
  const headingRef = useRef<HTMLHeadingElement>(null)
  const resultRef = useRef<HTMLDivElement>(null)
  // The controls that had the focus go away as the view changes: a result takes it when it comes,
  // the heading when a review (re)appears.
  useEffect(() => {
    if (state.status === 'done' || state.status === 'failed') resultRef.current?.focus()
    else if (state.status !== 'applying') headingRef.current?.focus()
  }, [state.status])
  const review = syncReviewOf(state)
  const open = state.status === 'review' ? openConflicts(state.review) : []
  const canApply = state.status === 'review' && open.length === 0 && !nothingToChange(state.review.changeSet)
  return (
    <div class="jb-panel-view" role="region" aria-label={t.sync.region}>
      <div class="jb-body">
        <section class="jb-section" aria-labelledby="jb-sync-heading">
          <div class="jb-section-head">
            <h2 class="jb-heading" id="jb-sync-heading" tabIndex={-1} ref={headingRef}>
              {review === undefined ? t.sync.headingNone : fill(t.sync.heading, { board: review.boardName })}
            </h2>
          </div>
          <p class="jb-hint">
            {state.status === 'done' ? t.sync.doneHint : t.sync.reviewHint}
          </p>
        </section>
        {state.status === 'comparing' ? (
          <div class="jb-section jb-row" role="status">
            <LoadingIndicator />
            <span class="jb-muted">{t.sync.comparing}</span>
          </div>
        ) : null}
        {review !== undefined && state.status !== 'failed' ? (
          <div data-testid="sync-review">
            {nothingToChange(review.changeSet) ? <p class="jb-section jb-muted">{t.sync.nothing}</p> : null}
            <Conflicts review={review} onResolve={sync.resolve} onResolveAll={sync.resolveAll} />
            <ChangeList id="jb-sync-changes-heading" title={t.sync.changes} rows={review.changeSet.changes.map((change) => changeRow(change, review.changeSet.names, text))} />
            <KeptRemovals review={review} onResolve={sync.resolve} />
            <ChangeList id="jb-sync-edits-heading" title={t.sync.edits} rows={review.changeSet.boardEdits.map((change) => changeRow(change, review.changeSet.names, text))} />
            {review.warnings.length > 0 ? (
              <section class="jb-section" aria-labelledby="jb-sync-warnings-heading">
                <h3 class="jb-heading" id="jb-sync-warnings-heading">
                  {fill(t.sync.counted, { title: t.sync.doubts, n: review.warnings.length })}
                </h3>
                <ul class="jb-list jb-muted">
                  {firstOf(warnings, CHANGE_LIST_LIMIT).shown.map((warning, index) => (
                    <li key={index}>{capitalise(warning.message)}</li>
                  ))}
                  {review.warnings.length > CHANGE_LIST_LIMIT ? <li>{fill(t.read.more, { n: review.warnings.length - CHANGE_LIST_LIMIT })}</li> : null}
                </ul>
              </section>
            ) : null}
          </div>
        ) : null}
      </div>
      <div class="jb-footer">
        {state.status === 'applying' ? <ProgressRow label={t.sync.updating} done={state.done} total={state.total} /> : null}
        {state.status === 'done' ? (
          <div role="status" data-testid="sync-done" tabIndex={-1} ref={resultRef} class="jb-focus-target">
            <Banner icon={<IconCheck />} variant="success">
              {fill(t.sync.updated, { counts: formatSyncCounts(state.result, text) })}
            </Banner>
            <ProblemList problems={state.result.notRemoved.map((n) => ({ path: n.nodeId, message: fill(t.sync.removeByHand, { message: n.message }) }))} label={t.sync.notRemoved} />
          </div>
        ) : null}
        {state.status === 'failed' ? (
          <div tabIndex={-1} ref={resultRef} class="jb-focus-target">
            <FailureNotice message={state.message} problem={state.problem} problems={state.problems} testId="sync-error" />
          </div>
        ) : null}
        <div class="jb-footer-actions">
          <span class="jb-footer-status jb-muted" data-testid="sync-status">
            {state.status === 'review' ? reviewStatus(state.review, open.length, text) : ''}
          </span>
          <div class="jb-footer-buttons">
            {state.status === 'failed' && state.review !== undefined ? (
              <>
                <Button secondary onClick={sync.back}>
                  {t.sync.back}
                </Button>
                <Button onClick={sync.compareAgain}>{t.sync.compareAgain}</Button>
              </>
            ) : null}
            <Button secondary onClick={sync.close} disabled={state.status === 'applying'}>
              {state.status === 'done' ? t.sync.done : t.sync.cancel}
            </Button>
            {state.status === 'review' || state.status === 'applying' ? (
              <Button onClick={sync.apply} disabled={!canApply} loading={state.status === 'applying'}>
                {t.sync.apply}
              </Button>
            ) : null}
          </div>
        </div>
      </div>
    </div>
  )
}

function reviewStatus(review: SyncReview, open: number, { t, count }: PanelText): string {
  if (open > 0) return count(t.sync.pick, open)
  if (nothingToChange(review.changeSet)) return t.sync.upToDate
  return count(t.sync.changeCount, review.changeSet.changes.length + review.changeSet.conflicts.length)
}
