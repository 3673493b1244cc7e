import { type BoardCatalogue, boardCatalogueFor, fillText, type Language, languageOrDefault, listText } from '../i18n'
import { followedPersona } from '../model'
import { escapeXml as escape } from '../render/svg/escape-xml'
import { svgMarkup } from '../render/svg/svg-tree'
import { analyseJourney, type ItemRef, type JourneyAnalytics } from './journey-analytics'
import { type AnalysedSource, journeyEmotionChart, type ReportSource, unionStages } from './journey-emotion-chart'

const HEAT_COLORS = { pains: '255, 117, 86', delights: '102, 213, 117', momentsOfTruth: '255, 201, 67' } as const
/** A non-zero count is never paler than this, so one pain still shows. */
const MIN_HEAT = 0.15
const TOP_VOTED = 10

const STYLE = `
@page { size: landscape; margin: 12mm; }
:root { color: #1E1E1E; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif; }
body { margin: 24px auto; max-width: 1200px; padding: 0 24px; line-height: 1.4; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 22px; margin: 32px 0 4px; border-bottom: 2px solid #D9D9D9; padding-bottom: 4px; }
h3 { font-size: 16px; margin: 20px 0 8px; }
.meta { color: #757575; margin: 0 0 8px; }
.chart { overflow-x: auto; }
.chart svg { max-width: 100%; height: auto; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 16px; padding: 0; margin: 4px 0 0; }
.legend li { display: flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; width: 24px; height: 0; border-top: 4px solid; }
.swatch.dashed { border-top-style: dashed; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; font-size: 14px; break-inside: avoid; }
th, td { border: 1px solid #D9D9D9; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #F9F9F9; font-weight: 600; }
table.heat td { text-align: center; font-variant-numeric: tabular-nums; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
ul.items { padding-left: 20px; margin: 4px 0; }
.where { color: #757575; }
section.journey + section.journey { break-before: page; }
@media print { body { margin: 0; max-width: none; padding: 0; } .chart { overflow: visible; } }
`

/**
 * A report for stakeholders as one self-contained HTML page (no scripts, no fonts or pictures from
 * the network): per journey, the emotion curves of every board or persona overlaid on one chart,
 * pains, delights and moments of truth per stage as a heat strip, the top-voted items where votes
 * were read, what rests on assumptions, and the opportunities and actions with their owners.
 * Sources with the same journey id are one journey; the first one's stages, scale and language
 * lead, and the others' scores are moved onto its scale. Prints on A4 or Letter, landscape.
 */
