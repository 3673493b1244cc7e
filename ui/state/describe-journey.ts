import type { SketchOutline } from '../../src/formats/sketch-outline'
import type { Journey } from '../../src/model'
import { listText } from '../../src/i18n'
import type { PanelText } from '../i18n/panel-text'

/** "7 stages, 9 lanes and 63 stickies": what a sketch shows, for captions and screen readers. */
export function describeJourney(journey: Journey, text: PanelText): string {
  return describeCounts(journey.stages.length, journey.lanes.length, journey.items.length, text)
}

/** The same words for a template's sketch outline, as the gallery has it. */
export function describeSketch(outline: SketchOutline, text: PanelText): string {
  return describeCounts(outline.stages, outline.lanes.length, outline.stickies, text)
}

function describeCounts(stages: number, lanes: number, stickies: number, { t, count, language }: PanelText): string {
  return listText(language, [count(t.journey.stages, stages), count(t.journey.lanes, lanes), count(t.journey.stickies, stickies)])
}
