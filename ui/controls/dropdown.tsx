import { classNames } from './class-names'
import { type DropdownOption, type DropdownProps, dropdownOptions, isDropdownGroup } from './dropdown-props'
import { IconCaretDown } from './icons'

/**
 * A dropdown in Figma's closed-menu look over the browser's own select: it opens with the mouse,
 * Space or Alt+Arrow, the arrows change it, and assistive technology knows it as a combo box
 * without any help. The open list is the browser's, in the theme's colour scheme.
 */
export function Dropdown<T extends string>({ options, value, placeholder, onValueChange, class: className, ...rest }: DropdownProps<T>) {
  const flat = dropdownOptions(options)
  // A value the list no longer holds (a lane switched off since it was picked) is shown as no choice,
  // not as a blank or the first option, which the browser would show and the user could not pick.
  const chosen = value !== null && flat.some((option) => option.value === value) ? value : null
  const item = (option: DropdownOption<T>) => (
    <option key={option.value} value={option.value}>
      {option.text}
    </option>
  )
  return (
    <span class={classNames('jb-dropdown', className)}>
      <select
        {...rest}
        class="jb-dropdown-select"
        value={chosen ?? ''}
        onChange={(event) => {
          const picked = flat.find((option) => option.value === event.currentTarget.value)
          if (picked !== undefined) onValueChange(picked.value)
        }}
      >
        {chosen === null ? (
          <option value="" disabled hidden>
            {placeholder ?? ''}
          </option>
        ) : null}
        {options.map((entry) =>
          isDropdownGroup(entry) ? (
            <optgroup key={`group:${entry.label}`} label={entry.label}>
              {entry.options.map(item)}
            </optgroup>
          ) : (
            item(entry)
          )
        )}
      </select>
      <IconCaretDown class="jb-dropdown-caret" />
    </span>
  )
}
