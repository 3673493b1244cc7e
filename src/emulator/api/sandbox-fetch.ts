import type { PluginManifest } from '../manifest/plugin-manifest-schema'

/**
 * The sandbox's global `fetch` ([T] index.d.ts: `fetch(url, init?)`), as FigJam gives it to a plugin
 * under its manifest's `networkAccess`. [D] Version 1 Update 66: with `allowedDomains: ["none"]` "Figma blocks the
 * requests and throws content-security policy (CSP) errors". Where the manifest would let a request
 * through, the emulator still refuses it: it has no network, and what a server would answer is not
 * its to invent. Every request is recorded, so a test can see that the plugin asked for none.
 */
export function createSandboxFetch(manifest: PluginManifest, requests: string[]): (url: string, init?: FetchOptions) => Promise<FetchResponse> {
  const domains = manifest.networkAccess?.allowedDomains
  const blocksAll = domains !== undefined && domains.length === 1 && domains[0] === 'none'
  return (url: string) => {
    requests.push(String(url))
    const reason = blocksAll
      ? `Refused to connect to ${JSON.stringify(String(url))} because it violates the Content Security Policy: manifest.json's networkAccess.allowedDomains is ["none"]`
      : `fetch ${JSON.stringify(String(url))}: the emulator reaches no network (a request FigJam would let through is refused too)`
    return Promise.reject(new TypeError(reason))
  }
}
