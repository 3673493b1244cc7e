// The words and template journeys of languages other than English, packed for the sandbox's bundle
// (see src/packing/, which unpacks them).
import * as esbuild from 'esbuild'
import { deepStrictEqual } from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { deflateRawSync } from 'node:zlib'
import ts from 'typescript'

import { englishTwins, exportRanges, importAsync, leavesOf, replaceRanges } from './pack-panel-words.mjs'

/**
 * Why packed: the sandbox carried every language as code (about 50 KB of Danish, French, Chinese and
 * Russian words, about 57 KB of template journeys in them, and about 58 KB of template code with its
 * English texts), though a board is drawn in one language and the panel speaks one. FigJam's sandbox
 * is a minimal JavaScript environment without browser APIs (Figma's "How plugins run"): no
 * DecompressionStream, TextDecoder or atob; and code made from strings is out, so the sandbox unpacks
 * with its own raw inflate, basE91 and UTF-8 decoders (src/packing/), in plain ES2017.
 * - Words (board, reading and sandbox catalogues): each file's exports travel as the texts that
 *   differ from their English twins, in the English words' order (the keys stay with English), as
 *   JSON, raw DEFLATE, basE91. The first read of any of them unpacks the file's pack.
 * - Templates: a template's file becomes its id, gallery text and locales, and its journeys as
 *   data: the default locale's journey whole, each other locale's as the texts that differ from it
 *   (whole where its shape differs), each packed the same way and unpacked when the locale is first
 *   asked for. The template's code, which builds the journeys, stays out of the bundle; the
 *   gallery's sketch outline of the default journey is made here and travels beside them.
 * What the sandbox will unpack is checked here to be exactly the source's words and journeys, with
 * the sandbox's own decoders, or the build stops. English words stay as code: the words drawn
 * before any language is chosen.
 */
const PACKED_WORDS = /[\\/]src[\\/]i18n[\\/]catalogues[\\/](board|reading|sandbox)[\\/](da|fr|ru|zh-hans)\.ts$/
const ENGLISH_WORDS = /[\\/]src[\\/]i18n[\\/]catalogues[\\/](board|changes|problems|reading|sandbox)[\\/]en\.ts$/
const TEMPLATE = /[\\/]src[\\/]templates[\\/][a-z-]+\.ts$/
/**
 * Data in five languages packed whole, as the English words are: the phrases lane labels are read
 * by (6.9 KB as code), which only reading a hand-made board or a CSV's lane names asks for.
 */
const PACKED_DATA = /[\\/]src[\\/]formats[\\/]lane-kind-phrases\.ts$/
const WORDS_RUNTIME = path.resolve('src/packing/packed-words.ts')
const JOURNEYS_RUNTIME = path.resolve('src/packing/packed-journeys.ts')
const CHECKS = ['src/packing/leaf-values.ts', 'src/packing/unpack-text.ts', 'src/packing/base91-text.ts', 'src/formats/sketch-outline.ts'].map((file) => path.resolve(file))

/** How many bytes of packs the last build put in the bundle, for its size report. */
export const PACKED_BYTES = { words: 0, journeys: 0 }

export const packSandboxContent = {
  name: 'pack-sandbox-content',
  setup(build) {
    build.onStart(() => {
      Object.assign(PACKED_BYTES, { words: 0, journeys: 0 })
    })
    build.onLoad({ filter: PACKED_WORDS }, async (args) => {
      const packed = await packWordsAsync(args.path)
      PACKED_BYTES.words += packed.packed.length
      return { contents: packed.contents, loader: 'ts' }
    })
    build.onLoad({ filter: ENGLISH_WORDS }, async (args) => {
      const packed = await packEnglishWordsAsync(args.path)
      PACKED_BYTES.words += packed.packed.length
      return { contents: packed.contents, loader: 'ts' }
    })
    build.onLoad({ filter: PACKED_DATA }, async (args) => {
      const packed = await packEnglishWordsAsync(args.path, WORDS_RUNTIME, 'packedData')
      PACKED_BYTES.words += packed.packed.length
      return { contents: packed.contents, loader: 'ts' }
    })
    build.onLoad({ filter: TEMPLATE }, async (args) => {
      const packed = await packTemplateAsync(args.path)
      if (packed === undefined) return undefined
      PACKED_BYTES.journeys += Object.values(packed.packs).reduce((sum, pack) => sum + pack.length, 0)
      return { contents: packed.contents, loader: 'ts' }
    })
  }
}

/**
 * A language's word file packed: the module the sandbox gets in its place, and what it unpacks
 * (its English twins' words, `shapes`, and the pack).
 */
