import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOTS = ['src', 'ui']

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? filesUnder(full) : /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : []
  })
}

interface Source {
  /** Path from the repository root, with forward slashes and its extension. */
  file: string
  code: string
}

const sources: Source[] = ROOTS.flatMap((root) =>
  filesUnder(path.resolve(root)).map((file) => ({
    file: path.relative(path.resolve('.'), file).split(path.sep).join('/'),
    // Comments may mention anything; only code counts.
    code: readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
  }))
)

function importsOf(code: string): string[] {
  return [...code.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2] ?? m[3] ?? '')
}

/** The file a relative import names (`./x` is x.ts, x.tsx or x/index.ts), or undefined for a package or an asset. */
function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier))
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base].find((candidate) => /\.tsx?$/.test(candidate) && existsSync(candidate))
}

/**
 * The layers, lowest first. A file may import its own folder and any folder of a LOWER layer,
 * nothing else: not upwards, and not sideways into another folder of its own layer, so folders can
 * never import each other in a circle. Every folder of src/ (and each loose file) must be listed.
 */
const LAYERS: readonly (readonly string[])[] = [
  // Keeping the engine's hidden classes of the classes made afresh on every call (keepShape): no
  // words, no model, needed by the layout, the file formats and the reader alike.
  ['src/hidden-classes'],
  // The message catalogues: every word Journeyboard writes, per language.
  ['src/i18n'],
  // Unpacking what the builds packed (raw inflate, base64, UTF-8, leaves in the English words'
  // shape): needs only what a counted text is, from the catalogues' plural forms.
  ['src/packing'],
  // The journey model: zod schemas and the types inferred from them.
  ['src/model'],
  // What the layout and the drawing share: plane geometry (our model of FigJam's connector routes)
  // and FigJam's palettes (the colours the board, the renderer and the preview paint with).
  ['src/geometry', 'src/palette'],
  // Pure code that needs only the model: the layout, the templates, drawing, the in-memory FigJam.
  ['src/layout', 'src/templates', 'src/render', 'src/emulator'],
  // The plugin-data scheme (node tags, the board's stored journey), the file formats, and the self-check's diagnostics document.
  ['src/plugin-data', 'src/formats', 'src/diagnostics'],
  // Reading boards (snapshots) back into journeys.
  ['src/reader'],
  // Diffing and merging a board with changed data; planning an update.
  ['src/sync'],
  // The Plugin API adapters (the only code that drives nodes) and the panel's message schemas.
  ['src/plugin-api', 'src/messages.ts'],
  // The self-check: what the plugin relies on FigJam for, run through the adapters in a real file.
  ['src/self-check'],
  // Entry points: the sandbox side of the panel, the command line, the local preview, the panel.
  ['src/plugin', 'src/cli', 'src/preview', 'ui'],
  // The sandbox entry.
  ['src/main.ts']
]

/** Folders (and loose files) where no Figma global, Node or DOM code may appear. */
const PURE_LAYERS = new Set(['src/hidden-classes', 'src/packing', 'src/i18n', 'src/model', 'src/geometry', 'src/palette', 'src/layout', 'src/templates', 'src/render', 'src/emulator', 'src/plugin-data', 'src/formats', 'src/diagnostics', 'src/reader', 'src/sync', 'src/messages.ts'])

/** The folder (or loose file) of LAYERS a file belongs to. */
function unitOf(file: string): string | undefined {
  for (const layer of LAYERS) {
    for (const unit of layer) if (file === unit || file.startsWith(`${unit}/`)) return unit
  }
  return undefined
}

function layerOf(unit: string): number {
  return LAYERS.findIndex((layer) => layer.includes(unit))
}

/** Every relative import between our own files, as edges. */
const edges = sources.flatMap((source) =>
  importsOf(source.code).flatMap((specifier) => {
    const target = resolveImport(source.file, specifier)
    return target === undefined ? [] : [{ from: source.file, to: target, specifier }]
  })
)

