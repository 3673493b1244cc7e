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

export function missingNodeError(id: string): Error {
  return new Error(`The node with id ${JSON.stringify(id)} does not exist`)
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
