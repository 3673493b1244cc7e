import type { SceneRecord } from '../model/node-records'
import type { NodeRegistry } from '../model/node-registry'
import { exportNode, exportRestNode, exportRestShell, restBoxOf } from './export-rest-file'

/** JSON.stringify's indentation step, as the command line has always written the file. */
const INDENT = '  '
/** How an emptied `children` list (every container's last field) is written. */
const EMPTY_CHILDREN = '"children": []'

/**
 * The board's REST file as text, exactly `JSON.stringify(exportRestFile(…), null, 2)`, in pieces,
 * node by node, for writing as they come. The whole text of a big board
 * (millions of characters, two bytes each once it holds a non-Latin-1 character such as "✓") would
 * otherwise stay alive in pieces and be copied by each collection until it is whole. Each node is
 * JSON.stringify's own text with its newlines indented to its depth: JSON strings hold no raw
 * newline, so that is exactly the nested text. A container is written with its children list
 * empty, then opened where that list is to take its children.
 */
export function* exportRestTextChunks(registry: NodeRegistry, pluginId: string, name: string): Generator<string> {
  const shell = JSON.stringify(exportRestShell(registry, pluginId, name), null, 2)
  yield* containerChunks(registry, shell, registry.root.page.children, pluginId, { x: 0, y: 0 }, '')
}

/** `text` (ending with its `"children": []` field) with `records` written into that list, each line after the first indented by `pad`. */
function* containerChunks(registry: NodeRegistry, text: string, records: readonly SceneRecord[], pluginId: string, origin: Vector, pad: string): Generator<string> {
  if (records.length === 0) {
    yield indented(text, pad)
    return
  }
  const at = text.lastIndexOf(EMPTY_CHILDREN)
  const lineStart = text.lastIndexOf('\n', at) + 1
  const fieldPad = pad + text.slice(lineStart, at)
  const itemPad = fieldPad + INDENT
  yield indented(text.slice(0, at + EMPTY_CHILDREN.length - 1), pad)
  for (let i = 0; i < records.length; i += 1) {
    yield i === 0 ? `\n${itemPad}` : `,\n${itemPad}`
    yield* nodeChunks(registry, records[i]!, pluginId, origin, itemPad)
  }
  yield `\n${fieldPad}]` + indented(text.slice(at + EMPTY_CHILDREN.length), pad)
}

/** A node, its children (if it is a section or a frame) written one by one; a group comes whole, since its box is its members' union. */
function nodeChunks(registry: NodeRegistry, record: SceneRecord, pluginId: string, origin: Vector, pad: string): Generator<string> | string[] {
  if (record.kind === 'GROUP') return [indented(JSON.stringify(exportRestNode(registry, record, pluginId), null, 2), pad)]
  const box = restBoxOf(registry, record, origin)
  const text = JSON.stringify(exportNode(record, pluginId, box), null, 2)
  if (record.kind !== 'SECTION' && record.kind !== 'FRAME') return [indented(text, pad)]
  return containerChunks(registry, text, record.children, pluginId, { x: box.x, y: box.y }, pad)
}

function indented(text: string, pad: string): string {
  return pad === '' ? text : text.replace(/\n/g, `\n${pad}`)
}
