import { h, type VNode } from 'preact'

import type { SvgNode } from '../../src/render/svg/svg-tree'

/** An SVG tree built as elements, attribute by attribute: text in it can never become markup. */
export function svgTreeView(node: SvgNode): VNode<Record<string, unknown>> {
  // The panel's document already knows the SVG namespace; xmlns is for standalone files.
  const { xmlns: _xmlns, ...attrs } = node.attrs
  return h<Record<string, unknown>>(node.tag, attrs, ...node.children.map((child) => (typeof child === 'string' ? child : svgTreeView(child))))
}
