import type { ButtonHTMLAttributes } from 'preact'

import { classNames } from './class-names'
import { LoadingIndicator } from './loading-indicator'

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'class'> & {
  class?: string
  /** Outlined, for every action beside the one the view is for. */
  secondary?: boolean
  /** Shows a spinner in place of the label, which stays for assistive technology. */
  loading?: boolean
}

/** Figma's text button: filled in the brand colour (the view's main action) or outlined. */
export function Button({ secondary = false, loading = false, class: className, children, ...rest }: ButtonProps) {
  return (
    <button type="button" {...rest} class={classNames('jb-button', secondary && 'jb-button-secondary', className)} aria-busy={loading ? 'true' : undefined}>
      <span class="jb-button-label">{children}</span>
      {loading ? <LoadingIndicator class="jb-button-spinner" /> : null}
    </button>
  )
}
