import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const UI = path.resolve('ui')
/** Figma's theme colours as the preview and the browser tests put them on the page. */
const THEME_SHEET = path.resolve('src/preview/figma-theme.css')

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

  // FigJam defines every --figma-color-* token; the sheet the preview and the screenshots use must
  // hold each one the panel reads, in both themes, or those pictures would show the browser's defaults.
  it('reads only theme colours that the theme sheet gives, light and dark', () => {
    const sheets = readdirSync(path.join(UI, 'styles')).map((name) => readFileSync(path.join(UI, 'styles', name), 'utf8'))
    const used = new Set([...sources.map((s) => s.code), ...sheets].flatMap((code) => [...code.matchAll(/--figma-color-[a-z0-9-]+/g)].map((m) => m[0])))
    expect(used.size).toBeGreaterThan(20)
    const theme = readFileSync(THEME_SHEET, 'utf8')
    for (const block of ['figma-light', 'figma-dark']) {
      const body = new RegExp(`\\.${block} \\{([^}]*)\\}`).exec(theme)?.[1] ?? ''
      const missing = [...used].filter((token) => !body.includes(`${token}:`))
      expect(missing, block).toEqual([])
    }
  })
})

