import { findSceneNodeAsync } from './find-scene-node-async'

/** Where a node can be dropped: a section, or the page itself. */
export type Container = PageNode | SectionNode

/** The section with `sectionId`, or the current page for null. */
export function findContainerAsync(api: PluginAPI, sectionId: string | null): Promise<Container> {
  return sectionId === null ? Promise.resolve(api.currentPage) : findSceneNodeAsync(api, sectionId, 'SECTION')
}
