/** Why the emulator refuses a manifest: each rule has its code, so a test asks for the rule rather than its words. */
export type ManifestRefusalCode =
  | 'invalid'
  | 'unknown-field'
  | 'not-emulated'
  | 'not-for-figjam'
  | 'editor-types-combined'
  | 'needs-dynamic-page'
  | 'network-none-mixed'
  | 'command-twice'

export interface ManifestRefusal {
  /** Where in the manifest, e.g. `networkAccess.allowedDomains` or `menu[1].command`. */
  path: string
  code: ManifestRefusalCode
  message: string
}

/** A manifest the emulator will not run a plugin under, with every reason found. */
export class PluginManifestError extends Error {
  constructor(readonly refusals: readonly ManifestRefusal[]) {
    super(`The emulator cannot run a plugin under this manifest:\n${refusals.map((r) => `${r.path}: ${r.message}`).join('\n')}`)
    this.name = 'PluginManifestError'
  }
}
