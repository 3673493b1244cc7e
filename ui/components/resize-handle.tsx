import { useRef } from 'preact/hooks'

import { PANEL_MAX_HEIGHT, PANEL_MAX_WIDTH, PANEL_MIN_HEIGHT, PANEL_MIN_WIDTH } from '../../src/messages'
import { usePanelText } from '../i18n/panel-text'

const KEY_STEP = 20

export function clampPanelSize(width: number, height: number): { width: number; height: number } {
  return {
    width: Math.round(Math.max(PANEL_MIN_WIDTH, Math.min(PANEL_MAX_WIDTH, width))),
    height: Math.round(Math.max(PANEL_MIN_HEIGHT, Math.min(PANEL_MAX_HEIGHT, height)))
  }
}

/**
 * The corner grip: Figma cannot resize a plugin window itself, so dragging (or the arrow keys on
 * the focused grip) asks the sandbox to `figma.ui.resize`.
 */
export function ResizeHandle({ onResize }: { onResize: (size: { width: number; height: number }) => void }) {
  const { t } = usePanelText()
  const start = useRef<{ x: number; y: number; width: number; height: number } | null>(null)
  // Pointer moves come faster than Figma can resize; send at most one size per frame.
  const pending = useRef<{ width: number; height: number } | null>(null)
  const request = (size: { width: number; height: number }): void => {
    const first = pending.current === null
    pending.current = size
    if (!first) return
    requestAnimationFrame(() => {
      const latest = pending.current
      pending.current = null
      if (latest !== null) onResize(latest)
    })
  }
  return (
    <button
      type="button"
      class="jb-resize"
      aria-label={t.resize}
      onPointerDown={(event) => {
        if (event.button !== 0) return
        event.preventDefault()
        ;(event.currentTarget as HTMLElement).setPointerCapture(event.pointerId)
        start.current = { x: event.screenX, y: event.screenY, width: window.innerWidth, height: window.innerHeight }
      }}
      onPointerMove={(event) => {
        const from = start.current
        if (from === null) return
        request(clampPanelSize(from.width + event.screenX - from.x, from.height + event.screenY - from.y))
      }}
      onPointerUp={() => {
        start.current = null
      }}
      onPointerCancel={() => {
        start.current = null
      }}
      onKeyDown={(event) => {
        const delta: Record<string, [number, number]> = {
          ArrowLeft: [-KEY_STEP, 0],
          ArrowRight: [KEY_STEP, 0],
          ArrowUp: [0, -KEY_STEP],
          ArrowDown: [0, KEY_STEP]
        }
        const step = delta[event.key]
        if (step === undefined) return
        event.preventDefault()
        onResize(clampPanelSize(window.innerWidth + step[0], window.innerHeight + step[1]))
      }}
    >
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        <path d="M14 6 6 14M14 10l-4 4" stroke-width="1" />
      </svg>
    </button>
  )
}
