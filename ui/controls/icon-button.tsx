import type { ButtonHTMLAttributes } from 'preact'

import { classNames } from './class-names'

/** A square button that shows only an icon; callers give it an `aria-label`. */
export function IconButton({ class: className, children, ...rest }: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'class'> & { class?: string; 'aria-label': string }) {
  return (
    <button type="button" {...rest} class={classNames('jb-icon-button', className)}>
      {children}
    </button>
  )
}
