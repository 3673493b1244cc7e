import { findSceneNodeAsync } from './find-scene-node-async'

/** Replaces a sticky's text, loading the font it uses first, as FigJam requires of every text write. */
export async function setStickyTextAsync(api: PluginAPI, stickyId: string, text: string): Promise<void> {
  const sticky = await findSceneNodeAsync(api, stickyId, 'STICKY')
  const font = sticky.text.fontName
  // Only a person's range styling mixes fonts; a plugin would load each range's font, which this preview never needs.
  if (typeof font === 'symbol') throw new Error(`sticky ${stickyId} mixes fonts; the preview edits only stickies in one font`)
  await api.loadFontAsync(font)
  sticky.text.characters = text
}
