import type { InputHTMLAttributes } from 'preact'

import { classNames } from './class-names'

type TextboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'class' | 'value' | 'type' | 'spellcheck'> & {
  class?: string
  /** Off unless asked for: most fields hold names and numbers. */
  spellcheck?: boolean
  value: string
  /** Every keystroke's new text. */
  onValueInput: (value: string) => void
}

/** A one-line text field in Figma's look: a quiet grey box that takes the brand border on focus. */
export function Textbox({ value, onValueInput, class: className, spellcheck = false, ...rest }: TextboxProps) {
  return <input type="text" {...rest} spellcheck={spellcheck} class={classNames('jb-textbox', className)} value={value} onInput={(event) => onValueInput(event.currentTarget.value)} />
}
