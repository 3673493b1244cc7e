import { fireEvent, screen } from '@testing-library/preact'

/** The panel's dropdowns are the browser's select: this picks an option as a user's choice does, by its value. */
export function chooseOption(select: HTMLElement, value: string): void {
  if (!(select instanceof HTMLSelectElement)) throw new Error(`${select.tagName} is not a dropdown`)
  if (![...select.options].some((option) => option.value === value)) throw new Error(`the dropdown has no option ${value}`)
  fireEvent.change(select, { target: { value } })
}

/** The text of the option a dropdown shows as chosen. */
export function chosenOptionText(select: HTMLElement): string {
  if (!(select instanceof HTMLSelectElement)) throw new Error(`${select.tagName} is not a dropdown`)
  return select.selectedOptions[0]?.textContent ?? ''
}

/**
 * The group of controls with this name. A dropdown's option group may carry the same name (the
 * evidence dropdown groups its options under "Stages" and "Lanes"), so those are passed over.
 */
export function groupOutsideDropdowns(name: string): HTMLElement {
  const groups = screen.getAllByRole('group', { name }).filter((group) => group.tagName !== 'OPTGROUP')
  if (groups.length !== 1) throw new Error(`${groups.length} groups named ${name} outside the dropdowns`)
  return groups[0]!
}
