import manifest from '../../../manifest.json'
import { parsePluginManifest } from './parse-plugin-manifest'
import type { PluginManifest } from './plugin-manifest-schema'

/**
 * The manifest FigJam loads the plugin with (the repository's manifest.json, as built into this
 * code): what an emulator runs the plugin under unless a test gives it another.
 */
export const JOURNEYBOARD_MANIFEST: PluginManifest = parsePluginManifest(manifest)