/** The import cycles among the given files (strongly connected components with more than one file, or a file importing itself). */
function cyclesOf(files: readonly string[], links: readonly { from: string; to: string }[]): string[][] {
  const next = new Map<string, string[]>(files.map((file) => [file, []]))
  for (const link of links) next.get(link.from)?.push(link.to)
  // Tarjan's algorithm, iterative so a long chain of imports cannot overflow the stack.
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: string[] = []
  const cycles: string[][] = []
  let counter = 0
  for (const root of files) {
    if (index.has(root)) continue
    const work: { file: string; edge: number }[] = [{ file: root, edge: 0 }]
    index.set(root, counter)
    low.set(root, counter)
    counter += 1
    stack.push(root)
    onStack.add(root)
    while (work.length > 0) {
      const frame = work[work.length - 1]!
      const targets = next.get(frame.file) ?? []
      if (frame.edge < targets.length) {
        const target = targets[frame.edge]!
        frame.edge += 1
        if (!index.has(target)) {
          index.set(target, counter)
          low.set(target, counter)
          counter += 1
          stack.push(target)
          onStack.add(target)
          work.push({ file: target, edge: 0 })
        } else if (onStack.has(target)) {
          low.set(frame.file, Math.min(low.get(frame.file)!, index.get(target)!))
        }
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent !== undefined) low.set(parent.file, Math.min(low.get(parent.file)!, low.get(frame.file)!))
      if (low.get(frame.file) !== index.get(frame.file)) continue
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== frame.file)
      const selfImport = links.some((link) => link.from === frame.file && link.to === frame.file)
      if (component.length > 1 || selfImport) cycles.push(component.sort())
    }
  }
  return cycles
}

describe('architecture', () => {
  it('places every folder of src/ in exactly one layer', () => {
    const units = LAYERS.flat()
    expect(new Set(units).size).toBe(units.length)
    const unplaced = sources.filter((source) => unitOf(source.file) === undefined).map((source) => source.file)
    expect(unplaced).toEqual([])
  })

  it('imports only downwards: never up the layer order, never sideways into another folder of the same layer', () => {
    const offenders = edges.flatMap(({ from, to, specifier }) => {
      const own = unitOf(from)
      const other = unitOf(to)
      if (own === undefined || other === undefined) return [`${from} imports ${specifier}, outside the layers`]
      if (own === other || layerOf(other) < layerOf(own)) return []
      return [`${from} (${own}, layer ${layerOf(own)}) imports ${specifier} (${other}, layer ${layerOf(other)})`]
    })
    expect(offenders).toEqual([])
  })

  it('has no import cycle between files', () => {
    expect(cyclesOf(sources.map((source) => source.file), edges)).toEqual([])
  })

  it('finds a cycle and an upward import when there is one (the checks can fail)', () => {
    expect(cyclesOf(['a', 'b', 'c'], [{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }, { from: 'c', to: 'a' }])).toEqual([['a', 'b', 'c']])
    expect(cyclesOf(['a', 'b'], [{ from: 'a', to: 'b' }])).toEqual([])
    expect(layerOf(unitOf('src/model/journey-schema.ts')!)).toBeLessThan(layerOf(unitOf('src/plugin-api/sync-board.ts')!))
    expect(layerOf(unitOf('src/plugin-data/board-tags.ts')!)).toBeLessThan(layerOf(unitOf('src/reader/read-board.ts')!))
  })

  it('keeps the figma global in the sandbox entry only', () => {
    const offenders = sources.filter((s) => s.file !== 'src/main.ts' && s.file.startsWith('src/') && /(^|[^.\w$])figma\s*[.[]/.test(s.code)).map((s) => s.file)
    expect(offenders).toEqual([])
  })

  it('keeps the pure core free of Node and the DOM', () => {
    const offenders: string[] = []
    for (const source of sources) {
      const unit = unitOf(source.file)
      if (unit === undefined || !PURE_LAYERS.has(unit)) continue
      for (const specifier of importsOf(source.code)) {
        if (specifier.startsWith('node:') || specifier === 'preact') offenders.push(`${source.file} imports ${specifier}`)
      }
      if (/(^|[^.\w$'"`])(document|window|process|globalThis)\s*\./m.test(source.code)) offenders.push(`${source.file} uses a DOM or Node global`)
    }
    expect(offenders).toEqual([])
  })

  it('imports zod only as zod/mini (the classic API cannot be tree-shaken: it doubles the zod inside each bundle)', () => {
    const offenders = sources.filter((s) => /from\s*['"]zod(\/v4)?(\/v3)?['"]/.test(s.code)).map((s) => s.file)
    expect(offenders).toEqual([])
  })
})
