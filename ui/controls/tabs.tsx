import type { JSX } from 'preact'
import { useRef } from 'preact/hooks'

export interface TabOption<T extends string> {
  value: T
  label: string
  /** The id of the element the tab shows, which names itself after `tabIdOf(panelId)`. */
  panelId: string
}

interface TabsProps<T extends string> {
  tabs: readonly TabOption<T>[]
  value: T
  onValueChange: (value: T) => void
}

/** The id a tab carries, for its panel's `aria-labelledby`. */
export function tabIdOf(panelId: string): string {
  return `${panelId}-tab`
}

/** Which tab a key moves to from `index` of `count`, or undefined for a key tabs leave alone. */
function tabIndexAfterKey(key: string, index: number, count: number): number | undefined {
  if (key === 'ArrowRight') return (index + 1) % count
  if (key === 'ArrowLeft') return (index - 1 + count) % count
  if (key === 'Home') return 0
  if (key === 'End') return count - 1
  return undefined
}

/**
 * Figma's tab strip as an ARIA tab list: Tab reaches the chosen tab, the arrow keys, Home and End
 * move to another and show it at once (the panels are already drawn, so showing one is cheap).
 */
export function Tabs<T extends string>({ tabs, value, onValueChange }: TabsProps<T>) {
  const list = useRef<HTMLDivElement>(null)
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLButtonElement>, index: number) => {
    const next = tabIndexAfterKey(event.key, index, tabs.length)
    const tab = next === undefined ? undefined : tabs[next]
    if (next === undefined || tab === undefined) return
    event.preventDefault()
    onValueChange(tab.value)
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus()
  }
  return (
    <div class="jb-tablist" role="tablist" ref={list}>
      {tabs.map((tab, index) => {
        const selected = tab.value === value
        return (
          <button
            key={tab.value}
            type="button"
            role="tab"
            class="jb-tab"
            id={tabIdOf(tab.panelId)}
            aria-selected={selected ? 'true' : 'false'}
            aria-controls={tab.panelId}
            tabIndex={selected ? 0 : -1}
            onClick={() => onValueChange(tab.value)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        )
      })}
    </div>
  )
}
