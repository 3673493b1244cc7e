import { createFigJamEmulator, type EmulatorOptions, type FigJamEmulator, JOURNEYBOARD_MANIFEST, type PluginManifest } from '../../src/emulator'

export const INTER_MEDIUM: FontName = { family: 'Inter', style: 'Medium' }
export const INTER_REGULAR: FontName = { family: 'Inter', style: 'Regular' }

/** The plugin's manifest under another id: `figma.pluginId` and the key its private plugin data is kept under. */
export function manifestWithId(id: string): PluginManifest {
  return { ...JOURNEYBOARD_MANIFEST, id }
}

/** A fresh emulator with Inter Medium and Regular loaded, counters cleared. */
export async function readyEmulatorAsync(options?: EmulatorOptions): Promise<FigJamEmulator> {
  const emulator = createFigJamEmulator(options)
  await Promise.all([emulator.api.loadFontAsync(INTER_MEDIUM), emulator.api.loadFontAsync(INTER_REGULAR)])
  emulator.resetCounters()
  return emulator
}

export function solid(r: number, g: number, b: number): SolidPaint {
  return { type: 'SOLID', color: { r, g, b } }
}
