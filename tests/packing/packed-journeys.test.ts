import { deflateRawSync } from 'node:zlib'
import { describe, expect, it, vi } from 'vitest'

import { base91Text } from '../../src/packing/base91-text'
import { differingLeaves } from '../../src/packing/leaf-values'
import { packedJourneys } from '../../src/packing/packed-journeys'

const pack = (value: unknown): string => base91Text(deflateRawSync(JSON.stringify(value)))

describe('packedJourneys', () => {
  const journeys: Record<string, { title: string; items: { id: string; text: string }[] }> = {
    en: { title: 'Trip', items: [{ id: 'a', text: 'Plan' }] },
    fr: { title: 'Voyage', items: [{ id: 'a', text: 'Préparer' }] },
    da: { title: 'Rejsen', items: [{ id: 'a', text: 'Planlæg' }, { id: 'b', text: 'Pak' }] }
  }
  const about = { id: 'trip', title: 'Trip', description: 'A trip', locales: ['en', 'fr', 'da'] }
  const packs = { en: pack(journeys.en), fr: pack(differingLeaves(journeys.en, journeys.fr)), da: pack(journeys.da) }

  it('gives the default locale’s journey whole, another locale’s from the texts that differ or whole, and a new journey every time', () => {
    const template = packedJourneys(about, packs)
    expect(template.journey('en')).toEqual(journeys.en)
    expect(template.journey('fr')).toEqual(journeys.fr)
    expect(template.journey('da')).toEqual(journeys.da)
    expect(template.journey('fr')).not.toBe(template.journey('fr'))
    expect(template.journey('en')).not.toBe(template.journey('en'))
    expect(template).toMatchObject(about)
  })

  it('parses a locale’s unpacked text once per journey asked for, the first time too', () => {
    const template = packedJourneys(about, packs)
    const parse = vi.spyOn(JSON, 'parse')
    try {
      template.journey('en')
      expect(parse).toHaveBeenCalledTimes(1)
      template.journey('en')
      expect(parse).toHaveBeenCalledTimes(2)
    } finally {
      parse.mockRestore()
    }
  })

  it('a journey changed by its caller leaves the next one as packed', () => {
    const template = packedJourneys(about, packs)
    const first = template.journey('en') as { items: { text: string }[] }
    first.items[0]!.text = 'changed'
    expect(template.journey('en')).toEqual(journeys.en)
    expect(template.journey('fr')).toEqual(journeys.fr)
  })

  it('throws, naming the template and locale, when a pack does not unpack', () => {
    const template = packedJourneys(about, { ...packs, fr: 'AAAA' })
    expect(() => template.journey('fr')).toThrow(/template "trip" in "fr" could not be unpacked/)
    expect(template.journey('en')).toEqual(journeys.en)
  })

  it('throws, naming the locales it is written in, for a locale it does not list', () => {
    expect(() => packedJourneys(about, packs).journey('ru')).toThrow('template "trip" is written in en, fr, da, not "ru"')
  })
})
