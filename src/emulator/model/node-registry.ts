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
  NO_PLUGIN_DATA,
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
  /**
   * The live connectors with an end on each node, by the node's id: a removal frees the ends on what
   * it removes from these alone. Walking every connector for every removal made removing n nodes
   * from a board of n connectors quadratic.
   */
  private readonly connectorsByEndNode = new Map<string, Set<ConnectorRecord>>()
  private readonly usedIds = new Set<string>()
  private nextLocalId = FIRST_NODE_LOCAL_ID

  constructor(ids: { documentId?: string; documentName?: string; pageId?: string; pageName?: string } = {}) {
    const page: PageRecord = {
      kind: 'PAGE',
      id: ids.pageId ?? PAGE_ID,
      name: ids.pageName ?? PAGE_NAME,
      removed: false,
      data: NO_PLUGIN_DATA,
      children: [],
      selection: []
    }
    this.root = {
      kind: 'DOCUMENT',
      id: ids.documentId ?? DOCUMENT_ID,
      name: ids.documentName ?? DOCUMENT_NAME,
      removed: false,
      data: NO_PLUGIN_DATA,
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
    if (record.kind === 'CONNECTOR') {
      this.connectorRecords.add(record)
      this.indexEnd(record, record.start)
      this.indexEnd(record, record.end)
    }
  }

  unregister(record: NodeRecord): void {
    this.byId.delete(record.id)
    if (record.kind === 'CONNECTOR') {
      this.connectorRecords.delete(record)
      this.unindexEnd(record, record.start)
      this.unindexEnd(record, record.end)
    }
  }

  /**
   * Sets a connector's end; every write that attaches an end to a node or frees it goes through here,
   * so the index by end node stays true (a free end moved, by moveBy or a connector's own x and y, stays free).
   */
  setConnectorEnd(connector: ConnectorRecord, end: 'start' | 'end', endpoint: ConnectorEndpoint): void {
    const live = this.connectorRecords.has(connector)
    const old = connector[end]
    const other = end === 'start' ? connector.end : connector.start
    // A connector with both ends on one node stays attached to it by the other end.
    if (live && 'endpointNodeId' in old && !('endpointNodeId' in other && other.endpointNodeId === old.endpointNodeId)) this.unindexEnd(connector, old)
    connector[end] = endpoint
    if (live) this.indexEnd(connector, endpoint)
  }

  /** The live connectors with an end on the node with this id (none when nothing is attached to it). */
  connectorsAttachedTo(id: string): ReadonlySet<ConnectorRecord> | undefined {
    return this.connectorsByEndNode.get(id)
  }

  get(id: string): NodeRecord | undefined {
    return this.byId.get(id)
  }

  readonly scene: SceneLookup = (id) => {
    const record = this.byId.get(id)
    return record === undefined || record.kind === 'PAGE' || record.kind === 'DOCUMENT' ? undefined : record
  }

  private indexEnd(connector: ConnectorRecord, endpoint: ConnectorEndpoint): void {
    if (!('endpointNodeId' in endpoint)) return
    const attached = this.connectorsByEndNode.get(endpoint.endpointNodeId)
    if (attached === undefined) this.connectorsByEndNode.set(endpoint.endpointNodeId, new Set([connector]))
    else attached.add(connector)
  }

  private unindexEnd(connector: ConnectorRecord, endpoint: ConnectorEndpoint): void {
    if (!('endpointNodeId' in endpoint)) return
    const attached = this.connectorsByEndNode.get(endpoint.endpointNodeId)
    attached?.delete(connector)
    if (attached?.size === 0) this.connectorsByEndNode.delete(endpoint.endpointNodeId)
  }

  /** In creation order, as attachedConnectors lists them. Kept apart from the other nodes, so listing them scans no sticky. */
  connectors(): ConnectorRecord[] {
    return [...this.connectorRecords]
  }
}
