import type { PageRecord } from '../model/node-records'
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

  /** Selection holds live nodes of this page, without duplicates. */
  get selection(): ReadonlyArray<SceneNode> {
    return Object.freeze(this.record.selection.filter((record) => !record.removed).map((record) => this.ctx.sceneHandle(record)))
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
