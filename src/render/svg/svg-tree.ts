import { escapeXml } from './escape-xml'

/**
 * SVG as plain data: a tag, its attributes and its children (elements or text). Built once by pure
 * code, then written as markup (`svgMarkup`, for files) or as DOM elements (the panel, which never
 * injects markup), so both show the same picture.
 */
export interface SvgNode {
  tag: string
  attrs: Readonly<Record<string, string | number>>
  children: readonly (SvgNode | string)[]
}

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
