// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { Dropdown } from '../../../ui/controls/dropdown'
import { chooseOption, chosenOptionText } from '../dropdown-queries'

afterEach(cleanup)

const FRUIT = [
  { value: 'apple', text: 'Apple' },
  { value: 'pear', text: 'Pear' }
]

describe('Dropdown', () => {
  it('shows its placeholder until something is chosen, and reports a choice by its value', () => {
    const onValueChange = vi.fn()
    render(<Dropdown aria-label="Fruit" options={FRUIT} value={null} placeholder="Pick a fruit" onValueChange={onValueChange} />)
    const select = screen.getByRole('combobox', { name: 'Fruit' })
    expect(chosenOptionText(select)).toBe('Pick a fruit')
    chooseOption(select, 'pear')
    expect(onValueChange).toHaveBeenCalledWith('pear')
  })

  it('shows a value it no longer lists as no choice, so every option it lists can still be picked', () => {
    const onValueChange = vi.fn()
    render(<Dropdown aria-label="Fruit" options={FRUIT} value="plum" placeholder="Pick a fruit" onValueChange={onValueChange} />)
    const select = screen.getByRole('combobox', { name: 'Fruit' })
    expect(chosenOptionText(select)).toBe('Pick a fruit')
    chooseOption(select, 'apple')
    expect(onValueChange).toHaveBeenCalledWith('apple')
  })
})
