import type { EmulatorContext } from '../emulator-context'
import { cloneStructured } from '../support/clone-structured'
import { checkString } from '../support/check-arguments'
import { settleAsync } from '../support/settle-async'

/** `figma.clientStorage`: per-user values, stored and returned as structured clones. */
export class ClientStorageApiFacade implements ClientStorageAPI {
  constructor(private readonly ctx: EmulatorContext) {}

  getAsync(key: string): Promise<unknown> {
    return settleAsync(() => cloneStructured(this.ctx.clientStorage.get(checkString('clientStorage.getAsync(key)', key))))
  }

  setAsync(key: string, value: unknown): Promise<void> {
    return settleAsync(() => {
      this.ctx.clientStorage.set(checkString('clientStorage.setAsync(key)', key), cloneStructured(value))
    })
  }

  deleteAsync(key: string): Promise<void> {
    return settleAsync(() => {
      this.ctx.clientStorage.delete(checkString('clientStorage.deleteAsync(key)', key))
    })
  }

  keysAsync(): Promise<string[]> {
    return settleAsync(() => [...this.ctx.clientStorage.keys()])
  }
}
