import path from 'node:path'
import { pathToFileURL } from 'node:url'
import * as esbuild from 'esbuild'
import { describe, expect, it } from 'vitest'

import { guessLaneKind } from '../../src/formats/guess-lane-kind'
import { LANE_KIND_PHRASES } from '../../src/formats/lane-kind-phrases'

import { frBoard } from '../../src/i18n/catalogues/board/fr'
import { enImportProblems, enProblems } from '../../src/i18n/catalogues/problems/en'
import { templateSketches } from '../../src/formats/sketch-outline'
import { withLeaves } from '../../src/packing/leaf-values'
import { unpackText } from '../../src/packing/unpack-text'
import { carRentalTemplate, movingHouseTemplate } from '../../src/templates'
import { otherShapeTemplate } from '../fixtures/packing/other-shape-template'

/** The sandbox build's packing (scripts/pack-sandbox-content.mjs), as the build runs it. */
interface Packing {
  packWordsAsync(file: string): Promise<{ contents: string; language: string; shapes: unknown[]; packed: string }>
  packEnglishWordsAsync(file: string, runtime?: string, unpacker?: string): Promise<{ contents: string; keys: Record<string, unknown>[]; packed: string }>
  packTemplateAsync(file: string): Promise<{ contents: string; packs: Record<string, string>; sketch: unknown; dictionary?: string } | undefined>
  packSandboxContent: esbuild.Plugin
}

const packing = import(pathToFileURL(path.resolve('scripts/pack-sandbox-content.mjs')).href) as Promise<Packing>

describe('the sandbox build’s packing', () => {
  it('packs every locale of a template as data, each unpacking to exactly its journey, and keeps no text as code', async () => {
    const { packTemplateAsync } = await packing
    const packed = await packTemplateAsync(path.resolve('src/templates/car-rental.ts'))
    if (packed === undefined) throw new Error('car-rental was not packed')
    for (const text of ['Planning the trip', 'Préparer le voyage']) expect(packed.contents).not.toContain(text)
    expect(Object.keys(packed.packs)).toEqual(['en', 'da', 'fr', 'zh-Hans', 'ru'])
    // Packed with the blank map's default journey as the preset dictionary, its pack handed along.
    expect(packed.dictionary).toBe((await packTemplateAsync(path.resolve('src/templates/blank.ts')))!.packs.en)
    expect(() => JSON.parse(unpackText(packed.packs.en!)) as unknown).toThrow()
    const english = JSON.parse(unpackText(packed.packs.en!, packed.dictionary)) as unknown
    expect(english).toEqual(carRentalTemplate.journey('en'))
    for (const locale of ['da', 'fr', 'zh-Hans', 'ru']) {
      // The other locales as the texts that differ from English.
      const leaves = JSON.parse(unpackText(packed.packs[locale]!, packed.dictionary)) as unknown[]
      expect(Array.isArray(leaves)).toBe(true)
      expect(withLeaves(english, leaves)).toEqual(carRentalTemplate.journey(locale))
    }
  })

  it('packs a template written in English alone too', async () => {
    const { packTemplateAsync } = await packing
    const packed = await packTemplateAsync(path.resolve('src/templates/moving-house.ts'))
    expect(Object.keys(packed?.packs ?? {})).toEqual(['en'])
    expect(JSON.parse(unpackText(packed!.packs.en!, packed!.dictionary))).toEqual(movingHouseTemplate.journey('en'))
  })

  it('makes the gallery’s sketch of a template’s default journey, as the sandbox would', async () => {
    const { packTemplateAsync } = await packing
    const packed = await packTemplateAsync(path.resolve('src/templates/car-rental.ts'))
    expect(packed?.sketch).toEqual(templateSketches([carRentalTemplate])['car-rental'])
    expect(packed?.contents).toContain(JSON.stringify(packed?.sketch))
  })

  it('packs a locale whose journey has another shape than the default one whole', async () => {
    const { packTemplateAsync } = await packing
    const packed = await packTemplateAsync(path.resolve('tests/fixtures/packing/other-shape-template.ts'))
    expect(JSON.parse(unpackText(packed!.packs.da!, packed!.dictionary))).toEqual(otherShapeTemplate.journey('da'))
  })

  it('stops the build, naming the file, when a journey does not travel as JSON', async () => {
    const { packTemplateAsync } = await packing
    const file = path.resolve('tests/fixtures/packing/undefined-field-template.ts')
    await expect(packTemplateAsync(file)).rejects.toThrow(`${file} (en): the journey does not travel as JSON`)
  })

  it('stops the build when a template’s file exports anything besides its template', async () => {
    const { packTemplateAsync } = await packing
    await expect(packTemplateAsync(path.resolve('tests/fixtures/packing/template-with-helpers.ts'))).rejects.toThrow(/exports its template alone, not DANISH_TITLE/)
  })

  it('packs a language’s words against their English twins', async () => {
    const { packWordsAsync } = await packing
    const packed = await packWordsAsync(path.resolve('src/i18n/catalogues/board/fr.ts'))
    expect(packed.language).toBe('fr')
    expect(packed.contents).not.toContain(frBoard.legend)
    const [board] = withLeaves(packed.shapes, JSON.parse(unpackText(packed.packed)) as unknown[]) as unknown[]
    expect(board).toEqual(frBoard)
  })

  it('packs the English words whole, keeping as code their keys and those of the problems, which the sandbox lists as it starts', async () => {
    const { packEnglishWordsAsync } = await packing
    const packed = await packEnglishWordsAsync(path.resolve('src/i18n/catalogues/problems/en.ts'))
    expect(packed.contents).not.toContain(enProblems.problems['json-not-plain'])
    expect(JSON.parse(unpackText(packed.packed))).toEqual([enProblems, enImportProblems])
    expect(Object.keys(packed.keys[0]!)).toEqual(Object.keys(enProblems))
    expect(Object.keys(packed.keys[0]!.problems as object)).toEqual(Object.keys(enProblems.problems))
    expect(packed.keys[0]!.expected).toBe(0)
  })

  it('packs the phrases lane labels are read by whole, and the module the sandbox gets reads labels as the source does', async () => {
    const { packEnglishWordsAsync, packSandboxContent } = await packing
    const file = path.resolve('src/formats/lane-kind-phrases.ts')
    const packed = await packEnglishWordsAsync(file, path.resolve('src/packing/packed-words.ts'), 'packedData')
    for (const phrase of ['kundehandling', 'точк контакт', '顾客行为']) expect(packed.contents).not.toContain(phrase)
    expect(JSON.parse(unpackText(packed.packed))).toEqual([LANE_KIND_PHRASES])
    // The label reader bundled with the sandbox build's packing, as dist/main.js has it, and run.
    const bundled = await esbuild.build({ entryPoints: ['src/formats/guess-lane-kind.ts'], bundle: true, write: false, format: 'esm', platform: 'neutral', plugins: [packSandboxContent], logLevel: 'warning' })
    const code = bundled.outputFiles[0]!.text
    expect(code).not.toContain('kundehandling')
    const { guessLaneKind: packedGuess } = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { guessLaneKind: typeof guessLaneKind }
    for (const label of ['Customer actions', 'Kundeservice', 'Точки контакта', '痛点', 'Moments de satisfaction', 'Supplier', 'Nothing known']) {
      expect(packedGuess(label), label).toEqual(guessLaneKind(label))
    }
  })
})
