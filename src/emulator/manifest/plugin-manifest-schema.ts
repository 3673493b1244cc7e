import * as z from 'zod/mini'

/**
 * The parts of a plugin's manifest.json the emulator reads, as Figma documents them
 * ([D] developers.figma.com/docs/plugins/manifest). Objects are loose here: which fields may appear at all is
 * parse-plugin-manifest.ts's rule, so a field it refuses is named once, with its reason.
 */

/** [T] `figma.editorType`: the editors a manifest may name. */
export const EDITOR_TYPES = ['figma', 'figjam', 'dev', 'slides', 'buzz'] as const

/** The permissions a manifest may ask for ([D] manifest page; [T] currentUser, activeUsers, payments and StampNode.getAuthorAsync each name the one they need). */
export const PLUGIN_PERMISSIONS = ['currentuser', 'activeusers', 'fileusers', 'payments', 'teamlibrary'] as const

/** A menu entry: a command, a separator, or a submenu of more entries ([D] manifest page, `menu`). */
export type ManifestMenuItem = { name: string; command: string } | { separator: true } | { name: string; menu: ManifestMenuItem[] }

const text = z.string().check(z.minLength(1, 'must not be empty'))

const MenuItemSchema: z.ZodMiniType<ManifestMenuItem> = z.lazy(() =>
  z.union([
    z.strictObject({ name: text, command: text }),
    z.strictObject({ separator: z.literal(true) }),
    z.strictObject({ name: text, menu: z.array(MenuItemSchema) })
  ])
)

/** Update 66: `allowedDomains` (at least one; `"none"` blocks every request), optional `reasoning` and `devAllowedDomains`. */
const NetworkAccessSchema = z.strictObject({
  allowedDomains: z.array(text).check(z.minLength(1, 'must list at least one domain, or "none"')),
  reasoning: z.optional(z.string()),
  devAllowedDomains: z.optional(z.array(text))
})

export const PluginManifestSchema = z.looseObject({
  name: text,
  /** `figma.pluginId`, and the id private plugin data is kept under ([T] pluginId). */
  id: text,
  /** [T] apiVersion: '1.0.0', the only version there is. */
  api: z.literal('1.0.0'),
  main: text,
  ui: z.optional(z.union([text, z.record(z.string(), text)])),
  editorType: z.array(z.enum(EDITOR_TYPES)).check(z.minLength(1, 'must name at least one editor')),
  documentAccess: z.optional(z.string()),
  networkAccess: z.optional(NetworkAccessSchema),
  menu: z.optional(z.array(MenuItemSchema)),
  permissions: z.optional(z.array(z.enum(PLUGIN_PERMISSIONS))),
  /** A shell command Figma runs before loading the plugin's files: nothing the running plugin sees. */
  build: z.optional(z.string())
})

export type PluginManifest = z.output<typeof PluginManifestSchema>
