import type { SceneRecord } from '../model/node-records'
import type { NodeRegistry } from '../model/node-registry'
import { exportNode, exportRestNode, exportRestShell, restBoxOf } from './export-rest-file'
import type { RestSceneNode } from './rest-file-types'

/**
 * The board's REST file as text: exactly `JSON.stringify(exportRestFile(…), null, 2)`, made
 * without the whole file's object tree. On a big board that tree (a dozen objects per node) is
 * still alive while its text is made, so every young-generation collection on the way copies it.
 * Here each list of nodes is made only when JSON.stringify reaches it (through `toJSON`) and is
 * garbage once its text is written: only the lists on the path being written are alive at once.
 */
export function exportRestText(registry: NodeRegistry, pluginId: string, name: string): string {
  const file = exportRestShell(registry, pluginId, name)
  file.document.children[0]!.children = nodesWhenWritten(registry, registry.root.page.children, pluginId, { x: 0, y: 0 })
  return JSON.stringify(file, null, 2)
}

/** A list of nodes that exportRestFile's own node exporter makes when JSON.stringify asks for it (as `toJSON`). */
function nodesWhenWritten(registry: NodeRegistry, records: readonly SceneRecord[], pluginId: string, origin: Vector): RestSceneNode[] {
  const list = { toJSON: (): RestSceneNode[] => records.map((record) => nodeWhenWritten(registry, record, pluginId, origin)) }
  return list as unknown as RestSceneNode[]
}

/** A node, its children (if it is a section or a frame) made when they are written; a group comes whole, since its box is its members' union. */
function nodeWhenWritten(registry: NodeRegistry, record: SceneRecord, pluginId: string, origin: Vector): RestSceneNode {
  if (record.kind === 'GROUP') return exportRestNode(registry, record, pluginId)
  const box = restBoxOf(registry, record, origin)
  const node = exportNode(record, pluginId, box)
  if (record.kind === 'SECTION' || record.kind === 'FRAME') {
    ;(node as { children: RestSceneNode[] }).children = nodesWhenWritten(registry, record.children, pluginId, { x: box.x, y: box.y })
  }
  return node
}
