import { describe, expect, it } from 'vitest'

import { LANGUAGES, CATALOGUES } from '../../src/i18n'
import { TEMPLATES } from '../../src/templates'
import { drawAsync, liveTag, readBothWaysAsync, taggedNodes, validJourney, withItem } from '../reader/generated-board'

const SCORE_MARKS = new Set(['score-badge', 'emotion-point'])

describe('scores on the board in the language’s numbers', () => {
  it.each(LANGUAGES)('car rental in %s shows a half score with its decimal mark and reads it back', async (language) => {
    const template = TEMPLATES.find((t) => t.id === 'car-rental')!
    const journey = validJourney(template.journey(language))
    const scored = journey.items.filter((item) => item.score !== undefined)
    // One item on the curve (an emotion point) and one off it (a badge, if the template has one).
    const changed = scored.slice(0, 2).reduce((j, item) => withItem(j, item.id, (i) => ({ ...i, score: 1.5 })), journey)
    const emulator = await drawAsync(changed)

    const decimal = CATALOGUES[language].typography.decimal
    const shown = taggedNodes(emulator.api).flatMap((node) => {
      const tag = liveTag(node)
      return tag !== undefined && SCORE_MARKS.has(tag.role) && scored.slice(0, 2).some((item) => item.id === tag.itemId) && node.type === 'SHAPE_WITH_TEXT'
        ? [node.text.characters]
        : []
    })
    expect(shown.length).toBeGreaterThan(0)
    for (const text of shown) expect(text).toBe(`+1${decimal}5`)

    const read = (await readBothWaysAsync(emulator)).journey
    for (const item of scored.slice(0, 2)) expect(read.items.find((i) => i.id === item.id)?.score).toBe(1.5)
  })

  it.each(LANGUAGES)('car rental in %s shows a negative score with the minus sign U+2212, not a hyphen, and reads it back exactly', async (language) => {
    const template = TEMPLATES.find((t) => t.id === 'car-rental')!
    const journey = validJourney(template.journey(language))
    const scored = journey.items.filter((item) => item.score !== undefined).slice(0, 2)
    // A third of a point shows rounded: the board keeps the exact score all the same.
    const changed = scored.reduce((j, item) => withItem(j, item.id, (i) => ({ ...i, score: -4 / 3 })), journey)
    const emulator = await drawAsync(changed)
    const shown = taggedNodes(emulator.api).flatMap((node) => {
      const tag = liveTag(node)
      return tag !== undefined && SCORE_MARKS.has(tag.role) && scored.some((item) => item.id === tag.itemId) && node.type === 'SHAPE_WITH_TEXT' ? [node.text.characters] : []
    })
    expect(shown.length).toBeGreaterThan(0)
    for (const text of shown) expect(text).toBe(`\u22121${CATALOGUES[language].typography.decimal}33`)
    const read = (await readBothWaysAsync(emulator)).journey
    for (const item of scored) expect(read.items.find((i) => i.id === item.id)?.score).toBe(-4 / 3)
  })
})
