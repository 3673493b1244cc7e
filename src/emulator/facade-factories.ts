import { createPluginApiFacade } from './api/plugin-api-facade'
import type { FacadeFactories } from './emulator-context'
import { createNodeFacade } from './nodes/create-node-facade'
import { LabelSublayerFacade } from './nodes/label-sublayer-facade'
import { TextSublayerFacade } from './nodes/text-sublayer-facade'

/** The facades an emulator session hands plugin code, one kind per factory. */
export const FACADE_FACTORIES: FacadeFactories = {
  api: (ctx) => createPluginApiFacade(ctx),
  node: (record, ctx) => createNodeFacade(record, ctx),
  text: (owner, ctx) => new TextSublayerFacade(owner, ctx),
  label: (owner) => new LabelSublayerFacade(owner)
}
