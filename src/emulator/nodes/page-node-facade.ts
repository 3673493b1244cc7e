import type { NodeRecord, PageRecord, SceneRecord } from '../model/node-records'
import { BaseNodeFacade } from './base-node-facade'
import {
  appendChildTo,
  childrenOf,
  findAllIn,
  findAllWithCriteriaIn,
  findChildIn,
  findChildrenIn,
  findOneIn,
  insertChildInto
} from './children-methods'

type EmulatedPage = Pick<
  PageNode,
  | 'type'
  | 'children'
  | 'selection'
  | 'appendChild'
  | 'insertChild'
  | 'findAll'
  | 'findOne'
  | 'findChildren'
  | 'findChild'
  | 'loadAsync'
>

/** The board's one page (FigJam files have a single page): the parent of every new node. */
export class PageNodeFacade extends BaseNodeFacade<PageRecord> implements EmulatedPage {
  get type(): 'PAGE' {
    return 'PAGE'
  }

  get parent(): (BaseNode & ChildrenMixin) | null {
    return this.ctx.documentHandle() as unknown as BaseNode & ChildrenMixin
  }

  remove(): void {
    throw new Error('Cannot remove the only page of a FigJam file')
  }

  get children(): ReadonlyArray<SceneNode> {
    return childrenOf(this.ctx, this.record)
  }

  /**
   * Selection holds live nodes of this page, without duplicates, and only directly selected ones: [T]
   * PageNode.selection "will never contain both a node and one of its descendents" (a node inside a
   * selected node is selected indirectly). Worked out when read, as removal is.
   */
  get selection(): ReadonlyArray<SceneNode> {
    const live = this.record.selection.filter((record) => !record.removed)
    const chosen = new Set<NodeRecord>(live)
    const direct = live.filter((record) => !hasAncestorIn(record, chosen))
    return Object.freeze(direct.map((record) => this.ctx.sceneHandle(record)))
  }

  set selection(value: ReadonlyArray<SceneNode>) {
    if (!Array.isArray(value)) throw new TypeError('selection: expected an array of nodes')
    const records = value.map((node, index) => this.ctx.sceneArgument(`selection[${index}]`, node))
    this.record.selection = [...new Set(records)]
  }

  appendChild(child: SceneNode): void {
    appendChildTo(this.ctx, this.record, child)
  }

  insertChild(index: number, child: SceneNode): void {
    insertChildInto(this.ctx, this.record, index, child)
  }

  findAll(callback?: (node: SceneNode) => boolean): SceneNode[] {
    return findAllIn(this.ctx, this.record, callback)
  }

  findOne(callback: (node: SceneNode) => boolean): SceneNode | null {
    return findOneIn(this.ctx, this.record, callback)
  }

  findChildren(callback?: (node: SceneNode) => boolean): SceneNode[] {
    return findChildrenIn(this.ctx, this.record, callback)
  }

  findChild(callback: (node: SceneNode) => boolean): SceneNode | null {
    return findChildIn(this.ctx, this.record, callback)
  }

  findAllWithCriteria(criteria: FindAllCriteria<NodeType[]>): SceneNode[] {
    return findAllWithCriteriaIn(this.ctx, this.record, criteria)
  }

  /** The current page is always loaded. */
  loadAsync(): Promise<void> {
    return Promise.resolve()
  }
}

function hasAncestorIn(record: SceneRecord, chosen: ReadonlySet<NodeRecord>): boolean {
  for (let parent = record.parent; parent !== null && parent.kind !== 'PAGE'; parent = parent.parent) {
    if (chosen.has(parent)) return true
  }
  return false
}