export async function packWordsAsync(file) {
  const [, , language] = PACKED_WORDS.exec(file) ?? []
  const english = path.join(path.dirname(file), 'en.ts')
  const source = await readFile(file, 'utf8')
  const [words, englishWords] = await Promise.all([importAsync(source, path.dirname(file), file), importAsync(await readFile(english, 'utf8'), path.dirname(english), english)])
  const ranges = exportRanges(source, file)
  const twins = englishTwins(ranges, englishWords, file)
  const shapes = twins.map((twin) => englishWords[twin])
  const packed = await packAsync(
    shapes,
    ranges.map(({ name }) => words[name]),
    file
  )
  const header = [
    `import { packedWords as __packedWords } from ${JSON.stringify(WORDS_RUNTIME)}`,
    `import * as __english from ${JSON.stringify(english)}`,
    `const __words = __packedWords(${JSON.stringify(language)}, [${twins.map((twin) => `__english.${twin}`).join(', ')}], ${JSON.stringify(packed)})`
  ].join('\n')
  const contents = `${header}\n${replaceRanges(source, ranges.map(({ start, end }, index) => ({ start, end, text: `__words[${index}]` })))}`
  return { contents, language, shapes, packed }
}

/**
 * The objects of English words whose keys the sandbox lists as it starts, by export: their keys stay
 * code too, so that listing them unpacks nothing (the problem codes' schema is made of the keys of
 * enProblems.problems). The sandbox's bundle test checks that starting unpacks nothing.
 */
const KEYS_LISTED_AT_START = { enProblems: ['problems'] }

/**
 * An English word file packed: the module the sandbox gets in its place, the keys it keeps as code
 * (each export's, and those of the objects in KEYS_LISTED_AT_START), and the pack: the exports'
 * words whole, as JSON. `unpacker`, from `runtime`, unpacks them: the sandbox's, or the panel's
 * (which packs the English problem words the same way, see pack-panel-words.mjs); other data
 * packed whole (PACKED_DATA) is unpacked by the sandbox's packedData.
 */
export async function packEnglishWordsAsync(file, runtime = WORDS_RUNTIME, unpacker = 'packedEnglishWords') {
  const source = await readFile(file, 'utf8')
  const words = await importAsync(source, path.dirname(file), file)
  const ranges = wordRanges(source, file)
  const parts = ranges.map(({ name }) => words[name])
  const keys = ranges.map(({ name }, index) => {
    const listed = KEYS_LISTED_AT_START[name] ?? []
    return Object.fromEntries(Object.entries(parts[index]).map(([key, value]) => [key, listed.includes(key) ? Object.fromEntries(Object.keys(value).map((inner) => [inner, 0])) : 0]))
  })
  const { unpackText } = await checksAsync()
  const packed = await packTextAsync(JSON.stringify(parts))
  deepStrictEqual(JSON.parse(unpackText(packed)), parts, `${file}: the packed words do not unpack to the source`)
  const header = [
    `import { ${unpacker} as __unpack } from ${JSON.stringify(runtime)}`,
    `const __words = __unpack(${JSON.stringify(keys)}, ${JSON.stringify(packed)})`
  ].join('\n')
  const contents = `${header}\n${replaceRanges(source, ranges.map(({ start, end }, index) => ({ start, end, text: `__words[${index}]` })))}`
  return { contents, keys, packed }
}

/** Each exported const whose value is an object literal (`satisfies` or `as` a type, or not) and where that literal is in the source. */
function wordRanges(source, file) {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true)
  const literal = (node) => (ts.isSatisfiesExpression(node) || ts.isAsExpression(node) ? literal(node.expression) : ts.isObjectLiteralExpression(node) ? node : undefined)
  const found = tree.statements
    .filter((statement) => ts.isVariableStatement(statement) && statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword))
    .flatMap((statement) => statement.declarationList.declarations)
    .flatMap((declaration) => {
      const object = declaration.initializer === undefined ? undefined : literal(declaration.initializer)
      return object === undefined ? [] : [{ name: declaration.name.getText(tree), start: object.getStart(tree), end: object.getEnd() }]
    })
  if (found.length === 0) throw new Error(`${file}: no exported words to pack`)
  return found
}

/**
 * A template file packed, or undefined when it is no template: the module the sandbox gets in its
 * place (the template's id, gallery text, locales and sketch outline, and its journeys as data), a
 * pack for each locale, and the sketch. The default locale's journey is packed whole; each other locale's as the texts that
 * differ from it, or whole where its shape differs.
 */
