import type { ComponentChildren } from 'preact'

/** The id of the message that describes a field's problem (for `aria-describedby`). */
export function fieldErrorId(id: string): string {
  return `${id}-error`
}

/**
 * A visible label above its control; the control carries `id` so the label names it. With an
 * `error` the field is marked and says what is wrong beneath the control.
 */
export function LabelledField({ id, label, error, children }: { id: string; label: string; error?: string | undefined; children: ComponentChildren }) {
  return (
    <div class="jb-field" data-invalid={error === undefined ? undefined : 'true'}>
      <label class="jb-label" for={id}>
        {label}
      </label>
      {children}
      {error === undefined ? null : (
        <p class="jb-field-error" id={fieldErrorId(id)}>
          {error}
        </p>
      )}
    </div>
  )
}

/** What a control with a problem carries so assistive technology announces the problem. */
export function invalidProps(id: string, error: string | undefined): { 'aria-invalid'?: 'true'; 'aria-describedby'?: string } {
  return error === undefined ? {} : { 'aria-invalid': 'true', 'aria-describedby': fieldErrorId(id) }
}
