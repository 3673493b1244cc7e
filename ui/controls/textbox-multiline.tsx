import type { TextareaHTMLAttributes } from 'preact'

import { classNames } from './class-names'

type TextboxMultilineProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'class' | 'value' | 'spellcheck'> & {
  class?: string
  /** Off unless asked for: pasted data and code are not prose. */
  spellcheck?: boolean
  value: string
  /** Every keystroke's new text. */
  onValueInput: (value: string) => void
}

/** A text area in the look of the one-line Textbox. */
export function TextboxMultiline({ value, onValueInput, class: className, spellcheck = false, ...rest }: TextboxMultilineProps) {
  return <textarea {...rest} spellcheck={spellcheck} class={classNames('jb-textbox', 'jb-textbox-multiline', className)} value={value} onInput={(event) => onValueInput(event.currentTarget.value)} />
}
