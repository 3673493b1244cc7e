import * as z from 'zod/mini'

import { escapeXml } from './escape-xml'

/**
 * SVG as plain data: a tag, its attributes and its children (elements or text). Built once by pure
 * code, then written as markup (`svgMarkup`, for files) or as DOM elements (the panel, which never
 * injects markup), so both show the same picture. A schema, because the sandbox sends it to the panel.
 */
export const SvgNodeSchema = z.object({
  tag: z.string().check(z.regex(/^[a-z][a-zA-Z]*$/, 'must be an element name')),
  // No event handlers: a tree that came through a message is drawn, never run.
  attrs: z.record(z.string().check(z.regex(/^(?![oO][nN])[a-zA-Z][a-zA-Z0-9:-]*$/, 'must be an attribute name other than a handler')), z.union([z.string(), z.number()])),
  get children(): z.ZodMiniArray<z.ZodMiniUnion<[z.ZodMiniString, typeof SvgNodeSchema]>> {
    return z.array(z.union([z.string(), SvgNodeSchema]))
  }
})
export type SvgNode = z.output<typeof SvgNodeSchema>

export function svgNode(tag: string, attrs: SvgNode['attrs'], ...children: (SvgNode | string)[]): SvgNode {
  return { tag, attrs, children }
}

/** The tree as SVG markup, every attribute value and text escaped. */
export function svgMarkup(node: SvgNode): string {
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('')
  if (node.children.length === 0) return `<${node.tag}${attrs}/>`
  const children = node.children.map((child) => (typeof child === 'string' ? escapeXml(child) : svgMarkup(child))).join('')
  return `<${node.tag}${attrs}>${children}</${node.tag}>`
}
