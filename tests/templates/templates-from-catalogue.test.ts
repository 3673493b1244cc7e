import { describe, expect, it } from 'vitest'

import { awaitsJourneys, templatesFromCatalogue, withMoreJourneys } from '../../src/templates/templates-from-catalogue'
import { parsedCatalogue } from '../ui/fake-bridge'

describe('templatesFromCatalogue', () => {
  it('offers the locales whose journeys came, and a template none of whose came awaits them', () => {
    const firstOfCarRental = parsedCatalogue((template, locale) => template.id === 'car-rental' && locale === template.locales[0])
    const templates = templatesFromCatalogue(firstOfCarRental)
    const carRental = templates.find((template) => template.id === 'car-rental')
    const ikea = templates.find((template) => template.id === 'ikea')
    expect(carRental?.locales).toEqual(['en'])
    expect(carRental && awaitsJourneys(carRental)).toBe(false)
    expect(ikea?.locales).toEqual([])
    expect(ikea && awaitsJourneys(ikea)).toBe(true)

    const more = templatesFromCatalogue(withMoreJourneys(firstOfCarRental, parsedCatalogue((template) => template.id === 'ikea')))
    expect(more.filter((template) => ['car-rental', 'ikea'].includes(template.id)).map(awaitsJourneys)).toEqual([false, false])
  })
})
