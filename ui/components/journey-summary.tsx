import { Fragment } from 'preact'
import { useMemo } from 'preact/hooks'

import { analyseJourney, type ItemRef } from '../../src/formats/journey-analytics'
import type { Journey } from '../../src/model'
import type { BoardReading, ReadWarning } from '../../src/reader/board-reading'
import { placementReport, topVoted, UNCERTAIN_CONFIDENCE } from '../../src/reader/placement-report'
import { capitalise, emotionBar, firstOf, formatScore } from '../state/summary-format'
import { EmphasisedText } from '../i18n/emphasised-text'
import { type PanelText, usePanelText } from '../i18n/panel-text'

/** Long lists are cut here; the export has everything. */
const LIST_LIMIT = 6

function ItemList({ id, title, items, className }: { id: string; title: string; items: readonly ItemRef[]; className?: string }) {
  const { t, fill } = usePanelText()
  if (items.length === 0) return null
  const { shown, more } = firstOf(items, LIST_LIMIT)
  return (
    <section class="jb-section" aria-labelledby={id}>
      <h3 class="jb-heading" id={id}>
        {fill(t.sync.counted, { title, n: items.length })}
      </h3>
      <ul class="jb-list">
        {shown.map((item) => (
          <li key={item.itemId} class={className}>
            {item.text || t.read.noText} <span class="jb-muted">{fill(t.aside, { text: item.stageName })}</span>
          </li>
        ))}
        {more > 0 ? <li class="jb-muted">{fill(t.read.more, { n: more })}</li> : null}
      </ul>
    </section>
  )
}

/** What a warning says in the panel; several boards are told how the panel picks another. */
function shownWarning(warning: ReadWarning, { t, fill }: PanelText): string {
  const said = capitalise(warning.message)
  return warning.kind === 'several-boards' ? fill(t.read.severalBoards, { warning: said }) : said
}

function WarningList({ id, testId, title, hint, warnings }: { id: string; testId: string; title: string; hint?: string; warnings: readonly ReadWarning[] }) {
  const text = usePanelText()
  const { t, fill } = text
  if (warnings.length === 0) return null
  const { shown, more } = firstOf(warnings, LIST_LIMIT)
  return (
    <section class="jb-section" aria-labelledby={id} data-testid={testId}>
      <h3 class="jb-heading" id={id}>
        {fill(t.sync.counted, { title, n: warnings.length })}
      </h3>
      {hint === undefined ? null : <p class="jb-hint">{hint}</p>}
      <ul class="jb-list">
        {shown.map((warning, index) => (
          // The node id helps no one reading the panel; it stays as a tooltip for those who search the board by it.
          <li key={index} title={warning.nodeId === null ? undefined : fill(t.read.node, { id: warning.nodeId })}>
            {shownWarning(warning, text)}
          </li>
        ))}
        {more > 0 ? <li class="jb-muted">{fill(t.read.more, { n: more })}</li> : null}
      </ul>
    </section>
  )
}

/** What was read from the board: counts, the emotion per stage, the items that matter most, and warnings. */
interface JourneySummaryProps {
  journey: Journey
  warnings: readonly ReadWarning[]
  origin: BoardReading['origin']
  /** Selects a node on the board and zooms to it. */
  onShowNode?: (nodeId: string) => void
}

/** The items with the most dot votes: what a workshop decided. */
function TopVotes({ journey }: { journey: Journey }) {
  const { t, fill } = usePanelText()
  const top = useMemo(() => topVoted(journey, LIST_LIMIT), [journey])
  if (top.length === 0) return null
  return (
    <section class="jb-section" aria-labelledby="jb-votes-heading" data-testid="read-votes">
      <h3 class="jb-heading" id="jb-votes-heading">
        {t.read.topVotes}
      </h3>
      <ol class="jb-list">
        {top.map((item) => (
          <li key={item.itemId}>
            <strong>{item.count}</strong> {item.text || t.read.noText} <span class="jb-muted">{fill(t.aside, { text: item.kinds })}</span>
          </li>
        ))}
      </ol>
    </section>
  )
}

