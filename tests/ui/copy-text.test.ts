// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'

import { copyTextAsync } from '../../ui/platform/copy-text-async'

afterEach(() => {
  vi.restoreAllMocks()
})

function stubClipboard(writeText: (text: string) => Promise<void>): void {
  Object.defineProperty(window.navigator, 'clipboard', { configurable: true, value: { writeText } })
}

describe('copyTextAsync', () => {
  it('uses the Clipboard API when it is allowed', async () => {
    const writeText = vi.fn(async () => undefined)
    stubClipboard(writeText)
    const execCommand = vi.fn(() => true)
    document.execCommand = execCommand
    expect(await copyTextAsync('hello')).toBe(true)
    expect(writeText).toHaveBeenCalledWith('hello')
    expect(execCommand).not.toHaveBeenCalled()
  })

  it('falls back to a selected textarea and execCommand when the Clipboard API is denied, then restores focus', async () => {
    stubClipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError')
    })
    const button = document.createElement('button')
    document.body.appendChild(button)
    button.focus()
    let copied = ''
    document.execCommand = vi.fn(() => {
      const area = document.activeElement
      copied = area instanceof HTMLTextAreaElement ? area.value : ''
      return true
    })
    expect(await copyTextAsync('journey\n  title T')).toBe(true)
    expect(copied).toBe('journey\n  title T')
    expect(document.querySelector('textarea')).toBeNull()
    expect(document.activeElement).toBe(button)
  })

  it('says so when nothing could copy', async () => {
    stubClipboard(async () => {
      throw new Error('no')
    })
    document.execCommand = vi.fn(() => false)
    expect(await copyTextAsync('x')).toBe(false)
  })
})