export function journeyReportHtml(sources: readonly ReportSource[]): string {
  if (sources.length === 0) throw new Error('a report needs at least one journey')
  const locale = sources[0]?.journey.locale ?? 'en'
  const t = boardCatalogueFor(locale)
  const groups = new Map<string, ReportSource[]>()
  for (const source of sources) groups.set(source.journey.id, [...(groups.get(source.journey.id) ?? []), source])
  const title = groups.size === 1 ? (sources[0]?.journey.title ?? t.report.reportTitle) : t.report.reportTitle
  const language = languageOrDefault(locale)
  const body = [...groups.values()].map((group) => journeySection(group, t, language)).join('\n')
  return [
    '<!DOCTYPE html>',
    `<html lang="${escape(locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escape(t.report.reportTitle)}</h1>`,
    sources.length > 1 ? `<p class="meta">${escape(fillText(t.report.reportSources, { count: String(sources.length) }))}</p>` : '',
    body,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

function journeySection(group: readonly ReportSource[], t: BoardCatalogue, language: Language): string {
  const analysed: AnalysedSource[] = group.map((source) => ({ ...source, analytics: analyseJourney(source.journey) }))
  const lead = analysed[0]
  if (lead === undefined) return ''
  const stages = unionStages(group)
  const many = group.length > 1
  const { separator } = t.typography
  const where = (ref: ItemRef, source: AnalysedSource): string =>
    `<span class="where">${escape(ref.stageName)}${separator}${escape(ref.laneName)}${many ? `${separator}${escape(source.label)}` : ''}</span>`

  const { svg, series } = journeyEmotionChart(analysed)
  const chart = svg === undefined ? '' : svgMarkup(svg)
  const legend = series
    .map((s) => `<li><span class="swatch${s.dashed ? ' dashed' : ''}" style="border-color: ${s.color}"></span>${escape(s.name)}</li>`)
    .join('')

  const heatRows: [string, keyof typeof HEAT_COLORS, (stage: JourneyAnalytics['stages'][number]) => number][] = [
    [t.report.pains, 'pains', (stage) => stage.pains],
    [t.report.delights, 'delights', (stage) => stage.delights],
    [t.report.momentsOfTruth, 'momentsOfTruth', (stage) => stage.momentsOfTruth]
  ]
  const heat = heatRows
    .map(([label, color, count]) => {
      const counts = stages.map((stage) => sum(analysed.map((a) => count(a.analytics.stages.find((s) => s.stageId === stage.id) ?? emptyStage()))))
      const top = Math.max(1, ...counts)
      const cells = counts
        .map((value) => {
          const alpha = value === 0 ? 0 : MIN_HEAT + (1 - MIN_HEAT) * (value / top)
          return `<td style="background: rgba(${HEAT_COLORS[color]}, ${alpha.toFixed(2)})">${value}</td>`
        })
        .join('')
      return `<tr><th scope="row">${escape(label)}</th>${cells}</tr>`
    })
    .join('')

  const voted = analysed
    .flatMap((a) => a.analytics.topVoted.map((ref) => ({ ref, source: a })))
    .sort((a, b) => (b.ref.votes ?? 0) - (a.ref.votes ?? 0))
    .slice(0, TOP_VOTED)
  const assumptions = analysed.flatMap((a) => a.analytics.assumptions.map((ref) => ({ ref, source: a })))
  const owned = (refs: (a: AnalysedSource) => readonly ItemRef[], heading: string): string => {
    const rows = analysed.flatMap((a) => refs(a).map((ref) => ({ ref, source: a })))
    if (rows.length === 0) return ''
    return [
      `<table><thead><tr><th>${escape(heading)}</th><th>${escape(t.report.stage)}</th><th>${escape(t.report.owner)}</th></tr></thead><tbody>`,
      ...rows.map(
        ({ ref, source }) =>
          `<tr><td>${escape(ref.text)}</td><td>${escape(ref.stageName)}${many ? `${separator}${escape(source.label)}` : ''}</td><td>${
            ref.owner === undefined || ref.owner.trim() === '' ? `<em>${escape(t.report.unassigned)}</em>` : escape(ref.owner)
          }</td></tr>`
      ),
      '</tbody></table>'
    ].join('')
  }
  const opportunities = owned((a) => a.analytics.opportunities, t.report.opportunities) + owned((a) => a.analytics.actionPlan, t.report.action)

  const persona = followedPersona(lead.journey)
  return [
    '<section class="journey">',
    `<h2>${escape(lead.journey.title)}</h2>`,
    lead.journey.scenario.trim() === '' ? '' : `<p>${escape(lead.journey.scenario)}</p>`,
    `<p class="meta">${escape(fillText(t.report.readFrom, { names: listText(language, group.map((s) => s.label)) }))}${persona === undefined ? '' : `${separator}${escape(fillText(t.report.persona, { name: persona.name }))}`}</p>`,
    `<h3>${escape(t.report.emotionByStage)}</h3>`,
    series.length === 0 ? `<p><em>${escape(t.report.noneYet)}</em></p>` : `<div class="chart">${chart}</div><ul class="legend">${legend}</ul>`,
    `<h3>${escape(t.report.heatStrip)}</h3>`,
    `<table class="heat"><thead><tr><th></th>${stages.map((stage) => `<th scope="col">${escape(stage.name)}</th>`).join('')}</tr></thead><tbody>${heat}</tbody></table>`,
    `<h3>${escape(t.report.topVoted)}</h3>`,
    voted.length === 0
      ? `<p><em>${escape(t.report.noVotes)}</em></p>`
      : `<ul class="items">${voted.map(({ ref, source }) => `<li><strong>${escape(fillText(t.report.votes, { count: String(ref.votes ?? 0) }))}</strong> ${escape(ref.text)} ${where(ref, source)}</li>`).join('')}</ul>`,
    `<h3>${escape(t.report.restsOnAssumptions)}</h3>`,
    assumptions.length === 0
      ? `<p><em>${escape(analysed.some((a) => a.journey.items.some((item) => item.evidence !== undefined)) ? t.report.nothingAssumed : t.report.noEvidence)}</em></p>`
      : `<ul class="items">${assumptions.map(({ ref, source }) => `<li>${escape(ref.text)} ${where(ref, source)}</li>`).join('')}</ul>`,
    `<h3>${escape(t.report.opportunitiesOwners)}</h3>`,
    opportunities === '' ? `<p><em>${escape(t.report.noneYet)}</em></p>` : opportunities,
    '</section>'
  ].join('\n')
}

function emptyStage(): JourneyAnalytics['stages'][number] {
  return { stageId: '', stageName: '', emotionByLane: [], emotionByCurve: [], scores: 0, items: 0, pains: 0, delights: 0, momentsOfTruth: 0, redFlags: 0, greenFlags: 0 }
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}

