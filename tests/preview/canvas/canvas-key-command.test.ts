import { describe, expect, it } from 'vitest'

import { canvasKeyCommand, type KeyPress } from '../../../src/preview/canvas/canvas-key-command'
import { ZOOM_STEP } from '../../../src/preview/canvas/view-transform'

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({ key, code: '', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...more })

describe('canvasKeyCommand', () => {
  it('maps FigJam shortcuts to the preview commands', () => {
    expect(canvasKeyCommand(press('Delete'))).toEqual({ kind: 'delete' })
    expect(canvasKeyCommand(press('Backspace'))).toEqual({ kind: 'delete' })
    expect(canvasKeyCommand(press('Escape'))).toEqual({ kind: 'escape' })
    expect(canvasKeyCommand(press('v'))).toEqual({ kind: 'tool', tool: 'select' })
    expect(canvasKeyCommand(press('S'))).toEqual({ kind: 'tool', tool: 'sticky' })
    expect(canvasKeyCommand(press('x'))).toEqual({ kind: 'tool', tool: 'connector' })
    expect(canvasKeyCommand(press('+'))).toEqual({ kind: 'zoom', factor: ZOOM_STEP })
    expect(canvasKeyCommand(press('=', { ctrlKey: true }))).toEqual({ kind: 'zoom', factor: ZOOM_STEP })
    expect(canvasKeyCommand(press('-'))).toEqual({ kind: 'zoom', factor: 1 / ZOOM_STEP })
    expect(canvasKeyCommand(press('!', { code: 'Digit1', shiftKey: true }))).toEqual({ kind: 'fit' })
    expect(canvasKeyCommand(press('S', { code: 'KeyS', shiftKey: true }))).toEqual({ kind: 'tool', tool: 'section' })
    expect(canvasKeyCommand(press('z', { ctrlKey: true }))).toEqual({ kind: 'undo' })
    expect(canvasKeyCommand(press('Z', { metaKey: true }))).toEqual({ kind: 'undo' })
    expect(canvasKeyCommand(press('Z', { metaKey: true, shiftKey: true }))).toEqual({ kind: 'redo' })
    expect(canvasKeyCommand(press('Z', { ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'redo' })
    expect(canvasKeyCommand(press('y', { ctrlKey: true }))).toEqual({ kind: 'redo' })
    // On a Mac, ⌘Y is not redo: it is left to the browser.
    expect(canvasKeyCommand(press('y', { metaKey: true }))).toBeUndefined()
  })

  it('leaves other keys and browser shortcuts alone', () => {
    expect(canvasKeyCommand(press('a'))).toBeUndefined()
    expect(canvasKeyCommand(press('s', { ctrlKey: true }))).toBeUndefined()
    expect(canvasKeyCommand(press('x', { metaKey: true }))).toBeUndefined()
    expect(canvasKeyCommand(press('Backspace', { metaKey: true }))).toBeUndefined()
    expect(canvasKeyCommand(press('V', { shiftKey: true }))).toBeUndefined()
  })
})