/** How each item of a hand-made board was placed, least sure first; each can be shown on the board. */
function Placements({ journey, onShowNode }: { journey: Journey; onShowNode?: (nodeId: string) => void }) {
  const { t, fill } = usePanelText()
  const rows = useMemo(() => placementReport(journey), [journey])
  if (rows.length === 0) return null
  const unsure = rows.filter((row) => row.confidence < UNCERTAIN_CONFIDENCE).length
  const { shown, more } = firstOf(rows, LIST_LIMIT)
  return (
    <section class="jb-section" aria-labelledby="jb-placements-heading" data-testid="read-placements">
      <h3 class="jb-heading" id="jb-placements-heading">
        {fill(t.read.placements, { n: unsure })}
      </h3>
      <p class="jb-hint">{t.read.placementsHint}</p>
      <ul class="jb-list">
        {shown.map((row) => (
          <li key={row.itemId} class={row.confidence < UNCERTAIN_CONFIDENCE ? 'jb-flag-red' : undefined}>
            {row.text || t.read.noText}{' '}
            <span class="jb-muted">
              {fill(t.aside, {
                text: fill(t.read.placementLine, {
                  stage: row.stage,
                  lane: row.lane,
                  stageBy: t.read.placedBy[row.stageBy],
                  laneBy: t.read.placedBy[row.laneBy],
                  percent: Math.round(row.confidence * 100)
                })
              })}
            </span>{' '}
            {onShowNode === undefined ? null : (
              <button type="button" class="jb-link-button" onClick={() => onShowNode(row.nodeId)} aria-label={fill(t.read.showOnBoard, { text: row.text })}>
                {t.read.show}
              </button>
            )}
          </li>
        ))}
        {more > 0 ? <li class="jb-muted">{fill(t.read.moreInExport, { n: more })}</li> : null}
      </ul>
    </section>
  )
}

export function JourneySummary({ journey, warnings, origin, onShowNode }: JourneySummaryProps) {
  const { t, form, language } = usePanelText()
  const analytics = useMemo(() => analyseJourney(journey), [journey])
  const { totals } = analytics
  const scored = analytics.stages.filter((stage) => stage.emotion !== undefined)
  return (
    <div data-testid="read-summary">
      <section class="jb-section" aria-labelledby="jb-read-title">
        <h2 class="jb-heading" id="jb-read-title">
          {journey.title}
        </h2>
        <p class="jb-hint">{origin === 'generated' ? t.read.generated : t.read.handMade}</p>
        <ul class="jb-stats" aria-label={t.read.counts}>
          <li>
            <EmphasisedText text={form(t.journey.stages, totals.stages)} values={{ n: totals.stages }} language={language} />
          </li>
          <li>
            <EmphasisedText text={form(t.journey.lanes, totals.lanes)} values={{ n: totals.lanes }} language={language} />
          </li>
          <li>
            <EmphasisedText text={form(t.journey.stickies, totals.items)} values={{ n: totals.items }} language={language} />
          </li>
          <li>
            <EmphasisedText text={form(t.read.momentsOfTruth, totals.momentsOfTruth)} values={{ n: totals.momentsOfTruth }} language={language} />
          </li>
          <li>
            <EmphasisedText text={t.read.flags} values={{ red: totals.redFlags, green: totals.greenFlags }} language={language} />
          </li>
        </ul>
      </section>
      {scored.length > 0 ? (
        <section class="jb-section" aria-labelledby="jb-emotion-heading">
          <h3 class="jb-heading" id="jb-emotion-heading">
            {t.read.emotionPerStage}
          </h3>
          <dl class="jb-emotions">
            {analytics.stages.map((stage) => {
              const bar = stage.emotion === undefined ? undefined : emotionBar(stage.emotion, analytics.emotionScale)
              return (
                <Fragment key={stage.stageId}>
                  <dt class="jb-emotion-name" title={stage.stageName}>
                    {stage.stageName}
                  </dt>
                  <dd class="jb-emotion-bar" aria-hidden="true" style={{ margin: 0 }}>
                    {bar === undefined ? null : (
                      <div class={bar.positive ? 'jb-positive' : 'jb-negative'} style={{ left: `${bar.left}%`, width: `${Math.max(bar.width, 1)}%` }} />
                    )}
                  </dd>
                  <dd class="jb-emotion-score" style={{ margin: 0 }}>
                    {stage.emotion === undefined ? '–' : formatScore(stage.emotion, language)}
                  </dd>
                </Fragment>
              )
            })}
          </dl>
        </section>
      ) : null}
      <TopVotes journey={journey} />
      <Placements journey={journey} {...(onShowNode === undefined ? {} : { onShowNode })} />
      <ItemList id="jb-mot-heading" title={t.read.momentsOfTruthHeading} items={analytics.momentsOfTruth} />
      <ItemList id="jb-red-heading" title={t.read.redFlags} items={analytics.redFlags} className="jb-flag-red" />
      <ItemList id="jb-green-heading" title={t.read.greenFlags} items={analytics.greenFlags} className="jb-flag-green" />
      <WarningList
        id="jb-not-read-heading"
        testId="read-warnings"
        title={t.read.notRead}
        hint={t.read.notReadHint}
        warnings={warnings.filter((warning) => warning.kind === 'not-read')}
      />
      <WarningList id="jb-notes-heading" testId="read-notes" title={t.read.notes} warnings={warnings.filter((warning) => warning.kind !== 'not-read')} />
    </div>
  )
}
