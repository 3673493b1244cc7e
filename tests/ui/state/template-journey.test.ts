import { describe, expect, it } from 'vitest'

import { TEMPLATES } from '../../../src/templates'
import { templatesFromCatalogue } from '../../../src/templates/templates-from-catalogue'
import { templateJourney } from '../../../ui/state/template-journey'
import { parsedCatalogue } from '../fake-bridge'

describe('templateJourney', () => {
  it('takes the journeys parsed at the door as they are, without checking them a second time', () => {
    const entries = parsedCatalogue()
    const [template] = templatesFromCatalogue(entries)
    const entry = entries.find((candidate) => candidate.id === template?.id)
    if (template === undefined || entry === undefined) throw new Error('no templates')
    const locale = template.locales[0] ?? 'en'
    // A second parse would give a new object; the door's is the one the gallery draws.
    expect(templateJourney(template, locale)).toBe(entry.journeys[locale])
  })

  it('checks a template that did not come through the door, once', () => {
    const template = TEMPLATES.find((candidate) => candidate.id === 'blank')
    if (template === undefined) throw new Error('no blank template')
    const journey = templateJourney(template, 'en')
    expect(journey).not.toBe(template.journey('en'))
    expect(journey.stages.length).toBeGreaterThan(0)
    expect(templateJourney(template, 'en')).toBe(journey)
  })

  it('refuses a template journey that is not valid', () => {
    const broken = { id: 'broken', title: 'Broken', description: '', locales: ['en'], journey: () => ({ id: 'broken' }) }
    expect(() => templateJourney(broken as never, 'en')).toThrow('template "broken" (en) is not a valid journey')
  })
})
