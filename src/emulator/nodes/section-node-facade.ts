import { MIN_NODE_SIZE } from '../model/emulator-defaults'
import type { SectionRecord } from '../model/node-records'
import { toStoredDashPattern, toStoredPaints } from '../model/paints'
import { checkBoolean, checkNumberAtLeast } from '../support/check-arguments'
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

type EmulatedSection = Pick<
  SectionNode,
  | 'type'
  | 'children'
  | 'appendChild'
  | 'insertChild'
  | 'findAll'
  | 'findOne'
  | 'findChildren'
  | 'findChild'
  | 'fills'
  | 'strokes'
  | 'strokeWeight'
  | 'dashPattern'
  | 'sectionContentsHidden'
  | 'resize'
  | 'resizeWithoutConstraints'
>

/**
 * A section. It starts small and never grows by itself: children may stick out until the plugin
 * resizes it. Children's x/y are measured from its top-left.
 */
export class SectionNodeFacade extends SceneNodeFacade<SectionRecord> implements EmulatedSection {
  get type(): 'SECTION' {
    return 'SECTION'
  }

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

  get fills(): ReadonlyArray<Paint> {
    return this.record.fills
  }

  set fills(value: ReadonlyArray<Paint>) {
    this.record.fills = toStoredPaints('fills', value)
  }

  get strokes(): ReadonlyArray<Paint> {
    return this.record.strokes
  }

  set strokes(value: ReadonlyArray<Paint>) {
    this.record.strokes = toStoredPaints('strokes', value)
  }

  get strokeWeight(): number {
    return this.record.strokeWeight
  }

  set strokeWeight(value: number) {
    this.record.strokeWeight = checkNumberAtLeast('strokeWeight', value, 0)
  }

  get dashPattern(): ReadonlyArray<number> {
    return this.record.dashPattern
  }

  set dashPattern(value: ReadonlyArray<number>) {
    this.record.dashPattern = toStoredDashPattern('dashPattern', value)
  }

  get sectionContentsHidden(): boolean {
    return this.record.contentsHidden
  }

  set sectionContentsHidden(value: boolean) {
    this.record.contentsHidden = checkBoolean('sectionContentsHidden', value)
  }

  resizeWithoutConstraints(width: number, height: number): void {
    this.record.width = checkNumberAtLeast('resizeWithoutConstraints(width)', width, MIN_NODE_SIZE)
    this.record.height = checkNumberAtLeast('resizeWithoutConstraints(height)', height, MIN_NODE_SIZE)
  }

  /** Sections pass no constraints to children, so this is the same as resizeWithoutConstraints. */
  resize(width: number, height: number): void {
    this.record.width = checkNumberAtLeast('resize(width)', width, MIN_NODE_SIZE)
    this.record.height = checkNumberAtLeast('resize(height)', height, MIN_NODE_SIZE)
  }
}
