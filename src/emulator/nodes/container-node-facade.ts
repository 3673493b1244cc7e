import type { FrameRecord, GroupRecord, SectionRecord } from '../model/node-records'
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
import { SceneNodeFacade } from './scene-node-facade'

type EmulatedChildren = Pick<ChildrenMixin, 'children' | 'appendChild' | 'insertChild' | 'findAll' | 'findOne' | 'findChildren' | 'findChild' | 'findAllWithCriteria'>

/** ChildrenMixin on the canvas: what sections, frames and groups share. */
export abstract class ContainerNodeFacade<R extends SectionRecord | FrameRecord | GroupRecord> extends SceneNodeFacade<R> implements EmulatedChildren {
  get children(): ReadonlyArray<SceneNode> {
    return childrenOf(this.ctx, this.record)
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
}
