import type { ComponentChildren } from 'preact'
import { useId } from 'preact/hooks'

import { classNames } from './class-names'

export interface SegmentedOption<T extends string> {
  value: T
  children: ComponentChildren
}

interface SegmentedControlProps<T extends string> {
  options: readonly SegmentedOption<T>[]
  /** `''` while nothing is chosen. */
  value: T | ''
  onValueChange: (value: T) => void
  class?: string
  'aria-label'?: string
  'aria-labelledby'?: string
}

/**
 * Figma's segmented control: one choice of a few, the chosen segment raised. It is a radio group
 * of real radio buttons, so Tab reaches it once and the arrow keys move the choice.
 */
export function SegmentedControl<T extends string>({ options, value, onValueChange, class: className, ...label }: SegmentedControlProps<T>) {
  const name = useId()
  return (
    <div {...label} role="radiogroup" class={classNames('jb-segmented', className)}>
      {options.map((option) => (
        <label key={option.value} class="jb-segment">
          <input type="radio" class="jb-segment-input" name={name} value={option.value} checked={option.value === value} onChange={() => onValueChange(option.value)} />
          <span class="jb-segment-box">{option.children}</span>
        </label>
      ))}
    </div>
  )
}
