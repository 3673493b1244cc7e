import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../../src/emulator'
import { EmulatorFeed } from '../../../src/preview/host/emulator-feed'

describe('EmulatorFeed', () => {
  it('hands each notification and the newest scroll-into-view over once', () => {
    const emulator = createFigJamEmulator()
    const feed = new EmulatorFeed(emulator)
    const [a, b] = [emulator.api.createSticky(), emulator.api.createSticky()]
    expect(feed.takeNotifications()).toEqual([])
    expect(feed.takeScrollIntoView()).toBeUndefined()

    emulator.api.notify('first')
    emulator.api.notify('second', { error: true })
    emulator.api.viewport.scrollAndZoomIntoView([a])
    emulator.api.viewport.scrollAndZoomIntoView([a, b])
    expect(feed.takeNotifications()).toEqual([
      { message: 'first', error: false },
      { message: 'second', error: true }
    ])
    expect(feed.takeScrollIntoView()).toEqual([a.id, b.id])
    expect(feed.takeNotifications()).toEqual([])
    expect(feed.takeScrollIntoView()).toBeUndefined()

    emulator.resetCounters()
    emulator.api.notify('after a reset')
    expect(feed.takeNotifications()).toEqual([{ message: 'after a reset', error: false }])
  })
})
