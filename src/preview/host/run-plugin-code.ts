interface PluginGlobals {
  figma?: PluginAPI
  __html__?: string
}

/**
 * Runs the built sandbox bundle the way Figma does: `figma` and `__html__` are globals when it
 * starts. The bundle is an IIFE reading both as free names, so they are also passed as the
 * parameters of the function made from it.
 */
export function runPluginCode(api: PluginAPI, html: string, code: string): void {
  const globals = globalThis as PluginGlobals
  globals.figma = api
  globals.__html__ = html
  // The code is dist/main.js from this preview's own server, exactly as FigJam would run it.
  const plugin = new Function('figma', '__html__', code) as (figma: PluginAPI, html: string) => void
  plugin(api, html)
}
