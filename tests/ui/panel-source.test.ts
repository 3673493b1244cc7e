import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const UI = path.resolve('ui')

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? filesUnder(full) : /\.(ts|tsx)$/.test(name) ? [full] : []
  })
}

/** What the panel must never do: inject markup, run strings as code, or reach the network. */
const FORBIDDEN: readonly [RegExp, string][] = [
  [/\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML/, 'HTML injection'],
  [/dangerouslySetInnerHTML/, 'HTML injection'],
  [/\beval\s*\(|new\s+Function\s*\(/, 'code from strings'],
  [/\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon/, 'network access'],
  [/\bfigma\s*\./, 'the Plugin API (only the sandbox may touch it)']
]

describe('the panel source', () => {
  // Comments may mention anything; only code counts.
  const sources = filesUnder(UI).map((file) => ({
    file: path.relative(UI, file),
    code: readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
  }))

  it('is found', () => {
    expect(sources.map((s) => s.file)).toContain('main.tsx')
  })

  it('never injects HTML, evaluates strings, touches the network or the figma global', () => {
    const offenders = sources.flatMap(({ file, code }) => FORBIDDEN.filter(([pattern]) => pattern.test(code)).map(([, what]) => `${file}: ${what}`))
    expect(offenders).toEqual([])
  })
})
