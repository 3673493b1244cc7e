import { moveBy } from '../model/move-by'
import type { GroupRecord } from '../model/node-records'
import { checkNumber } from '../support/check-arguments'
import { ContainerNodeFacade } from './container-node-facade'

type EmulatedGroup = Pick<GroupNode, 'type' | 'x' | 'y'>

/**
 * A group (`figma.group(nodes, parent)` [T]). Its box is its members' union and it has no origin of
 * its own: members report x/y from the section, frame or page around the group [D:
 * relativeTransform]. Moving the group moves its members. Resizing and turning a group are not
 * emulated (FigJam's behaviour is not documented): the group has no resize, and rotation refuses.
 */
export class GroupNodeFacade extends ContainerNodeFacade<GroupRecord> implements EmulatedGroup {
  get type(): 'GROUP' {
    return 'GROUP'
  }

  override get x(): number {
    return super.x
  }

  override set x(value: number) {
    moveBy(this.record, checkNumber('x', value) - super.x, 0)
  }

  override get y(): number {
    return super.y
  }

  override set y(value: number) {
    moveBy(this.record, 0, checkNumber('y', value) - super.y)
  }
}
