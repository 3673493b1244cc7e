import { formatPath } from '../../model'
import { type ManifestRefusal, PluginManifestError } from './plugin-manifest-error'
import { PLUGIN_GLOBAL } from '../support/plugin-errors'
import { menuCommands } from './menu-commands'
import { type PluginManifest, PluginManifestSchema } from './plugin-manifest-schema'

/**
 * Fields Figma documents ([D] developers.figma.com/docs/plugins/manifest) for
 * things the emulator does not model: a plugin that declares one would meet, in FigJam, an API or a
 * mode the emulator cannot give it, so the emulator refuses it rather than run it under rules it
 * does not know.
 */
const NOT_EMULATED: Readonly<Record<string, string>> = {
  parameters: `Quick Actions parameters (${PLUGIN_GLOBAL}.parameters and the "run" event) are not emulated`,
  parameterOnly: `Quick Actions parameters (${PLUGIN_GLOBAL}.parameters and the "run" event) are not emulated`,
  relaunchButtons: 'relaunch buttons (setRelaunchData) are not emulated',
  // [T] mode, textreview, codegen: each capability runs the plugin in a mode of its own.
  capabilities: `the text review, inspect, codegen and VS Code modes are not emulated (${PLUGIN_GLOBAL}.mode is always "default")`,
  enableProposedApi: 'proposed APIs are not emulated (they run only in development, never published)',
  // [T] fileKey: "Only private plugins ... specify enablePrivatePluginApi".
  enablePrivatePluginApi: `private plugin APIs such as ${PLUGIN_GLOBAL}.fileKey are not emulated`,
  containsWidget: 'widgets are not emulated',
  widgetApi: 'widgets are not emulated',
  codegenLanguages: 'Dev Mode codegen is not emulated',
  codegenPreferences: 'Dev Mode codegen is not emulated'
}

const KNOWN_FIELDS: ReadonlySet<string> = new Set(Object.keys(PluginManifestSchema.def.shape))

/**
 * The manifest as FigJam would run the plugin under it, or a PluginManifestError naming every
 * reason it would not (or the emulator cannot say what FigJam would do).
 */
export function parsePluginManifest(input: unknown): PluginManifest {
  const refusals: ManifestRefusal[] = []
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    for (const field of Object.keys(input)) {
      const reason = NOT_EMULATED[field]
      if (reason !== undefined) refusals.push({ path: field, code: 'not-emulated', message: reason })
      else if (!KNOWN_FIELDS.has(field)) refusals.push({ path: field, code: 'unknown-field', message: 'is no manifest field Figma documents' })
    }
  }
  const parsed = PluginManifestSchema.safeParse(input)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) refusals.push({ path: formatPath(issue.path), code: 'invalid', message: issue.message })
    throw new PluginManifestError(refusals)
  }
  refusals.push(...figJamRefusals(parsed.data))
  if (refusals.length > 0) throw new PluginManifestError(refusals)
  return parsed.data
}

/** What FigJam, as documented, asks of a manifest beyond its shape. */
function figJamRefusals(manifest: PluginManifest): ManifestRefusal[] {
  const refusals: ManifestRefusal[] = []
  // [D] developers.figma.com/docs/plugins/setting-editor-type: FigJam offers only plugins that name it.
  if (!manifest.editorType.includes('figjam')) {
    refusals.push({ path: 'editorType', code: 'not-for-figjam', message: 'does not name "figjam": FigJam does not offer this plugin' })
  }
  // [D] setting-editor-type: "dev" cannot be combined with "figjam".
  if (manifest.editorType.includes('figjam') && manifest.editorType.includes('dev')) {
    refusals.push({ path: 'editorType', code: 'editor-types-combined', message: '"dev" cannot be combined with "figjam"' })
  }
  // [D] manifest page: "documentAccess: dynamic-page" is required of every new plugin, and the emulator
  // emulates that mode only (the sync look-ups it turns off throw, [T] getNodeById and kin).
  if (manifest.documentAccess !== 'dynamic-page') {
    refusals.push({ path: 'documentAccess', code: 'needs-dynamic-page', message: `must be "dynamic-page", got ${JSON.stringify(manifest.documentAccess ?? null)}` })
  }
  // [D] Version 1 Update 66 (developers.figma.com/docs/plugins/updates/2023/05/10/version-1-update-66): "none" is a keyword that blocks every request; what FigJam makes of it beside domains is not documented.
  const domains = manifest.networkAccess?.allowedDomains ?? []
  if (domains.includes('none') && domains.length > 1) {
    refusals.push({ path: 'networkAccess.allowedDomains', code: 'network-none-mixed', message: '"none" blocks every request and stands alone; beside other domains its meaning is not documented' })
  }
  // `figma.command` names the entry that ran: two entries with one command could not be told apart (undocumented).
  const seen = new Set<string>()
  for (const { path, command } of menuCommands(manifest.menu ?? [])) {
    if (seen.has(command)) refusals.push({ path, code: 'command-twice', message: `command "${command}" is named by an earlier menu entry too` })
    seen.add(command)
  }
  return refusals
}
