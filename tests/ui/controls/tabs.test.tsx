// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { useState } from 'preact/hooks'
import { afterEach, describe, expect, it } from 'vitest'

import { tabIdOf, Tabs } from '../../../ui/controls/tabs'

afterEach(cleanup)

const TABS = [
  { value: 'one', label: 'One', panelId: 'panel-one' },
  { value: 'two', label: 'Two', panelId: 'panel-two' },
  { value: 'three', label: 'Three', panelId: 'panel-three' }
] as const

function TabsWithPanels() {
  const [value, setValue] = useState<(typeof TABS)[number]['value']>('one')
  return (
    <>
      <Tabs tabs={TABS} value={value} onValueChange={setValue} />
      {TABS.map((tab) => (
        <div key={tab.value} role="tabpanel" id={tab.panelId} aria-labelledby={tabIdOf(tab.panelId)} hidden={tab.value !== value}>
          {tab.label} content
        </div>
      ))}
    </>
  )
}

const selected = () => screen.getAllByRole('tab').filter((tab) => tab.getAttribute('aria-selected') === 'true').map((tab) => tab.textContent)

describe('Tabs', () => {
  it('is a tab list whose tabs name and control their panels, the chosen one alone in the Tab order', () => {
    render(<TabsWithPanels />)
    expect(screen.getByRole('tablist')).toBeTruthy()
    expect(screen.getByRole('tabpanel', { name: 'One' }).textContent).toBe('One content')
    const tabs = screen.getAllByRole('tab')
    expect(tabs.map((tab) => tab.getAttribute('aria-controls'))).toEqual(['panel-one', 'panel-two', 'panel-three'])
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([0, -1, -1])
  })

  it('shows a tab on click, and moves with the arrow keys (wrapping), Home and End, taking the focus along', () => {
    render(<TabsWithPanels />)
    fireEvent.click(screen.getByRole('tab', { name: 'Two' }))
    expect(selected()).toEqual(['Two'])
    expect(screen.getByRole('tabpanel', { name: 'Two' })).toBeTruthy()
    const press = (key: string) => fireEvent.keyDown(screen.getByRole('tab', { selected: true }), { key })
    press('ArrowRight')
    expect(selected()).toEqual(['Three'])
    expect(document.activeElement?.textContent).toBe('Three')
    press('ArrowRight')
    expect(selected()).toEqual(['One'])
    press('ArrowLeft')
    expect(selected()).toEqual(['Three'])
    press('Home')
    expect(selected()).toEqual(['One'])
    press('End')
    expect(selected()).toEqual(['Three'])
    press('a')
    expect(selected()).toEqual(['Three'])
    expect(screen.getAllByRole('tab').map((tab) => tab.tabIndex)).toEqual([-1, -1, 0])
  })
})
