import type { SectionRecord } from '../model/node-records'
import { checkBoolean } from '../support/check-arguments'
import { FramedContainerFacade } from './framed-container-facade'

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
export class SectionNodeFacade extends FramedContainerFacade<SectionRecord> implements EmulatedSection {
  /** [T] SectionNode has neither (OpaqueNodeMixin, no LayoutMixin). */
  static readonly absentMembers: ReadonlySet<string> = new Set(['rotation', 'absoluteRenderBounds'])

  get type(): 'SECTION' {
    return 'SECTION'
  }

  get sectionContentsHidden(): boolean {
    return this.record.contentsHidden
  }

  set sectionContentsHidden(value: boolean) {
    this.record.contentsHidden = checkBoolean('sectionContentsHidden', value)
  }
}
