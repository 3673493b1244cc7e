// What the sandbox spends unpacking a language the first time it needs it: the words (board,
// reading, sandbox; in English also changes and problems) and every template journey in that language, packed as the build packs them
// (scripts/pack-sandbox-content.mjs) and unpacked with the sandbox's own code (src/packing/). Part of
// `npm run bench` (BENCH_STAGES=unpack prints it alone); CPU milliseconds, in Node: FigJam's sandbox
// may run the same code slower (`node --no-opt --no-sparkplug --no-maglev` runs the bench on V8's
// interpreter alone).
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { withLeaves } from '../src/packing/leaf-values'
import { unpackText } from '../src/packing/unpack-text'
import { compareAsync, ms, wanted } from './format-parsers'

/** The build's packing, loaded as the build runs it (not bundled into the bench: it drives TypeScript and esbuild). */
interface Packing {
  packWordsAsync(file: string): Promise<{ language: string; shapes: unknown[]; packed: string }>
  packEnglishWordsAsync(file: string): Promise<{ packed: string }>
  /** `dictionary`: the pack whose bytes are the template's preset dictionary, when it has one. */
  packTemplateAsync(file: string): Promise<{ packs: Record<string, string>; dictionary?: string } | undefined>
}

interface Unpacking {
  packedBytes: number
  unpack: () => unknown
}

const unpack = (base: unknown, packed: string): unknown => withLeaves(base, JSON.parse(unpackText(packed)) as unknown[])

/** Each language's packs: its word files, and its journey in every template written in it. */
async function unpackingsAsync(): Promise<Map<string, { words: Unpacking[]; templates: Unpacking[] }>> {
  const { packWordsAsync, packEnglishWordsAsync, packTemplateAsync } = (await import(pathToFileURL(path.resolve('scripts/pack-sandbox-content.mjs')).href)) as Packing
  const byLanguage = new Map<string, { words: Unpacking[]; templates: Unpacking[] }>()
  const of = (language: string) => byLanguage.get(language) ?? byLanguage.set(language, { words: [], templates: [] }).get(language)!
  for (const folder of ['board', 'reading', 'sandbox']) {
    const dir = path.resolve('src/i18n/catalogues', folder)
    for (const file of (await readdir(dir)).filter((name) => /^(da|fr|ru|zh-hans)\.ts$/.test(name))) {
      const { language, shapes, packed } = await packWordsAsync(path.join(dir, file))
      of(language).words.push({ packedBytes: packed.length, unpack: () => unpack(shapes, packed) })
    }
  }
  for (const folder of ['board', 'changes', 'problems', 'reading', 'sandbox']) {
    const { packed } = await packEnglishWordsAsync(path.resolve('src/i18n/catalogues', folder, 'en.ts'))
    of('en').words.push({ packedBytes: packed.length, unpack: () => JSON.parse(unpackText(packed)) })
  }
  const dir = path.resolve('src/templates')
  for (const file of await readdir(dir)) {
    const packed = await packTemplateAsync(path.join(dir, file))
    const packs = packed?.packs ?? {}
    // Unpacked with the template's preset dictionary, as src/packing/packed-journeys.ts does.
    const dictionary = packed?.dictionary
    // The default locale's journey travels whole; the others as what differs from it, unpacked after it.
    const [fallback, ...others] = Object.keys(packs)
    if (fallback === undefined) continue
    const base = unpackText(packs[fallback]!, dictionary)
    of(fallback.toLowerCase()).templates.push({ packedBytes: packs[fallback]!.length, unpack: () => JSON.parse(unpackText(packs[fallback]!, dictionary)) })
    for (const locale of others) {
      const pack = packs[locale]!
      of(locale.toLowerCase()).templates.push({
        packedBytes: pack.length,
        unpack: () => {
          const leaves = JSON.parse(unpackText(pack, dictionary)) as unknown
          return Array.isArray(leaves) ? withLeaves(JSON.parse(base), leaves) : leaves
        }
      })
    }
  }
  return byLanguage
}

export async function runUnpackBenchAsync(only: readonly string[] | undefined): Promise<void> {
  if (!wanted('unpack', only)) return
  console.log('\nUnpacking a language in the sandbox, the first time it is needed (CPU ms, median; bytes as packed in dist/main.js)')
  console.log(`${'language'.padEnd(10)}${'words'.padStart(8)}${'bytes'.padStart(8)}${'journeys'.padStart(10)}${'bytes'.padStart(8)}`)
  for (const [language, { words, templates }] of await unpackingsAsync()) {
    const [wordsMs, templatesMs] = await compareAsync([() => words.map((w) => w.unpack()), () => templates.map((t) => t.unpack())])
    const bytes = (packs: Unpacking[]): string => String(packs.reduce((sum, pack) => sum + pack.packedBytes, 0)).padStart(8)
    console.log(`${language.padEnd(10)}${ms(wordsMs!)}${bytes(words)}${(ms(templatesMs!) + ` (${templates.length})`).padStart(10)}${bytes(templates)}`)
  }
}
