import { type RefObject } from 'preact'
import { useState } from 'preact/hooks'

/** Where the dragged row would land: before row `index`, or after the last row when index === rows. */
export interface StageDrag {
  id: string
  from: number
  insertAt: number
}

/** The final index of a row moved from `from` to the gap `insertAt` (gaps count the row itself). */
export function dropIndex(from: number, insertAt: number): number {
  return insertAt > from ? insertAt - 1 : insertAt
}

/**
 * Pointer dragging for the stage list's handles: the handle captures the pointer, the gap under
 * the pointer is tracked from the rows' positions, and the move happens on release.
 */
export function useStageDrag(listRef: RefObject<HTMLElement>, onDrop: (id: string, index: number) => void) {
  const [drag, setDrag] = useState<StageDrag | null>(null)

  const gapAt = (clientY: number): number => {
    const rows = Array.from(listRef.current?.querySelectorAll<HTMLElement>('[data-stage-row]') ?? [])
    const below = rows.findIndex((row) => {
      const box = row.getBoundingClientRect()
      return clientY < box.top + box.height / 2
    })
    return below === -1 ? rows.length : below
  }

  return {
    drag,
    handleProps: (id: string, index: number) => ({
      onPointerDown: (event: PointerEvent) => {
        if (event.button !== 0) return
        event.preventDefault()
        ;(event.currentTarget as HTMLElement).setPointerCapture(event.pointerId)
        setDrag({ id, from: index, insertAt: index })
      },
      onPointerMove: (event: PointerEvent) => {
        if (drag === null || drag.id !== id) return
        const insertAt = gapAt(event.clientY)
        if (insertAt !== drag.insertAt) setDrag({ ...drag, insertAt })
      },
      onPointerUp: (event: PointerEvent) => {
        if (drag === null || drag.id !== id) return
        const target = dropIndex(drag.from, gapAt(event.clientY))
        setDrag(null)
        if (target !== drag.from) onDrop(id, target)
      },
      onPointerCancel: () => setDrag(null)
    })
  }
}
