import type { Diagnostics } from '../diagnostics/diagnostics'
import { createFigJamEmulator } from '../emulator/create-figjam-emulator'
import { runCheckAsync } from './run-check'

/**
 * The check run on a fresh emulator with its own text metrics: what the emulator answers to every
 * probe, which diagnostics/assumption-findings.ts sets against what a FigJam file answered. Not part
 * of the plugin: the scripts and tests call it.
 */
export function emulatorDiagnosticsAsync(): Promise<Diagnostics> {
  return runCheckAsync(createFigJamEmulator({ recordUndo: true }).api, { yieldAsync: async () => {} })
}
