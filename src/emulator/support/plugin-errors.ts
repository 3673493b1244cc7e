/**
 * The errors the emulated API throws, worded like Figma's so a failing test reads like the failure a
 * user would see in FigJam.
 */

/** The name plugin code knows the API by, for messages that tell it which call to make instead. */
export const PLUGIN_GLOBAL = 'figma'

export function fontLabel(font: FontName): string {
  return `${font.family} ${font.style}`.trim()
}

export function unloadedFontError(font: FontName): Error {
  const call = `${PLUGIN_GLOBAL}.loadFontAsync({ family: ${JSON.stringify(font.family)}, style: ${JSON.stringify(font.style)} })`
  const unset = font.family === '' ? ' (this connector label has no font yet: load a font, assign it to text.fontName, then write)' : ''
  return new Error(
    `Cannot write to node with unloaded font "${fontLabel(font)}". Please call ${call} and await the returned promise first.${unset}`
  )
}

/**
 * What Figma throws on a node that is gone. Figma names the call first, a method by its name and a
 * property read as `get_<name>` ("in remove: The node with id "1:445" does not exist", "in
 * get_parent: ..."; reported in github.com/figma/plugin-typings/issues/352,
 * github.com/DirectedEdges/specs-plugin-1/issues/120, github.com/react-figma/react-figma/issues/87).
 */
export function missingNodeError(id: string, call?: string): Error {
  return new Error(`${call === undefined ? '' : `in ${call}: `}The node with id ${JSON.stringify(id)} does not exist`)
}

export function closedPluginError(what: string): Error {
  return new Error(`Cannot use ${what}: the plugin was closed with ${PLUGIN_GLOBAL}.closePlugin()`)
}

/** A synchronous API that `documentAccess: "dynamic-page"` turns off. */
export function dynamicPageError(call: string, replacement: string): Error {
  return new Error(
    `in ${call}: Cannot call with documentAccess: dynamic-page. Use ${PLUGIN_GLOBAL}.${replacement} instead.`
  )
}

export function invalidArgumentError(where: string, expected: string, got: unknown): TypeError {
  return new TypeError(`${where}: expected ${expected}, got ${describeValue(got)}`)
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${String(value)}`
}