export async function packTemplateAsync(file) {
  const source = await readFile(file, 'utf8')
  // A template's own file defines it (index.ts and templates.ts only pass templates on).
  const name = /^export const (\w+): JourneyTemplate = \{/m.exec(source)?.[1]
  if (name === undefined) return undefined
  const module = await importAsync(source, path.dirname(file), file)
  // Anything else it exported would reach its importers as nothing.
  const others = Object.keys(module).filter((key) => key !== name)
  if (others.length > 0) throw new Error(`${file}: a template's file exports its template alone, not ${others.join(', ')}`)
  const template = module[name]
  const extra = Object.keys(template).filter((key) => !TEMPLATE_KEYS.includes(key))
  if (extra.length > 0) throw new Error(`${file}: a packed template carries ${TEMPLATE_KEYS.join(', ')} alone, not ${extra.join(', ')}`)
  const [fallback, ...locales] = template.locales
  if (fallback === undefined) throw new Error(`${file}: template "${template.id}" has no locale`)
  // The blank map's default journey is every other template's preset dictionary (see packedJourneys).
  const isDictionary = path.resolve(file) === DICTIONARY_TEMPLATE
  const dictionary = isDictionary ? undefined : await dictionaryAsync()
  const base = template.journey(fallback)
  const packs = { [fallback]: await packWholeAsync(template, fallback, file, dictionary) }
  for (const locale of locales) {
    const journey = template.journey(locale)
    packs[locale] = await packAsync(base, journey, `${file} (${locale})`, dictionary).catch((error) => {
      if (!/not the same shape/.test(error.message)) throw error
      return packWholeAsync(template, locale, file, dictionary)
    })
  }
  // The gallery's sketch, made here by the sandbox's own code so the sandbox does not unpack and
  // check every journey as it opens; a template the gallery could not sketch stops the build.
  const sketch = (await checksAsync()).templateSketches([template])[template.id]
  if (sketch === undefined) throw new Error(`${file}: template "${template.id}" in "${fallback}" is no valid journey, so the gallery cannot sketch it`)
  const about = { id: template.id, title: template.title, description: template.description, locales: template.locales, sketch }
  const contents = [
    `import { packedJourneys as __packedJourneys } from ${JSON.stringify(JOURNEYS_RUNTIME)}`,
    ...(isDictionary
      ? [`const __packs = ${JSON.stringify(packs)}`, `export const __dictionary = __packs[${JSON.stringify(fallback)}]`, `export const ${name} = __packedJourneys(${JSON.stringify(about)}, __packs)`]
      : [
          `import { __dictionary } from ${JSON.stringify(DICTIONARY_TEMPLATE)}`,
          `export const ${name} = __packedJourneys(${JSON.stringify(about)}, ${JSON.stringify(packs)}, __dictionary)`
        ])
  ].join('\n')
  return { contents, packs, sketch, dictionary }
}

/**
 * The template whose default journey's pack is the others' preset dictionary: the blank map, whose
 * journey holds the keys and the shape every journey has (1,058 bytes less for the five others'
 * default journeys, raw DEFLATE at its best; 41 for their other locales).
 */
const DICTIONARY_TEMPLATE = path.resolve('src/templates/blank.ts')

let dictionaryPack
/** The blank map's default journey packed, as its own module packs it: the dictionary's bytes when unpacked. */
function dictionaryAsync() {
  dictionaryPack ??= importAsync(`export { blankTemplate } from ${JSON.stringify(DICTIONARY_TEMPLATE)}`, path.resolve('scripts')).then(({ blankTemplate }) =>
    packWholeAsync(blankTemplate, blankTemplate.locales[0], DICTIONARY_TEMPLATE)
  )
  return dictionaryPack
}

/** What a template is, and what its packed module keeps (see src/packing/packed-journeys.ts). */
const TEMPLATE_KEYS = ['id', 'title', 'description', 'locales', 'journey']

/** A template's journey in one locale as JSON, raw DEFLATE (with the preset dictionary given as its pack, if any), basE91, checked to unpack to exactly that journey. */
async function packWholeAsync(template, locale, file, dictionary) {
  const { unpackText } = await checksAsync()
  const journey = template.journey(locale)
  const packed = await packTextAsync(JSON.stringify(journey), dictionary)
  deepStrictEqual(JSON.parse(unpackText(packed, dictionary)), journey, `${file} (${locale}): the journey does not travel as JSON`)
  return packed
}

/**
 * The leaves of `target` that differ from `base` (see src/packing/leaf-values.ts) as JSON, raw
 * DEFLATE (with the preset dictionary given as its pack, if any), basE91; unpacked here with the
 * sandbox's own code, it must give back `target` exactly.
 */
async function packAsync(base, target, what, dictionary) {
  const { differingLeaves, withLeaves, unpackText } = await checksAsync()
  const packed = await packTextAsync(JSON.stringify(leavesOf(differingLeaves, base, target, what)), dictionary)
  deepStrictEqual(withLeaves(base, JSON.parse(unpackText(packed, dictionary))), target, `${what}: the packed texts do not unpack to the source`)
  return packed
}

/**
 * Text as the sandbox unpacks it (src/packing/unpack-text.ts): UTF-8, raw DEFLATE at its best,
 * basE91; with a preset dictionary, the bytes of the text that `dictionary` (a pack) unpacks to.
 */
async function packTextAsync(text, dictionary) {
  const { base91Text, unpackText } = await checksAsync()
  return base91Text(deflateRawSync(text, { level: 9, ...(dictionary === undefined ? {} : { dictionary: Buffer.from(unpackText(dictionary), 'utf8') }) }))
}

let checks
function checksAsync() {
  checks ??= importAsync(CHECKS.map((file) => `export * from ${JSON.stringify(file)}`).join('\n'), path.resolve('scripts'))
  return checks
}
