import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

import { differingLeaves } from '../../src/packing/leaf-values'
import { packedJourneys } from '../../src/packing/packed-journeys'

const pack = (base: unknown, target: unknown): string => deflateRawSync(JSON.stringify(differingLeaves(base, target))).toString('base64')

describe('packedJourneys', () => {
  const journeys: Record<string, { title: string; items: { id: string; text: string }[] }> = {
    en: { title: 'Trip', items: [{ id: 'a', text: 'Plan' }] },
    fr: { title: 'Voyage', items: [{ id: 'a', text: 'Préparer' }] }
  }
  /** The template's code as the build keeps it: English texts only. */
  const code = { id: 'trip', locales: ['en', 'fr'], journey: (locale: string) => (locale === 'en' ? structuredClone(journeys.en!) : { title: '', items: [{ id: 'a', text: '' }] }) }

  it('puts the texts of a locale into what the code builds, and gives a new journey every time', () => {
    const template = packedJourneys(code, { fr: pack(code.journey('fr'), journeys.fr) })
    expect(template.journey('fr')).toEqual(journeys.fr)
    expect(template.journey('fr')).not.toBe(template.journey('fr'))
    expect(template.journey('en')).toEqual(journeys.en)
    expect(template.locales).toEqual(['en', 'fr'])
  })

  it('throws, naming the template and locale, when a pack does not unpack', () => {
    const template = packedJourneys(code, { fr: 'AAAA' })
    expect(() => template.journey('fr')).toThrow(/template "trip" in "fr" could not be unpacked/)
    expect(template.journey('en')).toEqual(journeys.en)
  })
})
