import { BODY_FONT, HEADING_FONT, STICKY_FONT_SIZE } from '../layout/layout-metrics'
import type { PlanFont } from '../layout/board-plan'
import { type Item, type Journey, type JourneyInput, validateJourney } from '../model'
import { carRentalTemplate } from '../templates'

/** The template the check's board and samples come from: it is written in every language Journeyboard speaks. */
const CHECK_TEMPLATE = carRentalTemplate
/** Stages and lanes the small test board keeps: enough for an emotion curve, a link and stickies of several kinds. */
const CHECK_STAGES = 2
const CHECK_LANE_KINDS = new Set(['emotion', 'pains', 'needs'])
const ITEMS_PER_CELL = 2

/** The template's journey in a locale, validated (a template that does not validate is a bug). */
export function templateJourney(locale: string): Journey {
  const valid = validateJourney(CHECK_TEMPLATE.journey(locale))
  if (!valid.ok) throw new Error(`the ${CHECK_TEMPLATE.id} template is invalid in ${locale}: ${JSON.stringify(valid.problems)}`)
  return valid.value
}

/**
 * The small journey the check draws: the car-rental template's first stages, a few lanes, two items
 * a cell and a link between the first two items, so every kind of node the plugin draws is drawn
 * (sections, stickies, shapes, texts, straight curve connectors and an elbowed link with an arrow
 * and a label).
 */
export function checkJourney(): Journey {
  const input = templateJourney('en')
  const stages = input.stages.slice(0, CHECK_STAGES)
  const stageIds = new Set(stages.map((stage) => stage.id))
  const lanes = input.lanes.filter((lane) => CHECK_LANE_KINDS.has(lane.kind ?? ''))
  const laneIds = new Set(lanes.map((lane) => lane.id))
  const perCell = new Map<string, number>()
  const items = input.items.filter((item) => {
    if (!stageIds.has(item.stageId) || !laneIds.has(item.laneId)) return false
    const cell = `${item.stageId}\u0000${item.laneId}`
    const count = perCell.get(cell) ?? 0
    perCell.set(cell, count + 1)
    return count < ITEMS_PER_CELL
  })
  // Evidence may cite items the trimmed journey left out; the check has no use for it.
  .map(({ evidence: _evidence, ...item }) => item)
  const [from, to] = items.filter((item) => item.score === undefined)
  const trimmed: JourneyInput = {
    ...input,
    id: `${input.id}-check`,
    phases: [],
    stages: stages.map(({ phaseId: _phase, ...stage }) => stage),
    lanes,
    items,
    // Labelled (with the name of the stage it leads into: the template's own words), so the
    // diagnostics record where the label is assumed to sit.
    links: from === undefined || to === undefined ? [] : [{ id: 'check-link', from: from.id, to: to.id, kind: 'sequence', label: stages.find((stage) => stage.id === to.stageId)?.name ?? '' }]
  }
  const valid = validateJourney(trimmed)
  if (!valid.ok) throw new Error(`the check's journey is invalid: ${JSON.stringify(valid.problems)}`)
  return valid.value
}

/** The journey with one item's text replaced: what the check's updates change. */
export function withItemText(journey: Journey, itemId: string, text: string): Journey {
  return { ...journey, items: journey.items.map((item): Item => (item.id === itemId ? { ...item, text } : item)) }
}

/** A text the stickies and text nodes are measured with: which language, short or long. */
export interface TextSample {
  name: string
  text: string
}

/** Latin (English), Cyrillic (Russian) and CJK (Chinese) texts, the shortest and longest sticky of each. */
const SAMPLE_LOCALES = ['en', 'ru', 'zh-Hans'] as const
const LONG_SAMPLE_TEXTS = 4

export function checkSamples(): TextSample[] {
  return SAMPLE_LOCALES.flatMap((locale) => {
    const texts = templateJourney(locale)
      .items.map((item) => item.text)
      .filter((text) => text.trim() !== '')
      .sort((a, b) => a.length - b.length)
    // The longest texts together: long enough for a sticky to grow and wrap on a wide one.
    const short = texts[0]
    const long = texts.slice(-LONG_SAMPLE_TEXTS).join(' ')
    if (short === undefined) return []
    return [
      { name: `${locale}-short`, text: short },
      { name: `${locale}-long`, text: long }
    ]
  })
}

/** The fonts and size the board's stickies and headings use. */
export const SAMPLE_FONTS: readonly PlanFont[] = [BODY_FONT, HEADING_FONT]
export const SAMPLE_FONT_SIZE = STICKY_FONT_SIZE
