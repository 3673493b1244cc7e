import type { Journey } from '../../src/model'
import type { PanelText } from '../i18n/panel-text'

/** "7 stages, 9 lanes, 63 stickies": what a sketch shows, for captions and screen readers. */
export function describeJourney(journey: Journey, { t, count, catalogue }: PanelText): string {
  return [
    count(t.journey.stages, journey.stages.length),
    count(t.journey.lanes, journey.lanes.length),
    count(t.journey.stickies, journey.items.length)
  ].join(catalogue.typography.list)
}
