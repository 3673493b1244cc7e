import type { EmulatorOptions } from './figjam-emulator'
import type { ContextSettings } from './emulator-context'
import { DEFAULT_AVAILABLE_FONTS, DEFAULT_PLUGIN_DATA_LIMIT, DEFAULT_PLUGIN_ID } from './model/emulator-defaults'
import { DEFAULT_TEXT_CALIBRATION } from './model/text-metrics'

/** The file name a board gets when nobody names it. */
export const DEFAULT_FILE_NAME = 'Untitled'

export type ResolvedOptions = Omit<ContextSettings, 'registry'> & { fileName: string; recordUndo: boolean }

/** Options with their defaults filled in; nonsense values throw rather than emulate something odd. */
export function resolveEmulatorOptions(options: EmulatorOptions): ResolvedOptions {
  const limit = options.pluginDataLimit ?? DEFAULT_PLUGIN_DATA_LIMIT
  if (!Number.isInteger(limit) || limit <= 0) throw new RangeError(`pluginDataLimit must be a positive whole number of bytes, got ${limit}`)
  const pluginId = options.pluginId ?? DEFAULT_PLUGIN_ID
  if (pluginId === '') throw new RangeError('pluginId must not be empty')
  return {
    availableFonts: options.availableFonts ?? DEFAULT_AVAILABLE_FONTS,
    pluginDataLimit: limit,
    pluginId,
    failOnCall: options.failOnCall,
    clientStorage: options.clientStorage ?? {},
    fileName: options.fileName ?? DEFAULT_FILE_NAME,
    textCalibration: options.textCalibration ?? DEFAULT_TEXT_CALIBRATION,
    recordUndo: options.recordUndo ?? false,
    command: options.command ?? ''
  }
}
