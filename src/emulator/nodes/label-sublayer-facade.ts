import type { ConnectorRecord } from '../model/node-records'
import { toStoredPaints } from '../model/paints'

/** `connector.textBackground`: the fill behind a connector's label. */
export class LabelSublayerFacade implements Pick<LabelSublayerNode, 'fills'> {
  constructor(private readonly owner: ConnectorRecord) {}

  get fills(): Paint[] {
    return this.owner.textBackgroundFills as Paint[]
  }

  set fills(value: Paint[]) {
    this.owner.textBackgroundFills = toStoredPaints('textBackground.fills', value)
  }
}
