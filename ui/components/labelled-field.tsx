import type { ComponentChildren } from 'preact'

/** A visible label above its control; the control carries `id` so the label names it. */
export function LabelledField({ id, label, children }: { id: string; label: string; children: ComponentChildren }) {
  return (
    <div class="jb-field">
      <label class="jb-label" for={id}>
        {label}
      </label>
      {children}
    </div>
  )
}
