// The words of languages other than English, packed for the panel's bundle (see
// ui/i18n/packed-panel-words.ts, which unpacks them).
import * as esbuild from 'esbuild'
import { deepStrictEqual } from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import ts from 'typescript'

/**
 * Why packed: the panel carried the words of all five languages as code, though it speaks one at a
 * time (its panel words: about 50 KB of Danish, French, Chinese and Russian in a 341 KB panel) and
 * writes the others only for journeys in them. Danish, French, Chinese and Russian now travel as
 * the texts that differ from the English words, in the English words' order (the keys, the same in
 * every language, stay with English; src/packing/leaf-values.ts, the sandbox's packs' encoding too),
 * as JSON compressed with raw DEFLATE, in basE91 (the sandbox's packs' text, src/packing/base91-bytes.ts:
 * about 7% fewer characters than base64 wrote, its 705-byte decoder included, when it was chosen); the panel unpacks them with the
 * browser's DecompressionStream (no inflate code in the panel, no code made from strings), as
 * ui/i18n/packed-panel-words.ts does:
 * - the panel words (about 17 KB packed for the four) when the panel first speaks the language:
 *   until then each is one string literal, which costs the start-up little;
 * - the board words with the CSV header (the board words: 15 KB as code, 5.9 KB packed) before the panel first draws,
 *   a few milliseconds while it waits for the sandbox anyway: the pure core reads them in every
 *   language at any time (a CSV header or a lane kind in any language is read, a journey in any
 *   locale is exported).
 * The panel file gzips no worse than before (the four panel words gzipped as code took 16.8 KB,
 * packed 13.9 KB). Measured and not chosen: JSON with its keys (25,984 bytes for the panel
 * words); the four languages in one pack (168 bytes less, but all four unpacked for one); gzip
 * instead of raw DEFLATE (18 bytes more a pack); the sandbox sending the chosen words (the bytes
 * move into dist/main.js, further over its budget, and a switch would wait for the sandbox).
 * The English panel words stay as code: the fallback, and the words before any language is chosen
 * (the English problem words are packed, see ENGLISH_PROBLEM_WORDS).
 */
const PACKED_CATALOGUE = /[\\/]src[\\/]i18n[\\/]catalogues[\\/](da|fr|ru|zh-hans)\.ts$/
const PACKED_BOARD_WORDS = /[\\/]src[\\/]i18n[\\/]catalogues[\\/]board[\\/](da|fr|ru|zh-hans)\.ts$/
/**
 * The problem words (what is wrong with a journey or a file) of the same four languages, packed
 * whole in the same way and unpacked with the panel words of their language: the panel words them
 * in its language, and carrying the four as code would cost about 38 KB (about 20 KB packed when
 * this was chosen; the build's size report has today's bytes).
 */
const PACKED_PROBLEMS = /[\\/]src[\\/]i18n[\\/]catalogues[\\/]problems[\\/](da|fr|ru|zh-hans)\.ts$/
/**
 * The English problem words (13,903 bytes as code; 5,355 packed, with their 3,492 bytes of keys as code), packed whole as the sandbox's
 * build packs them (scripts/pack-sandbox-content.mjs), their codes kept as code for the schema that
 * lists them: the panel shows them only once something is wrong, and unpacks them before it first
 * draws (the other languages' problem words are packed against them).
 */
const ENGLISH_PROBLEM_WORDS = /[\\/]src[\\/]i18n[\\/]catalogues[\\/]problems[\\/]en\.ts$/
const RUNTIME = path.resolve('ui/i18n/packed-panel-words.ts')
const ENGLISH_PROBLEMS = path.resolve('src/i18n/english-problems.ts')
const ENGLISH = path.resolve('src/i18n/catalogues/en.ts')
const ENGLISH_BOARD = path.resolve('src/i18n/catalogues/board/en.ts')
const VALUES = path.resolve('src/packing/leaf-values.ts')
const BASE91_TEXT = path.resolve('src/packing/base91-text.ts')
const BASE91_BYTES = path.resolve('src/packing/base91-bytes.ts')

