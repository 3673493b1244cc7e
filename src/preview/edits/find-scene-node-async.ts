type SceneNodeOfType<T extends SceneNode['type']> = Extract<SceneNode, { type: T }>

/**
 * Looks a node up as FigJam's dynamic pages require (getNodeByIdAsync) and checks its type, so an
 * edit aimed at a node someone else just removed fails with a sentence instead of a TypeError.
 * @throws Error naming the node when it is gone or of another type.
 */
export async function findSceneNodeAsync<T extends SceneNode['type']>(api: PluginAPI, id: string, type: T | readonly T[]): Promise<SceneNodeOfType<T>> {
  const types: readonly string[] = typeof type === 'string' ? [type] : type
  const node = await api.getNodeByIdAsync(id)
  if (node === null || node.removed) throw new Error(`node ${id} is no longer on the board`)
  if (!types.includes(node.type)) throw new Error(`node ${id} is a ${node.type}, not a ${types.join(' or ')}`)
  return node as SceneNodeOfType<T>
}
