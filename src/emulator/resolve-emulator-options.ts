import type { EmulatorOptions } from './figjam-emulator'
import type { ContextSettings } from './emulator-context'
import { JOURNEYBOARD_MANIFEST } from './manifest/journeyboard-manifest'
import { menuCommands } from './manifest/menu-commands'
import { parsePluginManifest } from './manifest/parse-plugin-manifest'
import type { PluginManifest } from './manifest/plugin-manifest-schema'
import { DEFAULT_AVAILABLE_FONTS, DEFAULT_PLUGIN_DATA_LIMIT } from './model/emulator-defaults'
import { DEFAULT_TEXT_CALIBRATION } from './model/text-metrics'

/** The file name a board gets when nobody names it. */
export const DEFAULT_FILE_NAME = 'Untitled'

export type ResolvedOptions = Omit<ContextSettings, 'registry'> & { fileName: string; recordUndo: boolean }

/** Options with their defaults filled in; nonsense values throw rather than emulate something odd. */
export function resolveEmulatorOptions(options: EmulatorOptions): ResolvedOptions {
  const limit = options.pluginDataLimit ?? DEFAULT_PLUGIN_DATA_LIMIT
  if (!Number.isInteger(limit) || limit <= 0) throw new RangeError(`pluginDataLimit must be a positive whole number of bytes, got ${limit}`)
  const manifest = options.manifest === undefined ? JOURNEYBOARD_MANIFEST : parsePluginManifest(options.manifest)
  return {
    manifest,
    pluginId: manifest.id,
    availableFonts: options.availableFonts ?? DEFAULT_AVAILABLE_FONTS,
    pluginDataLimit: limit,
    failOnCall: options.failOnCall,
    clientStorage: options.clientStorage ?? {},
    fileName: options.fileName ?? DEFAULT_FILE_NAME,
    textCalibration: options.textCalibration ?? DEFAULT_TEXT_CALIBRATION,
    recordUndo: options.recordUndo ?? false,
    command: startedCommand(manifest, options.command)
  }
}

/** The menu command FigJam starts the plugin with: only one its manifest's menu names. */
function startedCommand(manifest: PluginManifest, asked: string | undefined): string | undefined {
  const commands = menuCommands(manifest.menu ?? []).map((entry) => entry.command)
  if (asked === undefined) return commands[0]
  if (!commands.includes(asked)) {
    throw new RangeError(`command ${JSON.stringify(asked)} is not in the manifest's menu (${commands.length === 0 ? 'it has none' : commands.map((c) => JSON.stringify(c)).join(', ')})`)
  }
  return asked
}
