import { createFigJamEmulator, type EmulatorOptions, type FigJamEmulator } from '../../src/emulator'

export const INTER_MEDIUM: FontName = { family: 'Inter', style: 'Medium' }
export const INTER_REGULAR: FontName = { family: 'Inter', style: 'Regular' }

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
