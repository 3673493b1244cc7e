// The panel's words in languages other than English, packed for the panel's bundle (see
// ui/i18n/packed-panel-words.ts, which unpacks them).
import * as esbuild from 'esbuild'
import { deepStrictEqual } from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import ts from 'typescript'

/**
 * Why packed: the panel speaks one language at a time, but it carried the panel words of all five
 * as code (about 50 KB of Danish, French, Chinese and Russian in a 341 KB panel). Those four now
 * travel as their texts in the order of the English words (the keys, the same in every language,
 * stay with English), as JSON compressed with raw DEFLATE, in base64: 18,380 bytes for the four,
 * and the panel file gzips no worse than before (the four gzipped as code took 16.8 KB, packed
 * 13.9 KB). The panel unpacks a language with the browser's DecompressionStream (no inflate code
 * in the panel, no code made from strings) when it first speaks it; until then the four are one
 * string literal each, which costs the start-up little.
 * Measured and not chosen: JSON with its keys (25,984 bytes); the four in one pack (18,212 bytes,
 * but all four unpacked for one); gzip instead of raw DEFLATE (18 bytes more a language); the
 * sandbox sending the chosen words (the bytes move into dist/main.js, further over its budget, and
 * a switch would wait for the sandbox). English stays as code: the fallback, and the words before
 * any language is chosen. Only the `panel` section is packed: the board words, CSV header and
 * report words beside it serve the journeys' languages, which the panel meets in any panel
 * language (templates, imports, read-backs), and stay as they are.
 */
const PACKED_CATALOGUE = /[\\/]src[\\/]i18n[\\/]catalogues[\\/](da|fr|ru|zh-hans)\.ts$/
/**
 * The problem words (what is wrong with a journey or a file) of the same four languages, packed
 * whole in the same way: the panel words them in its language, and carrying the four as code
 * would cost about 38 KB.
 */
const PACKED_PROBLEMS = /[\\/]src[\\/]i18n[\\/]catalogues[\\/]problems[\\/](da|fr|ru|zh-hans)\.ts$/
const RUNTIME = path.resolve('ui/i18n/packed-panel-words.ts')
const ENGLISH = path.resolve('src/i18n/catalogues/en.ts')
const ENGLISH_PROBLEMS = path.resolve('src/i18n/english-problems.ts')
const VALUES = path.resolve('ui/i18n/panel-word-values.ts')

export const packPanelWords = {
  name: 'pack-panel-words',
  setup(build) {
    build.onLoad({ filter: PACKED_CATALOGUE }, async (args) => {
      const language = PACKED_CATALOGUE.exec(args.path)?.[1] ?? ''
      const source = await readFile(args.path, 'utf8')
      const { start, end } = panelWordsRange(source, args.path)
      const { catalogue, en, panelWordValues, panelWordsFromValues } = await loadAsync(args.path)
      const words = catalogue.panel
      const base64 = deflateRawSync(JSON.stringify(panelWordValues(en.panel, words)), { level: 9 }).toString('base64')
      // What the panel will unpack must be the catalogue's words exactly, or the build stops here.
      deepStrictEqual(panelWordsFromValues(en.panel, JSON.parse(inflateRawSync(Buffer.from(base64, 'base64')).toString('utf8'))), words)
      const contents =
        `import { packedPanelWords } from ${JSON.stringify(RUNTIME)}\n` +
        source.slice(0, start) +
        `packedPanelWords(${JSON.stringify(language)}, ${JSON.stringify(base64)})` +
        source.slice(end)
      return { contents, loader: 'ts' }
    })
    build.onLoad({ filter: PACKED_PROBLEMS }, async (args) => {
      const language = PACKED_PROBLEMS.exec(args.path)?.[1] ?? ''
      const source = await readFile(args.path, 'utf8')
      const { start, end } = exportedValueRange(source, args.path)
      const { catalogue, english, panelWordValues, panelWordsFromValues } = await loadAsync(args.path, ENGLISH_PROBLEMS, 'ENGLISH_PROBLEMS')
      const base64 = deflateRawSync(JSON.stringify(panelWordValues(english, catalogue)), { level: 9 }).toString('base64')
      deepStrictEqual(panelWordsFromValues(english, JSON.parse(inflateRawSync(Buffer.from(base64, 'base64')).toString('utf8'))), catalogue)
      const contents =
        `import { packedPanelWords } from ${JSON.stringify(RUNTIME)}\n` +
        `import { ENGLISH_PROBLEMS } from ${JSON.stringify(ENGLISH_PROBLEMS)}\n` +
        source.slice(0, start) +
        `packedPanelWords(${JSON.stringify(language)}, ${JSON.stringify(base64)}, ENGLISH_PROBLEMS)` +
        source.slice(end)
      return { contents, loader: 'ts' }
    })
  }
}

/** Where the value of the module's exported catalogue (`export const xx: T = { … }`) is in its source. */
function exportedValueRange(source, file) {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true)
  for (const statement of tree.statements) {
    if (!ts.isVariableStatement(statement) || !statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue
    const initializer = statement.declarationList.declarations[0]?.initializer
    if (initializer !== undefined && ts.isObjectLiteralExpression(initializer)) return { start: initializer.getStart(tree), end: initializer.getEnd() }
  }
  throw new Error(`${file}: no exported catalogue \`{ … }\` to pack`)
}

/** Where the catalogue's `panel: { … }` value is in its source, found by TypeScript's parser. */
function panelWordsRange(source, file) {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true)
  let found
  const visit = (node) => {
    if (found !== undefined) return
    if (ts.isPropertyAssignment(node) && node.name.getText(tree) === 'panel' && ts.isObjectLiteralExpression(node.initializer) && ts.isObjectLiteralExpression(node.parent) && ts.isVariableDeclaration(node.parent.parent)) {
      found = { start: node.initializer.getStart(tree), end: node.initializer.getEnd() }
      return
    }
    ts.forEachChild(node, visit)
  }
  visit(tree)
  if (found === undefined) throw new Error(`${file}: no \`panel: { … }\` in the exported catalogue to pack`)
  return found
}

/** The catalogue a module exports as data, the English one and the panel's packing code (bundled and run). */
async function loadAsync(file, english = ENGLISH, englishName = 'en') {
  const contents = [
    `export * as language from ${JSON.stringify(file)}`,
    `export { ${englishName} as english, ${englishName} } from ${JSON.stringify(english)}`,
    `export { panelWordValues, panelWordsFromValues } from ${JSON.stringify(VALUES)}`
  ].join('\n')
  const bundled = await esbuild.build({ stdin: { contents, resolveDir: path.dirname(file) }, bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'warning' })
  const module = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`)
  const catalogues = Object.values(module.language)
  if (catalogues.length !== 1) throw new Error(`${file}: expected one exported catalogue, found ${catalogues.length}`)
  return { ...module, catalogue: catalogues[0] }
}
