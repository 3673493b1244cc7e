import type { ComponentChildren } from 'preact'

import { IconCheck } from './icons'

interface CheckboxProps {
  value: boolean
  onValueChange: (value: boolean) => void
  /** The label; a visually hidden one where the row already shows what the box is for. */
  children: ComponentChildren
  disabled?: boolean
}

/** Figma's checkbox: a real checkbox drawn as a small box that fills with the brand colour when checked. */
export function Checkbox({ value, onValueChange, children, disabled = false }: CheckboxProps) {
  return (
    <label class="jb-checkbox">
      <span class="jb-checkbox-box">
        <input type="checkbox" class="jb-checkbox-input" checked={value} disabled={disabled} onChange={(event) => onValueChange(event.currentTarget.checked)} />
        <IconCheck class="jb-checkbox-mark" />
      </span>
      <span class="jb-checkbox-text">{children}</span>
    </label>
  )
}
