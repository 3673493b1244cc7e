import { Checkbox } from '../controls/checkbox'
import { usePanelText } from '../i18n/panel-text'

interface ToggleSectionProps {
  /** Names the section's elements (`jb-lanes-heading`). */
  id: string
  heading: string
  /** The things to switch, in the order the board draws them. */
  options: readonly { id: string; name: string }[]
  on: readonly string[]
  onToggle: (id: string, on: boolean) => void
  /** What is wrong with the choice, as a sentence. */
  problem?: string | undefined
}

/** A section of things each switchable on and off: the template's lanes, its emotion curves. */
export function ToggleSection({ id, heading, options, on, onToggle, problem }: ToggleSectionProps) {
  const { t, fill } = usePanelText()
  const chosen = new Set(on)
  return (
    <section class="jb-section" aria-labelledby={`jb-${id}-heading`}>
      <div class="jb-section-head">
        <h2 class="jb-heading" id={`jb-${id}-heading`}>
          {heading}
        </h2>
        <span class="jb-muted">{fill(t.lanes.on, { n: on.length, total: options.length })}</span>
      </div>
      {problem === undefined ? null : (
        <p class="jb-field-error" id={`jb-${id}-error`}>
          {problem}
        </p>
      )}
      <div
        class="jb-lanes"
        role="group"
        aria-labelledby={`jb-${id}-heading`}
        data-invalid={problem === undefined ? undefined : 'true'}
        {...(problem === undefined ? {} : { 'aria-describedby': `jb-${id}-error` })}
      >
        {options.map((option) => (
          <Checkbox key={option.id} value={chosen.has(option.id)} onValueChange={(value) => onToggle(option.id, value)}>
            {option.name}
          </Checkbox>
        ))}
      </div>
    </section>
  )
}
