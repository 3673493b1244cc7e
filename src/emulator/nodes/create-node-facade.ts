import type { EmulatorContext } from '../emulator-context'
import type { NodeRecord } from '../model/node-records'
import { ConnectorNodeFacade } from './connector-node-facade'
import { DocumentNodeFacade } from './document-node-facade'
import { FrameNodeFacade } from './frame-node-facade'
import { GenericNodeFacade } from './generic-node-facade'
import { GroupNodeFacade } from './group-node-facade'
import { PageNodeFacade } from './page-node-facade'
import { SectionNodeFacade } from './section-node-facade'
import { ShapeWithTextNodeFacade } from './shape-with-text-node-facade'
import { StickyNodeFacade } from './sticky-node-facade'
import { TableNodeFacade } from './table-node-facade'
import { TextNodeFacade } from './text-node-facade'

/** The facade class that shows a record of each kind. */
export function createNodeFacade(record: NodeRecord, ctx: EmulatorContext): object {
  switch (record.kind) {
    case 'STICKY':
      return new StickyNodeFacade(record, ctx)
    case 'SHAPE_WITH_TEXT':
      return new ShapeWithTextNodeFacade(record, ctx)
    case 'CONNECTOR':
      return new ConnectorNodeFacade(record, ctx)
    case 'SECTION':
      return new SectionNodeFacade(record, ctx)
    case 'GROUP':
      return new GroupNodeFacade(record, ctx)
    case 'FRAME':
      return new FrameNodeFacade(record, ctx)
    case 'TEXT':
      return new TextNodeFacade(record, ctx)
    case 'TABLE':
      return new TableNodeFacade(record, ctx)
    case 'GENERIC':
      return new GenericNodeFacade(record, ctx)
    case 'PAGE':
      return new PageNodeFacade(record, ctx)
    case 'DOCUMENT':
      return new DocumentNodeFacade(record, ctx)
  }
}
