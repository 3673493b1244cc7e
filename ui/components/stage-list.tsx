import { useEffect, useRef, useState } from 'preact/hooks'

import { Button } from '../controls/button'
import { Checkbox } from '../controls/checkbox'
import { IconButton } from '../controls/icon-button'
import { IconChevronDown, IconChevronUp, IconClose, IconDragHandle } from '../controls/icons'
import { Textbox } from '../controls/textbox'
import { dropIndex, useStageDrag } from '../hooks/use-stage-drag'
import type { StageListAction, StageRow } from '../state/stage-list-reducer'
import { usePanelText } from '../i18n/panel-text'

interface StageListProps {
  stages: readonly StageRow[]
  dispatch: (action: StageListAction) => void
  /** What is wrong with the stage choice, as a sentence. */
  problem?: string | undefined
}

type FocusPart = 'handle' | 'name' | 'up' | 'down'

/**
 * The stages to draw: each can be left out, renamed and moved (drag handle, Alt+Arrow keys, the
 * handle's Arrow keys, or the move buttons), and new ones added at the end.
 */
export function StageList({ stages, dispatch, problem }: StageListProps) {
  const { t, fill } = usePanelText()
  const listRef = useRef<HTMLOListElement>(null)
  const [announcement, setAnnouncement] = useState('')
  const [newName, setNewName] = useState('')
  // Reordering moves DOM nodes, which drops focus; put it back on the control that moved the row.
  const refocus = useRef<{ id: string; part: FocusPart } | null>(null)
  useEffect(() => {
    const target = refocus.current
    if (target === null) return
    refocus.current = null
    const row = listRef.current?.querySelector<HTMLElement>(`[data-stage-id="${CSS.escape(target.id)}"]`)
    const control = row?.querySelector<HTMLButtonElement | HTMLInputElement>(`[data-focus="${target.part}"]`)
    // A move button at the end of the list is disabled; the handle takes the focus instead.
    const focusable = control === null || control === undefined || control.disabled ? row?.querySelector<HTMLElement>('[data-focus="handle"]') : control
    focusable?.focus()
  })

  const move = (row: StageRow, index: number, to: number, part: FocusPart): void => {
    const bounded = Math.max(0, Math.min(stages.length - 1, to))
    if (bounded === index) return
    refocus.current = { id: row.id, part }
    dispatch({ type: 'move-to', id: row.id, index: bounded })
    setAnnouncement(fill(t.stages.moved, { stage: row.name || row.templateName, position: bounded + 1, total: stages.length }))
  }
  const { drag, handleProps } = useStageDrag(listRef, (id, index) => {
    const from = stages.findIndex((row) => row.id === id)
    const row = stages[from]
    if (row !== undefined) move(row, from, index, 'handle')
  })

  const add = (): void => {
    if (newName.trim() === '') return
    dispatch({ type: 'add', name: newName })
    setAnnouncement(fill(t.stages.added, { stage: newName.trim() }))
    setNewName('')
  }

  const included = stages.filter((row) => row.included).length
  let dropMark: { index: number; side: 'before' | 'after' } | null = null
  if (drag !== null && dropIndex(drag.from, drag.insertAt) !== drag.from) {
    dropMark = drag.insertAt < stages.length ? { index: drag.insertAt, side: 'before' } : { index: stages.length - 1, side: 'after' }
  }

  return (
    <section class="jb-section" aria-labelledby="jb-stages-heading">
      <div class="jb-section-head">
        <h2 class="jb-heading" id="jb-stages-heading">
          {t.stages.heading}
        </h2>
        <span class="jb-muted">{fill(t.stages.included, { n: included, total: stages.length })}</span>
      </div>
      <p class="jb-hint" id="jb-stages-hint">
        {t.stages.hint}
      </p>
      {problem === undefined ? null : <p class="jb-field-error">{problem}</p>}
      <ol class="jb-stage-list" ref={listRef} aria-labelledby="jb-stages-heading" aria-describedby="jb-stages-hint">
        {stages.map((row, index) => {
          const label = row.name.trim() === '' ? row.templateName : row.name
          const onKeyDown = (event: KeyboardEvent, part: FocusPart): void => {
            const plainArrows = part === 'handle' && !event.altKey
            if ((event.altKey || plainArrows) && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
              event.preventDefault()
              move(row, index, index + (event.key === 'ArrowUp' ? -1 : 1), part)
            }
          }
          return (
            <li
              key={row.id}
              class="jb-stage"
              data-stage-row
              data-stage-id={row.id}
              data-excluded={String(!row.included)}
              data-dragging={String(drag?.id === row.id)}
              data-drop={dropMark?.index === index ? dropMark.side : undefined}
            >
              <button
                type="button"
                class="jb-handle"
                data-focus="handle"
                aria-label={fill(t.stages.reorder, { stage: label, position: index + 1, total: stages.length })}
                onKeyDown={(event) => onKeyDown(event, 'handle')}
                {...handleProps(row.id, index)}
              >
                <IconDragHandle />
              </button>
              <span class="jb-stage-number" aria-hidden="true">
                {index + 1}
              </span>
              <div class="jb-stage-check">
                <Checkbox value={row.included} onValueChange={(included) => dispatch({ type: 'set-included', id: row.id, included })}>
                  <span class="jb-visually-hidden">{fill(t.stages.include, { stage: label })}</span>
                </Checkbox>
              </div>
              <div class="jb-grow">
                <Textbox
                  aria-label={fill(t.stages.name, { n: index + 1 })}
                  data-focus="name"
                  value={row.name}
                  placeholder={row.templateName}
                  onValueInput={(name) => dispatch({ type: 'rename', id: row.id, name })}
                  onKeyDown={(event) => onKeyDown(event, 'name')}
                  spellcheck
                />
              </div>
              <IconButton
                aria-label={fill(t.stages.up, { stage: label })}
                data-focus="up"
                disabled={index === 0}
                onClick={() => move(row, index, index - 1, 'up')}
                onKeyDown={(event) => onKeyDown(event, 'up')}
              >
                <IconChevronUp />
              </IconButton>
              <IconButton
                aria-label={fill(t.stages.down, { stage: label })}
                data-focus="down"
                disabled={index === stages.length - 1}
                onClick={() => move(row, index, index + 1, 'down')}
                onKeyDown={(event) => onKeyDown(event, 'down')}
              >
                <IconChevronDown />
              </IconButton>
              {row.added ? (
                <IconButton aria-label={fill(t.stages.remove, { stage: label })} onClick={() => dispatch({ type: 'remove', id: row.id })}>
                  <IconClose />
                </IconButton>
              ) : null}
            </li>
          )
        })}
      </ol>
      <div class="jb-row" style={{ marginTop: 'var(--space-8)' }}>
        <div class="jb-grow">
          <Textbox
            aria-label={t.stages.newName}
            placeholder={t.stages.newName}
            value={newName}
            onValueInput={setNewName}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                add()
              }
            }}
            spellcheck
          />
        </div>
        <Button secondary disabled={newName.trim() === ''} onClick={add}>
          {t.stages.add}
        </Button>
      </div>
      <div class="jb-visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </section>
  )
}
