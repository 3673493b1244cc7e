import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromiumAsync, openPanelAsync, openPanelWithWorkerSandboxAsync } from './open-panel'

/** Opening the panel in the browser tests and the bench: a panel or sandbox that never starts fails, saying why, in seconds. */
let browser: Browser
const folder = mkdtempSync(path.join(tmpdir(), 'open-panel-'))
const file = (name: string, text: string): string => {
  const written = path.join(folder, name)
  writeFileSync(written, text)
  return written
}
/** A panel that never marks itself interactive, and one whose script throws. */
const silentPanel = file('silent.html', '<!doctype html><html><head><title>silent</title></head><body>never interactive</body></html>')
const brokenPanel = file('broken.html', "<!doctype html><html><head><title>broken</title></head><body><script>throw new Error('the panel broke')</script></body></html>")
const TIMEOUT_MS = 1_500

beforeAll(async () => {
  browser = await launchChromiumAsync()
})

afterAll(async () => {
  await browser?.close()
})

describe('opening the panel', () => {
  it('fails, naming the panel, when it never marks itself interactive, and closes what it opened', async () => {
    await expect(openPanelAsync(browser, { htmlPath: silentPanel, timeoutMs: TIMEOUT_MS })).rejects.toThrow(`the panel (${silentPanel}) did not mark itself interactive within 1.5 s; no error in its page`)
    expect(browser.contexts()).toHaveLength(0)
  })

  it('says what the panel’s page threw when it never becomes interactive', async () => {
    await expect(openPanelAsync(browser, { htmlPath: brokenPanel, timeoutMs: TIMEOUT_MS })).rejects.toThrow(/did not mark itself interactive within 1\.5 s; its page threw: Error: the panel broke/)
    expect(browser.contexts()).toHaveLength(0)
  })

  it('fails, naming the sandbox, when the sandbox in the worker throws as it starts', async () => {
    const sandbox = file('throwing-main.js', "throw new Error('the sandbox broke')")
    await expect(openPanelWithWorkerSandboxAsync(browser, { htmlPath: silentPanel, mainJsPath: sandbox, timeoutMs: TIMEOUT_MS })).rejects.toThrow(new RegExp(`the sandbox \\(${sandbox.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\) did not start: .*the sandbox broke`))
    expect(browser.contexts()).toHaveLength(0)
  })

  it('fails when the sandbox in the worker never says it started', async () => {
    const sandbox = file('endless-main.js', 'for (;;) {}')
    await expect(openPanelWithWorkerSandboxAsync(browser, { htmlPath: silentPanel, mainJsPath: sandbox, timeoutMs: TIMEOUT_MS })).rejects.toThrow('did not say it started within 1.5 s')
    expect(browser.contexts()).toHaveLength(0)
  })

  it('fails when the panel in the frame never marks itself interactive, its sandbox started', async () => {
    const sandbox = file('quiet-main.js', '')
    await expect(openPanelWithWorkerSandboxAsync(browser, { htmlPath: silentPanel, mainJsPath: sandbox, timeoutMs: TIMEOUT_MS })).rejects.toThrow(`the panel (${silentPanel}) did not mark itself interactive within 1.5 s`)
    expect(browser.contexts()).toHaveLength(0)
  })
})
