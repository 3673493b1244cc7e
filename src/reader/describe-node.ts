import { enReading } from '../i18n/catalogues/reading/en'
import type { WarningNode } from './board-reading'
import type { SnapshotNode } from './board-snapshot'
import { nodeText } from './warning-text'

/** How long a quoted text may get in a warning before it is cut. */
const EXCERPT_LENGTH = 40

/** A node as a warning names it: `sticky "Calls the store…"`, `section "Pick-up"`, `table`. */
export function describeNode(node: SnapshotNode): string {
  return nodeText(warningNode(node), enReading)
}

/** A node as a warning carries it: its type and a short excerpt of its text (a section's name), for each language to word. */
export function warningNode(node: SnapshotNode): WarningNode {
  const words = node.type === 'SECTION' ? node.name : (node.text ?? '')
  const text = words.replace(/\s+/g, ' ').trim()
  if (text === '') return { kind: node.type }
  return { kind: node.type, text: text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : text }
}
