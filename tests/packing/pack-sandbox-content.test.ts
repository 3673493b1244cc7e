import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'

import { frBoard } from '../../src/i18n/catalogues/board/fr'
import { withLeaves } from '../../src/packing/leaf-values'
import { unpackText } from '../../src/packing/unpack-text'
import { carRentalTemplate } from '../../src/templates'

/** The sandbox build's packing (scripts/pack-sandbox-content.mjs), as the build runs it. */
interface Packing {
  packWordsAsync(file: string): Promise<{ contents: string; language: string; shapes: unknown[]; base64: string }>
  packTemplateAsync(file: string): Promise<{ contents: string; code: { journey(locale: string): unknown }; packs: Record<string, string> } | undefined>
}

const packing = import(pathToFileURL(path.resolve('scripts/pack-sandbox-content.mjs')).href) as Promise<Packing>

describe('the sandbox build’s packing', () => {
  it('keeps a template’s English as code and packs each other locale to exactly its journey', async () => {
    const { packTemplateAsync } = await packing
    const packed = await packTemplateAsync(path.resolve('src/templates/car-rental.ts'))
    if (packed === undefined) throw new Error('car-rental was not packed')
    expect(packed.contents).toContain('Planning the trip')
    expect(packed.contents).not.toContain('Préparer le voyage')
    expect(packed.code.journey('en')).toEqual(carRentalTemplate.journey('en'))
    expect(Object.keys(packed.packs)).toEqual(['da', 'fr', 'zh-Hans', 'ru'])
    for (const [locale, base64] of Object.entries(packed.packs)) {
      expect(withLeaves(packed.code.journey(locale), JSON.parse(unpackText(base64)) as unknown[])).toEqual(carRentalTemplate.journey(locale))
    }
  })

  it('leaves a template written in English alone as it is', async () => {
    const { packTemplateAsync } = await packing
    expect(await packTemplateAsync(path.resolve('src/templates/moving-house.ts'))).toBeUndefined()
  })

  it('stops the build when emptying another language’s texts would change a template’s English journey', async () => {
    const { packTemplateAsync } = await packing
    await expect(packTemplateAsync(path.resolve('tests/fixtures/packing/odd-template.ts'))).rejects.toThrow(/changed the English journey/)
  })

  it('stops the build, naming the file and locale, when a locale’s journey no longer has the shape the code builds', async () => {
    const { packTemplateAsync } = await packing
    const file = path.resolve('tests/fixtures/packing/shape-by-text-template.ts')
    await expect(packTemplateAsync(file)).rejects.toThrow(`${file} (da): the whole: not the same shape as what it is packed against`)
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
    const [board] = withLeaves(packed.shapes, JSON.parse(unpackText(packed.base64)) as unknown[]) as unknown[]
    expect(board).toEqual(frBoard)
  })
})
