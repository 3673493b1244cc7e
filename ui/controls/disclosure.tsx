import type { ComponentChildren } from 'preact'
import { useId } from 'preact/hooks'

import { IconCaretRight } from './icons'

interface DisclosureProps {
  open: boolean
  title: string
  onToggle: () => void
  children: ComponentChildren
}

/** A heading button that shows or hides what follows it, its caret turning as Figma's do. */
export function Disclosure({ open, title, onToggle, children }: DisclosureProps) {
  const id = useId()
  return (
    <div class="jb-disclosure">
      <button type="button" class="jb-disclosure-title" aria-expanded={open ? 'true' : 'false'} aria-controls={id} onClick={onToggle}>
        <IconCaretRight class="jb-disclosure-caret" />
        {title}
      </button>
      <div id={id} class="jb-disclosure-body" hidden={!open}>
        {open ? children : null}
      </div>
    </div>
  )
}
