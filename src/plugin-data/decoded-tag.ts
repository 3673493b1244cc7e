import type { PlanTag } from '../layout/plan-tag'

export interface DecodedTag {
  key: string
  tag: PlanTag
  /** On the board section only. */
  layoutVersion?: number
  /** On the board section only: how many parts of stored JSON it carries. */
  storedParts?: number
}

/** A node's entries in the namespace, as `getSharedPluginData` or a REST `sharedPluginData` gives them. */
export type TagData = Readonly<Record<string, string>>
