import type { Box } from '../display-list'

/** What drawing one node may need from the rest of the board. */
export interface DrawContext {
  /** The page box of any node on the page, for connector ends. */
  boxOf(id: string): Box | undefined
  /** Records something drawn approximately or skipped. */
  warn(message: string): void
}