export const packPanelWords = {
  name: 'pack-panel-words',
  setup(build) {
    // A language's catalogue: its panel words (first use); its CSV header comes with its board words.
    build.onLoad({ filter: PACKED_CATALOGUE }, async (args) => {
      const language = PACKED_CATALOGUE.exec(args.path)?.[1] ?? ''
      const source = await readFile(args.path, 'utf8')
      const loaded = await loadAsync(args.path)
      const { exports, en } = loaded
      const [catalogue] = Object.values(exports)
      const parts = [{ key: 'panel', when: 'first-use' }].map(({ key, when }) => ({
        ...propertyRange(source, args.path, key),
        text: `${packedCall(language, [`__en.${key}`], pack(loaded, [en[key]], [catalogue[key]], `${args.path} (${key})`), when)}[0]`
      }))
      return { contents: header(ENGLISH, '{ en as __en }') + replaceRanges(source, parts), loader: 'ts' }
    })
    build.onLoad({ filter: PACKED_PROBLEMS }, async (args) => {
      const language = PACKED_PROBLEMS.exec(args.path)?.[1] ?? ''
      const source = await readFile(args.path, 'utf8')
      const loaded = await loadAsync(args.path)
      const { exports, problems } = loaded
      const ranges = exportRanges(source, args.path)
      if (ranges.length !== 1) throw new Error(`${args.path}: expected one exported catalogue, found ${ranges.length}`)
      const [{ name, start, end }] = ranges
      const text = `${packedCall(language, ['__english.ENGLISH_PROBLEMS'], pack(loaded, [problems], [exports[name]], args.path), 'first-use')}[0]`
      return { contents: header(ENGLISH_PROBLEMS, '* as __english') + replaceRanges(source, [{ start, end, text }]), loader: 'ts' }
    })
    build.onLoad({ filter: ENGLISH_PROBLEM_WORDS }, async (args) => {
      // Loaded when asked for: the sandbox's packing uses this module's helpers.
      const { packEnglishWordsAsync } = await import('./pack-sandbox-content.mjs')
      return { contents: (await packEnglishWordsAsync(args.path, RUNTIME)).contents, loader: 'ts' }
    })
    // A language's board words, each export packed on its own in the shape of its English twin (daKinds, enKinds).
    build.onLoad({ filter: PACKED_BOARD_WORDS }, async (args) => {
      const language = PACKED_BOARD_WORDS.exec(args.path)?.[1] ?? ''
      const source = await readFile(args.path, 'utf8')
      const loaded = await loadAsync(args.path)
      const { exports, english } = loaded
      const ranges = exportRanges(source, args.path)
      const twins = englishTwins(ranges, english, args.path)
      const packed = pack(loaded, twins.map((twin) => english[twin]), ranges.map(({ name }) => exports[name]), args.path)
      const parts = ranges.map(({ start, end }, index) => ({ start, end, text: `__words[${index}]` }))
      const words = `const __words = ${packedCall(language, twins.map((twin) => `__enBoard.${twin}`), packed, 'start')}\n`
      return { contents: header(ENGLISH_BOARD, '* as __enBoard') + words + replaceRanges(source, parts), loader: 'ts' }
    })
  }
}

function header(english, binding) {
  return `import { packedWords as __packedWords } from ${JSON.stringify(RUNTIME)}\nimport ${binding} from ${JSON.stringify(english)}\n`
}

function packedCall(language, shapes, packed, when) {
  return `__packedWords(${JSON.stringify(language)}, [${shapes.join(', ')}], ${JSON.stringify(packed)}, ${JSON.stringify(when)})`
}

/**
 * Parts' words as the texts that differ from the English parts', packed together (the encoding the
 * sandbox's packs use, src/packing/leaf-values.ts, in basE91, src/packing/base91-bytes.ts); what
 * the panel will unpack must be the words exactly, or the build stops here, naming the file.
 */
