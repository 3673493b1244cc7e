import { useState } from 'preact/hooks'

import type { EvidenceLevel } from '../../src/model'
import type { EvidenceChoice } from '../../src/templates/journey-from-template'
import { Button } from '../controls/button'
import { Dropdown } from '../controls/dropdown'
import type { DropdownGroup } from '../controls/dropdown-props'
import { IconButton } from '../controls/icon-button'
import { IconClose } from '../controls/icons'
import { usePanelText } from '../i18n/panel-text'

interface EvidenceSectionProps {
  stages: readonly { id: string; name: string }[]
  lanes: readonly { id: string; name: string }[]
  levels: readonly EvidenceLevel[]
  /** The levels set so far that apply, latest last. */
  choices: readonly EvidenceChoice[]
  onSet: (choice: EvidenceChoice) => void
  onRemove: (choice: EvidenceChoice) => void
}

/** `stage:plan` or `lane:barriers`: one dropdown value for either kind of target. */
function targetValue(choice: Pick<EvidenceChoice, 'stageId' | 'laneId'>): string {
  return choice.stageId === undefined ? `lane:${choice.laneId ?? ''}` : `stage:${choice.stageId}`
}

/** Sets the evidence level of every sticky of a stage or lane at once, as research teams rate a map. */
export function EvidenceSection({ stages, lanes, levels, choices, onSet, onRemove }: EvidenceSectionProps) {
  const { t, fill } = usePanelText()
  const [target, setTarget] = useState<string | null>(null)
  const [level, setLevel] = useState<string | null>(null)
  const name = new Map<string, string>([...stages.map((s) => [`stage:${s.id}`, s.name] as const), ...lanes.map((l) => [`lane:${l.id}`, l.name] as const)])
  const levelName = new Map(levels.map((l) => [l.id, l.name]))
  const options: DropdownGroup[] = [
    { label: t.stages.heading, options: stages.map((s) => ({ value: `stage:${s.id}`, text: s.name })) },
    { label: t.lanes.heading, options: lanes.map((l) => ({ value: `lane:${l.id}`, text: l.name })) }
  ]
  // A target or level picked before the stages, lanes or levels changed counts only while still offered.
  const chosenTarget = target !== null && name.has(target) ? target : null
  const chosenLevel = (level !== null && levelName.has(level) ? level : undefined) ?? levels[levels.length - 1]?.id ?? null
  return (
    <section class="jb-section" aria-labelledby="jb-evidence-heading">
      <div class="jb-section-head">
        <h2 class="jb-heading" id="jb-evidence-heading">
          {t.evidence.heading}
        </h2>
      </div>
      <div class="jb-row">
        <div class="jb-grow">
          <Dropdown aria-label={t.evidence.target} data-testid="evidence-target" options={options} value={chosenTarget} placeholder={t.evidence.target} onValueChange={setTarget} />
        </div>
        <div class="jb-grow">
          <Dropdown
            aria-label={t.evidence.level}
            data-testid="evidence-level"
            options={levels.map((l) => ({ value: l.id, text: l.name }))}
            value={chosenLevel}
            onValueChange={setLevel}
          />
        </div>
        <Button
          secondary
          disabled={chosenTarget === null || chosenLevel === null}
          onClick={() => {
            if (chosenTarget === null || chosenLevel === null) return
            const [kind, id] = [chosenTarget.slice(0, chosenTarget.indexOf(':')), chosenTarget.slice(chosenTarget.indexOf(':') + 1)]
            onSet(kind === 'stage' ? { stageId: id, level: chosenLevel } : { laneId: id, level: chosenLevel })
          }}
        >
          {t.evidence.set}
        </Button>
      </div>
      {choices.length === 0 ? null : (
        <ul class="jb-plain-list" aria-label={t.evidence.heading}>
          {choices.map((choice) => {
            const what = name.get(targetValue(choice)) ?? ''
            return (
              <li key={targetValue(choice)} class="jb-row">
                <span class="jb-grow">{fill(t.evidence.rule, { target: what, level: levelName.get(choice.level) ?? choice.level })}</span>
                <IconButton aria-label={fill(t.evidence.remove, { target: what })} onClick={() => onRemove(choice)}>
                  <IconClose />
                </IconButton>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
