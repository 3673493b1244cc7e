import type { ToolName } from './tools/canvas-tool'
import { CANVAS_TOOLS } from './tools/canvas-tools'
import { ZOOM_STEP } from './view-transform'

/** What a key pressed on the canvas asks for. */
export type KeyCommand =
  | { kind: 'delete' }
  | { kind: 'escape' }
  | { kind: 'tool'; tool: ToolName }
  | { kind: 'zoom'; factor: number }
  | { kind: 'fit' }
  | { kind: 'undo' }
  | { kind: 'redo' }

export type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>

/** FigJam's shortcuts for what the preview can do, or undefined for any other key. */
export function canvasKeyCommand(press: KeyPress): KeyCommand | undefined {
  const command = press.ctrlKey || press.metaKey
  if (press.key === 'Delete' || press.key === 'Backspace') return command || press.altKey ? undefined : { kind: 'delete' }
  if (press.key === 'Escape') return { kind: 'escape' }
  if (command && !press.altKey && press.key.toLowerCase() === 'z') return { kind: press.shiftKey ? 'redo' : 'undo' }
  // Windows' own redo shortcut, which FigJam keeps there; on a Mac, ⌘Y is not redo.
  if (press.ctrlKey && !press.metaKey && !press.shiftKey && !press.altKey && press.key.toLowerCase() === 'y') return { kind: 'redo' }
  if (press.key === '+' || press.key === '=') return { kind: 'zoom', factor: ZOOM_STEP }
  if (press.key === '-' || press.key === '_') return { kind: 'zoom', factor: 1 / ZOOM_STEP }
  if (press.shiftKey && press.code === 'Digit1' && !command) return { kind: 'fit' }
  if (press.shiftKey && press.code === 'KeyS' && !command && !press.altKey) return { kind: 'tool', tool: 'section' }
  if (command || press.altKey || press.shiftKey) return undefined
  const tool = Object.values(CANVAS_TOOLS).find((candidate) => candidate.shortcut.toLowerCase() === press.key.toLowerCase())
  return tool === undefined ? undefined : { kind: 'tool', tool: tool.name }
}
