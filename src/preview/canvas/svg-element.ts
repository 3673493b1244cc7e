export const SVG_NS = 'http://www.w3.org/2000/svg'

/**
 * Creates an SVG element with attributes. Values go through setAttribute, never through markup, so
 * text from the board can never become elements.
 */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Readonly<Record<string, string | number | undefined>> = {}
): SVGElementTagNameMap[K] {
  const element = doc.createElementNS(SVG_NS, tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, String(value))
  }
  return element
}
