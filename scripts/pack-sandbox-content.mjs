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
 * Russian words and about 57 KB of template journeys in them), though a board is drawn in one
 * language and the panel speaks one. FigJam's sandbox is a minimal JavaScript environment without
 * browser APIs (Figma's "How plugins run"): no DecompressionStream, TextDecoder or atob; and code
 * made from strings is out, so the sandbox unpacks with its own raw inflate, base64
 * and UTF-8 decoders (src/packing/), in plain ES2017.
 * - Words (board, reading and sandbox catalogues): each file's exports travel as the texts that
 *   differ from their English twins, in the English words' order (the keys stay with English), as
 *   JSON, raw DEFLATE, base64. The first read of any of them unpacks the file's pack.
 * - Template journeys: each template's code is kept with its English texts only (any string
 *   literal that is not in its English journey is emptied, or left out where it ends a call's
 *   arguments), and each other locale travels as the
 *   texts that differ from what that code now builds for it, packed the same way, unpacked when the
 *   locale is first asked for.
 * What the sandbox will unpack is checked here to be exactly the source's words and journeys, with
 * the sandbox's own decoders, or the build stops. English stays as code: the words drawn before any
 * language is chosen, and every template's default journey.
 */
const PACKED_WORDS = /[\\/]src[\\/]i18n[\\/]catalogues[\\/](board|reading|sandbox)[\\/](da|fr|ru|zh-hans)\.ts$/
const TEMPLATE = /[\\/]src[\\/]templates[\\/][a-z-]+\.ts$/
const WORDS_RUNTIME = path.resolve('src/packing/packed-words.ts')
const JOURNEYS_RUNTIME = path.resolve('src/packing/packed-journeys.ts')
const CHECKS = [path.resolve('src/packing/leaf-values.ts'), path.resolve('src/packing/unpack-text.ts')]

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
      PACKED_BYTES.words += packed.base64.length
      return { contents: packed.contents, loader: 'ts' }
    })
    build.onLoad({ filter: TEMPLATE }, async (args) => {
      const packed = await packTemplateAsync(args.path)
      if (packed === undefined) return undefined
      PACKED_BYTES.journeys += Object.values(packed.packs).reduce((sum, base64) => sum + base64.length, 0)
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
  const base64 = await packAsync(
    shapes,
    ranges.map(({ name }) => words[name]),
    file
  )
  const header = [
    `import { packedWords as __packedWords } from ${JSON.stringify(WORDS_RUNTIME)}`,
    `import * as __english from ${JSON.stringify(english)}`,
    `const __words = __packedWords(${JSON.stringify(language)}, [${twins.map((twin) => `__english.${twin}`).join(', ')}], ${JSON.stringify(base64)})`
  ].join('\n')
  const contents = `${header}\n${replaceRanges(source, ranges.map(({ start, end }, index) => ({ start, end, text: `__words[${index}]` })))}`
  return { contents, language, shapes, base64 }
}

/**
 * A template file packed, or undefined when it is no template or is written in English alone: the
 * module the sandbox gets in its place, the template as that module's code builds it (English
 * texts only), and a pack for each other locale.
 */
export async function packTemplateAsync(file) {
  const source = await readFile(file, 'utf8')
  // A template's own file defines it (index.ts and templates.ts only pass templates on).
  const name = /^export const (\w+): JourneyTemplate = \{/m.exec(source)?.[1]
  if (name === undefined) return undefined
  const module = await importAsync(source, path.dirname(file), file)
  // Anything else it exported would reach its importers with the other languages' texts emptied.
  const others = Object.keys(module).filter((key) => key !== name)
  if (others.length > 0) throw new Error(`${file}: a template's file exports its template alone, not ${others.join(', ')}`)
  const template = module[name]
  const locales = template.locales.filter((locale) => locale !== 'en')
  if (locales.length === 0) return undefined
  if (!template.locales.includes('en')) throw new Error(`${file}: template "${template.id}" has no English journey to keep as code`)
  // The shortest code first: a call's trailing texts of other languages left out, not emptied
  // (the template's code then reads undefined for them, which the check below must still accept).
  let kept
  for (const dropTrailing of [true, false]) {
    try {
      kept = await strippedTemplateAsync(englishOnly(source, file, template, dropTrailing), file, name, template, locales)
      break
    } catch (error) {
      if (!dropTrailing) throw error
    }
  }
  const { stripped, code, packs } = kept
  const range = exportRanges(stripped, file).find((candidate) => candidate.name === name)
  if (range === undefined) throw new Error(`${file}: ${name} is not an exported object literal`)
  const header = `import { packedJourneys as __packedJourneys } from ${JSON.stringify(JOURNEYS_RUNTIME)}\n`
  const text = `__packedJourneys(${stripped.slice(range.start, range.end)}, ${JSON.stringify(packs)})`
  return { contents: header + replaceRanges(stripped, [{ start: range.start, end: range.end, text }]), code, packs }
}

/** The template built by its stripped source, checked to build the same English journey, and a pack for each other locale. */
async function strippedTemplateAsync(stripped, file, name, template, locales) {
  const code = (await importAsync(stripped, path.dirname(file), file))[name]
  deepStrictEqual(code.journey('en'), template.journey('en'), `${file}: emptying the texts of other languages changed the English journey`)
  const packs = {}
  for (const locale of locales) packs[locale] = await packAsync(code.journey(locale), template.journey(locale), `${file} (${locale})`)
  return { stripped, code, packs }
}

/**
 * The template's source with every string literal emptied that its English journey does not hold
 * (whole or in part) and that is not one of its ids or locales: the texts of its other languages.
 * With `dropTrailing`, such literals that end a call's arguments are left out instead. What this
 * keeps is checked by building the English journey again.
 */
function englishOnly(source, file, template, dropTrailing) {
  const kept = [template.id, template.title, template.description, ...template.locales, ...stringLeaves(template.journey('en'))].join('\u0000')
  const keep = (text) => text === '' || kept.includes(text)
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true)
  const emptied = []
  const otherLanguage = (node) => (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !isPropertyName(node) && !keep(node.text)
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return
    if (otherLanguage(node)) {
      emptied.push({ start: node.getStart(tree), end: node.getEnd(), text: "''" })
      return
    }
    if (dropTrailing && ts.isCallExpression(node)) {
      const args = node.arguments
      let first = args.length
      while (first > 1 && otherLanguage(args[first - 1])) first -= 1
      if (first < args.length) {
        ts.forEachChild(node.expression, visit)
        args.slice(0, first).forEach(visit)
        emptied.push({ start: args[first - 1].getEnd(), end: args[args.length - 1].getEnd(), text: '' })
        return
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(tree)
  return replaceRanges(source, emptied)
}

function isPropertyName(node) {
  const parent = node.parent
  return (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node
}

function stringLeaves(value) {
  if (typeof value === 'string') return [value]
  if (value === null || typeof value !== 'object') return []
  return Object.values(value).flatMap(stringLeaves)
}

/**
 * The leaves of `target` that differ from `base` (see src/packing/leaf-values.ts) as JSON, raw
 * DEFLATE, base64; unpacked here with the sandbox's own code, it must give back `target` exactly.
 */
async function packAsync(base, target, what) {
  const { differingLeaves, withLeaves, unpackText } = await checksAsync()
  const base64 = deflateRawSync(JSON.stringify(leavesOf(differingLeaves, base, target, what)), { level: 9 }).toString('base64')
  deepStrictEqual(withLeaves(base, JSON.parse(unpackText(base64))), target, `${what}: the packed texts do not unpack to the source`)
  return base64
}

let checks
function checksAsync() {
  checks ??= importAsync(CHECKS.map((file) => `export * from ${JSON.stringify(file)}`).join('\n'), path.resolve('scripts'))
  return checks
}
