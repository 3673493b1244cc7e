import { decodeBoardTag, type DecodedTag, TAG_NAMESPACE } from '../../src/plugin-data/board-tags'
import type { RestFile, RestSceneNode } from '../../src/emulator'
import type { Box } from '../../src/layout'

/** A node of a REST file with the section it sits in. */
export interface RestEntry {
  node: RestSceneNode
  parent: RestSceneNode | null
}

/** Every scene node of the file's page, parents before children. */
export function restEntries(file: RestFile): RestEntry[] {
  const page = file.document.children[0]
  if (page === undefined) throw new Error('the REST file has no page')
  const entries: RestEntry[] = []
  const visit = (node: RestSceneNode, parent: RestSceneNode | null): void => {
    entries.push({ node, parent })
    const children = (node as { children?: RestSceneNode[] }).children
    if (Array.isArray(children)) for (const child of children) visit(child, node)
  }
  for (const node of page.children) visit(node, null)
  return entries
}

export function boxOf(node: RestSceneNode): Box {
  const box = node.absoluteBoundingBox
  if (box === null || box === undefined) throw new Error(`${node.type} ${node.id} has no box`)
  return box
}

export function tagData(node: RestSceneNode): Record<string, string> | undefined {
  return node.sharedPluginData?.[TAG_NAMESPACE]
}

/** The node's decoded tag, or undefined when it has none or a broken one. */
export function tagOf(node: RestSceneNode): DecodedTag | undefined {
  const data = tagData(node)
  if (data === undefined) return undefined
  const decoded = decodeBoardTag(data)
  return decoded.ok ? decoded.value : undefined
}

/** `#RRGGBB` of a REST colour, or undefined when a channel is not an exact multiple of 1/255. */
export function exactHex(color: { r: number; g: number; b: number }): string | undefined {
  const channels = [color.r, color.g, color.b].map((c) => c * 255)
  if (channels.some((c) => Math.abs(c - Math.round(c)) > 1e-9)) return undefined
  return `#${channels.map((c) => Math.round(c).toString(16).padStart(2, '0').toUpperCase()).join('')}`
}

/** Every solid fill and stroke colour of a node, exactly as hex (undefined where inexact). */
export function paintHexes(node: RestSceneNode): (string | undefined)[] {
  const paints = [
    ...(((node as { fills?: unknown }).fills as { type: string; color?: { r: number; g: number; b: number } }[] | undefined) ?? []),
    ...(((node as { strokes?: unknown }).strokes as { type: string; color?: { r: number; g: number; b: number } }[] | undefined) ?? [])
  ]
  return paints.filter((p) => p.type === 'SOLID' && p.color !== undefined).map((p) => exactHex(p.color!))
}
