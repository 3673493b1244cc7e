/** Removes the nodes that are still there; one already gone is no error (someone got there first). */
export async function deleteNodesAsync(api: PluginAPI, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    const node = await api.getNodeByIdAsync(id)
    if (node !== null && !node.removed && node.type !== 'PAGE' && node.type !== 'DOCUMENT') node.remove()
  }
}
