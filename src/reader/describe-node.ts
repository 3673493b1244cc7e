import type { SnapshotNode } from './board-snapshot'

/** How long a quoted text may get in a warning before it is cut. */
const EXCERPT_LENGTH = 40

const TYPE_NAMES: Readonly<Record<string, string>> = {
  STICKY: 'sticky',
  SHAPE_WITH_TEXT: 'shape',
  TEXT: 'text',
  SECTION: 'section',
  CONNECTOR: 'connector',
  TABLE: 'table',
  WIDGET: 'widget',
  STAMP: 'stamp',
  EMBED: 'embed',
  LINK_UNFURL: 'link preview',
  MEDIA: 'media',
  CODE_BLOCK: 'code block',
  HIGHLIGHT: 'highlight',
  WASHI_TAPE: 'washi tape',
  SHAPE: 'shape',
  VECTOR: 'drawing',
  GROUP: 'group',
  FRAME: 'frame'
}

/** A node as a warning names it: `sticky "Calls the store…"`, `section "Pick-up"`, `table`. */
export function describeNode(node: SnapshotNode): string {
  const kind = TYPE_NAMES[node.type] ?? node.type.toLowerCase().replace(/_/g, ' ')
  const words = node.type === 'SECTION' ? node.name : (node.text ?? '')
  const text = words.replace(/\s+/g, ' ').trim()
  if (text === '') return kind
  const excerpt = text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : text
  return `${kind} "${excerpt}"`
}
