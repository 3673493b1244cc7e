import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import { describe, expect, it } from 'vitest'

/** npm's own range semantics. semver ships no types; the two functions used are typed here rather than through another package. */
const semver = createRequire(import.meta.url)('semver') as {
  satisfies(version: string, range: string): boolean
  minVersion(range: string): { major: number; minor: number } | null
}

/*
 * npm warns (EBADENGINE) when a package's `engines.node` does not accept the Node it runs on. The
 * project promises a Node range in package.json and the README; it must be exactly the versions
 * every locked package accepts, so a newcomer on any promised Node sees no warning and no promised
 * version is left out.
 */

interface LockedPackage {
  engines?: { node?: string } | string[]
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockedPackage> }
const readme = readFileSync('README.md', 'utf8')

/** Each locked package's Node range (the root, "", is the project itself). */
const lockedRanges = Object.entries(lock.packages).flatMap(([name, entry]) => {
  const node = entry.engines !== undefined && !Array.isArray(entry.engines) ? entry.engines.node : undefined
  return name === '' || node === undefined ? [] : [{ name, range: node }]
})

/** Node releases to try: every minor from 18 to 26, at patch 0 and a late patch. */
const VERSIONS = Array.from({ length: 9 }, (_, major) => major + 18).flatMap((major) =>
  Array.from({ length: 30 }, (_, minor) => [`${major}.${minor}.0`, `${major}.${minor}.20`]).flat()
)

describe('the Node versions the project promises', () => {
  it('are exactly those every locked package accepts', () => {
    expect(lockedRanges.length).toBeGreaterThan(20)
    const promised = manifest.engines.node
    const disagreements = VERSIONS.flatMap((version) => {
      const refusedBy = lockedRanges.filter(({ range }) => !semver.satisfies(version, range)).map(({ name }) => name)
      const promises = semver.satisfies(version, promised)
      return promises === (refusedBy.length === 0) ? [] : [`${version}: ${promises ? `promised, but refused by ${refusedBy.length} packages (${refusedBy.slice(0, 3).join(', ')}…)` : 'accepted by every package, but not promised'}`]
    })
    expect(disagreements).toEqual([])
  })

  it('are the ones the README states, and include the Node it was tried on', () => {
    const setUp = /On a fresh machine with Node\.js ([^:]*):/.exec(readme.replace(/\s+/g, ' '))?.[1] ?? ''
    const tried = /tried on Node (\d+\.\d+\.\d+)/.exec(setUp)?.[1] ?? ''
    expect(semver.satisfies(tried, manifest.engines.node), tried).toBe(true)
    // Each part of the range starts at a release the sentence names, as major.minor (or the major alone).
    for (const part of manifest.engines.node.split('||')) {
      const lowest = semver.minVersion(part.trim())
      if (lowest === null) throw new Error(`no lowest version in ${part}`)
      expect(setUp).toContain(lowest.minor === 0 ? `${lowest.major} ` : `${lowest.major}.${lowest.minor} `)
    }
  })
})
