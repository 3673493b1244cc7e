import { Checkbox, Text } from '@create-figma-plugin/ui'

import type { Lane } from '../../src/model'
import { usePanelText } from '../i18n/panel-text'

interface LaneTogglesProps {
  lanes: readonly Lane[]
  laneIds: readonly string[]
  onToggle: (laneId: string, on: boolean) => void
  /** What is wrong with the lane choice, as a sentence. */
  problem?: string | undefined
}

/** The template's lanes (rows of the board), each switchable on and off. */
export function LaneToggles({ lanes, laneIds, onToggle, problem }: LaneTogglesProps) {
  const { t, fill } = usePanelText()
  const on = new Set(laneIds)
  return (
    <section class="jb-section" aria-labelledby="jb-lanes-heading">
      <div class="jb-section-head">
        <h2 class="jb-heading" id="jb-lanes-heading">
          {t.lanes.heading}
        </h2>
        <span class="jb-muted">{fill(t.lanes.on, { n: laneIds.length, total: lanes.length })}</span>
      </div>
      {problem === undefined ? null : (
        <p class="jb-field-error" id="jb-lanes-error">
          {problem}
        </p>
      )}
      <div
        class="jb-lanes"
        role="group"
        aria-labelledby="jb-lanes-heading"
        data-invalid={problem === undefined ? undefined : 'true'}
        {...(problem === undefined ? {} : { 'aria-describedby': 'jb-lanes-error' })}
      >
        {lanes.map((lane) => (
          <Checkbox key={lane.id} value={on.has(lane.id)} onValueChange={(value) => onToggle(lane.id, value)}>
            <Text>{lane.name}</Text>
          </Checkbox>
        ))}
      </div>
    </section>
  )
}
