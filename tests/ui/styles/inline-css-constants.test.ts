import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import * as esbuild from 'esbuild'
import { describe, expect, it } from 'vitest'

/** The panel build's step that writes its style constants in (scripts/inline-css-constants.mjs). */
interface Inlining {
  inlineCssConstants(css: string, code: string): string
}

const inlining = import(pathToFileURL(path.resolve('scripts/inline-css-constants.mjs')).href) as Promise<Inlining>

/** Each rule's declarations as the browser would resolve the constants, to compare two sheets. */
function resolved(css: string): string[] {
  const root = /:root\{([^{}]*)\}/.exec(css)?.[1] ?? ''
  const values = new Map([...root.matchAll(/(--[\w-]+):\s*([^;]*)/g)].map(([, name, value]) => [name!, value!.trim()]))
  const rules = css.replace(/:root\{[^{}]*\}/, '')
  return [...rules.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => `${selector}{${body!.replace(/var\((--[\w-]+)\)/g, (read, name: string) => values.get(name) ?? read)}}`)
}

describe('the panel’s style constants written in', () => {
  it('read as the sheets read them, keeping only what the code names and FigJam’s theme colours', async () => {
    const { inlineCssConstants } = await inlining
    const css = ':root{--space-8: 8px;--space-4: 4px;--font: "Inter", sans-serif}.a{padding:var(--space-8) calc(var(--space-4) * 2);font-family:var(--font);color:var(--figma-color-text)}'
    const inlined = inlineCssConstants(css, "style: { marginTop: 'var(--space-4)' }")
    expect(inlined).toBe(':root{--space-4: 4px}.a{padding:8px calc(4px * 2);font-family:"Inter", sans-serif;color:var(--figma-color-text)}')
    expect(resolved(inlined)).toEqual(resolved(css))
  })

  it('leave a constant that a rule sets again, or whose value reads another', async () => {
    const { inlineCssConstants } = await inlining
    const css = ':root{--gap: 4px;--wide: var(--gap);--pad: 2px}.a{margin:var(--gap);padding:var(--wide)}.b{--gap: 8px}.c{margin:var(--pad)}'
    expect(inlineCssConstants(css, '')).toBe(':root{--gap: 4px;--wide: var(--gap)}.a{margin:var(--gap);padding:var(--wide)}.b{--gap: 8px}.c{margin:2px}')
  })

  it('leave a sheet without constants as it is', async () => {
    const { inlineCssConstants } = await inlining
    expect(inlineCssConstants('.a{color:var(--figma-color-text)}', '')).toBe('.a{color:var(--figma-color-text)}')
  })

  it('give the panel’s own sheets the same rules, with no constant read that is not declared', async () => {
    const { inlineCssConstants } = await inlining
    const sheets = ['base', 'controls', 'panel'].map((name) => readFileSync(path.resolve(`ui/styles/${name}.css`), 'utf8')).join('\n')
    const { code: css } = await esbuild.transform(sheets, { loader: 'css', minify: true })
    const inlined = inlineCssConstants(css, "marginTop: 'var(--space-4)'")
    expect(resolved(inlined)).toEqual(resolved(css))
    expect(inlined.length).toBeLessThan(css.length - 1500)
    const ground = /:root\{([^{}]*)\}/.exec(inlined)?.[1] ?? ''
    const declared = new Set([...ground.matchAll(/(--[\w-]+):/g)].map(([, name]) => name))
    const unresolved = [...inlined.matchAll(/var\((--[\w-]+)\)/g)].map(([, name]) => name!).filter((name) => !name.startsWith('--figma-color-') && !declared.has(name))
    expect(unresolved).toEqual([])
  })
})
