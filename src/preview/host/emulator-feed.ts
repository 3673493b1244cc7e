import type { FigJamEmulator } from '../../emulator'

export interface Notification {
  message: string
  error: boolean
}

/**
 * What the emulator recorded since the page last looked: new notifications, and the latest request
 * to bring nodes into view. The emulator only records; the page polls this once per frame.
 */
export class EmulatorFeed {
  private notificationsSeen = 0
  private scrollsSeen = 0

  constructor(private readonly emulator: FigJamEmulator) {}

  takeNotifications(): Notification[] {
    const all = this.emulator.notifications
    // resetCounters empties the list; start again from its start.
    if (all.length < this.notificationsSeen) this.notificationsSeen = 0
    const fresh = all.slice(this.notificationsSeen)
    this.notificationsSeen = all.length
    return fresh
  }

  /** The node ids of the newest scrollAndZoomIntoView call, if there was one since last time. */
  takeScrollIntoView(): string[] | undefined {
    const all = this.emulator.viewportScrolls
    if (all.length < this.scrollsSeen) this.scrollsSeen = 0
    if (all.length === this.scrollsSeen) return undefined
    this.scrollsSeen = all.length
    return all[all.length - 1]
  }
}
