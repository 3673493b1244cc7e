import type { GenericRecord } from '../model/node-records'
import { SceneNodeFacade } from './scene-node-facade'

/**
 * A node from a REST file the emulator does not model (a table, widget, stamp, ...).
 * It only has what every canvas node has, so a reader can see its type and skip it.
 */
export class GenericNodeFacade extends SceneNodeFacade<GenericRecord> {
  get type(): string {
    return this.record.type
  }
}
