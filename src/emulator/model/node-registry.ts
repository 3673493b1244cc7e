import {
  DOCUMENT_ID,
  DOCUMENT_NAME,
  FIRST_NODE_LOCAL_ID,
  NODE_ID_SESSION,
  PAGE_ID,
  PAGE_NAME
} from './emulator-defaults'
import {
  type ConnectorRecord,
  type DocumentRecord,
  emptyPluginData,
  type NodeRecord,
  type PageRecord,
  type SceneRecord
} from './node-records'

/** Finds a live scene node by id; what connector geometry and endpoint checks look through. */
export type SceneLookup = (id: string) => SceneRecord | undefined

const ID_PATTERN = /^(\d+):(\d+)$/

/**
 * The one-page document and an index of its live nodes by id. Ids are `session:n` like Figma's,
 * allocated upwards and never reused, also past ids a REST file brought in.
 */
export class NodeRegistry {
  readonly root: DocumentRecord
  private readonly byId = new Map<string, NodeRecord>()
  private readonly connectorRecords = new Set<ConnectorRecord>()
  private readonly usedIds = new Set<string>()
  private nextLocalId = FIRST_NODE_LOCAL_ID

  constructor(ids: { documentId?: string; documentName?: string; pageId?: string; pageName?: string } = {}) {
    const page: PageRecord = {
      kind: 'PAGE',
      id: ids.pageId ?? PAGE_ID,
      name: ids.pageName ?? PAGE_NAME,
      removed: false,
      data: emptyPluginData(),
      children: [],
      selection: []
    }
    this.root = {
      kind: 'DOCUMENT',
      id: ids.documentId ?? DOCUMENT_ID,
      name: ids.documentName ?? DOCUMENT_NAME,
      removed: false,
      data: emptyPluginData(),
      page
    }
    this.register(this.root)
    this.register(page)
  }

  get page(): PageRecord {
    return this.root.page
  }

  allocateId(): string {
    let id: string
    do {
      // Past the safe integers `+ 1` stops counting and would repeat one taken id forever (a REST
      // file may carry such an id); counting again from the start is safe because usedIds skips
      // every id ever taken.
      if (!Number.isSafeInteger(this.nextLocalId)) this.nextLocalId = FIRST_NODE_LOCAL_ID
      id = `${NODE_ID_SESSION}:${this.nextLocalId}`
      this.nextLocalId += 1
    } while (this.usedIds.has(id))
    this.usedIds.add(id)
    return id
  }

  /** Marks an id as taken (a REST node, or one nested inside a node the emulator keeps opaque). */
  reserveId(id: string): void {
    this.usedIds.add(id)
    const match = ID_PATTERN.exec(id)
    if (match !== null && Number(match[1]) === NODE_ID_SESSION) {
      this.nextLocalId = Math.max(this.nextLocalId, Number(match[2]) + 1)
    }
  }

  isTaken(id: string): boolean {
    return this.usedIds.has(id)
  }

  register(record: NodeRecord): void {
    this.reserveId(record.id)
    this.byId.set(record.id, record)
    if (record.kind === 'CONNECTOR') this.connectorRecords.add(record)
  }

  unregister(record: NodeRecord): void {
    this.byId.delete(record.id)
    if (record.kind === 'CONNECTOR') this.connectorRecords.delete(record)
  }

  get(id: string): NodeRecord | undefined {
    return this.byId.get(id)
  }

  readonly scene: SceneLookup = (id) => {
    const record = this.byId.get(id)
    return record === undefined || record.kind === 'PAGE' || record.kind === 'DOCUMENT' ? undefined : record
  }

  /** In creation order. Kept apart because every removal asks for them: a scan of all nodes made removing n nodes quadratic. */
  connectors(): ConnectorRecord[] {
    return [...this.connectorRecords]
  }
}
