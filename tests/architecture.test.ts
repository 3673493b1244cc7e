import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = path.resolve('src')

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? filesUnder(full) : /\.tsx?$/.test(name) ? [full] : []
  })
}

const sources = filesUnder(SRC).map((file) => ({
  file: path.relative(SRC, file).split(path.sep).join('/'),
  // Comments may mention anything; only code counts.
  code: readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
}))

function importsOf(code: string): string[] {
  return [...code.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? '')
}

function resolveTarget(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier))
}

function isPure(target: string): boolean {
  return PURE.includes(target.split('/')[0] ?? '') || PURE_FILES.includes(`${target}.ts`) || target === 'messages'
}

/** Folders whose code must stay pure: no Figma globals, no Node, no DOM, no adapters. */
const PURE = ['model', 'templates', 'layout', 'formats', 'render', 'emulator', 'reader', 'sync']
/** Pure files that live beside the adapters they serve: the plugin-data scheme and its helper. */
const PURE_FILES = ['board/board-tags.ts', 'board/split-utf8.ts']

describe('architecture', () => {
  it('keeps the figma global in the sandbox entry only', () => {
    const offenders = sources.filter((s) => s.file !== 'main.ts' && /(^|[^.\w$])figma\s*[.[]/.test(s.code)).map((s) => s.file)
    expect(offenders).toEqual([])
  })

  it('keeps the pure core free of adapters, Node and the DOM', () => {
    const offenders: string[] = []
    for (const source of sources) {
      if (!isPure(source.file.replace(/\.ts$/, ''))) continue
      for (const specifier of importsOf(source.code)) {
        const target = resolveTarget(source.file, specifier)
        const adapter = target !== undefined && !isPure(target)
        if (adapter || specifier.startsWith('node:') || specifier === 'preact') offenders.push(`${source.file} imports ${specifier}`)
      }
      if (/(^|[^.\w$'"`])(document|window|process|globalThis)\s*\./m.test(source.code)) offenders.push(`${source.file} uses a DOM or Node global`)
    }
    expect(offenders).toEqual([])
  })

  it('never imports zod as a named export (it would pull every locale into the sandbox)', () => {
    const offenders = sources.filter((s) => /import\s*\{[^}]*\bz\b[^}]*\}\s*from\s*['"]zod['"]/.test(s.code)).map((s) => s.file)
    expect(offenders).toEqual([])
  })
})
