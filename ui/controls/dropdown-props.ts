import type { SelectHTMLAttributes } from 'preact'

export interface DropdownOption<T extends string = string> {
  value: T
  text: string
}

/** Options under a heading (the stages, the lanes), shown as the browser shows an option group. */
export interface DropdownGroup<T extends string = string> {
  label: string
  options: readonly DropdownOption<T>[]
}

/** What a dropdown lists: options, and groups of them. */
export type DropdownEntry<T extends string = string> = DropdownOption<T> | DropdownGroup<T>

export function isDropdownGroup<T extends string>(entry: DropdownEntry<T>): entry is DropdownGroup<T> {
  return 'options' in entry
}

/** Every option of the entries, groups opened. */
export function dropdownOptions<T extends string>(entries: readonly DropdownEntry<T>[]): DropdownOption<T>[] {
  return entries.flatMap((entry) => (isDropdownGroup(entry) ? entry.options : [entry]))
}

type SelectAttributes = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'class' | 'value' | 'onChange' | 'placeholder'>

export type DropdownProps<T extends string> = SelectAttributes & {
  class?: string
  options: readonly DropdownEntry<T>[]
  /** `null` until something is chosen; the placeholder shows meanwhile. */
  value: T | null
  placeholder?: string
  onValueChange: (value: T) => void
}