function pack({ values: { differingLeaves, withLeaves }, base91Text, base91Bytes }, shapes, parts, file) {
  const packed = base91Text(deflateRawSync(JSON.stringify(leavesOf(differingLeaves, shapes, parts, file)), { level: 9 }))
  deepStrictEqual(withLeaves(shapes, JSON.parse(inflateRawSync(base91Bytes(packed)).toString('utf8'))), parts, `${file}: the packed words do not unpack to the source`)
  return packed
}

/** differingLeaves(base, target), its error naming what was packed (`what`: a file, and which part of it). */
export function leavesOf(differingLeaves, base, target, what) {
  try {
    return differingLeaves(base, target)
  } catch (error) {
    throw new Error(`${what}: ${error.message}`)
  }
}

export function replaceRanges(source, parts) {
  return [...parts].sort((a, b) => b.start - a.start).reduce((source, { start, end, text }) => source.slice(0, start) + text + source.slice(end), source)
}

/** Where the exported catalogue's `key: { … }` value is in its source, found by TypeScript's parser. */
function propertyRange(source, file, key) {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true)
  let found
  const visit = (node) => {
    if (found !== undefined) return
    if (ts.isPropertyAssignment(node) && node.name.getText(tree) === key && ts.isObjectLiteralExpression(node.initializer) && ts.isObjectLiteralExpression(node.parent) && ts.isVariableDeclaration(node.parent.parent)) {
      found = { start: node.initializer.getStart(tree), end: node.initializer.getEnd() }
      return
    }
    ts.forEachChild(node, visit)
  }
  visit(tree)
  if (found === undefined) throw new Error(`${file}: no \`${key}: { … }\` in the exported catalogue to pack`)
  return found
}

/** The English export each of a language's exports fills (daKinds: enKinds), or the build stops naming the file. */
export function englishTwins(ranges, english, file) {
  return ranges.map(({ name }) => {
    const twin = `en${name.replace(/^(?:da|fr|ru|zhHans)(?=[A-Z])/, '')}`
    if (!(twin in english)) throw new Error(`${file}: ${name} has no English twin ${twin}`)
    return twin
  })
}

/** Each exported const and where its value is in the source. */
export function exportRanges(source, file) {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true)
  const found = tree.statements
    .filter((statement) => ts.isVariableStatement(statement) && statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword))
    .flatMap((statement) => statement.declarationList.declarations)
    .filter((declaration) => declaration.initializer !== undefined && ts.isObjectLiteralExpression(declaration.initializer))
    .map((declaration) => ({ name: declaration.name.getText(tree), start: declaration.initializer.getStart(tree), end: declaration.initializer.getEnd() }))
  if (found.length === 0) throw new Error(`${file}: no exported words to pack`)
  return found
}

/** A module's exports as data, the English catalogues and the panel's packing code (bundled and run). */
async function loadAsync(file) {
  const contents = [
    `export * as exports from ${JSON.stringify(file)}`,
    `export { en } from ${JSON.stringify(ENGLISH)}`,
    `export * as english from ${JSON.stringify(ENGLISH_BOARD)}`,
    `export { ENGLISH_PROBLEMS as problems } from ${JSON.stringify(ENGLISH_PROBLEMS)}`,
    `export * as values from ${JSON.stringify(VALUES)}`,
    `export { base91Text } from ${JSON.stringify(BASE91_TEXT)}`,
    `export { base91Bytes } from ${JSON.stringify(BASE91_BYTES)}`
  ].join('\n')
  // Not named after `file`, which it imports.
  return importAsync(contents, path.dirname(file))
}

/**
 * A TypeScript module's exports, from its source (bundled with what it imports from `resolveDir`,
 * and run); `sourcefile` names it in errors, and stands for that file should anything import it.
 */
export async function importAsync(contents, resolveDir, sourcefile) {
  const bundled = await esbuild.build({ stdin: { contents, resolveDir, sourcefile, loader: 'ts' }, bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'warning' })
  return import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`)
}
