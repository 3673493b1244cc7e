import { describe, expect, it } from 'vitest'

import { catalogueFor, countText, fillText, LANGUAGES } from '../../src/i18n'
import { boardLabels, personaCardBlocks } from '../../src/layout'
import { PersonaSchema } from '../../src/model'

describe('personaCardBlocks', () => {
  const sally = PersonaSchema.parse({
    id: 'sally',
    name: 'Sally',
    role: 'Teacher',
    age: 34,
    description: 'Furnishes her first flat.',
    goals: ['A cosy living room'],
    frustrations: ['Queues', 'Missing parts'],
    channels: ['web', 'store'],
    quote: 'I just want it to fit.'
  })

  it('should give the name as a bold heading, a role line, description, quote, and every list under a bold heading', () => {
    const blocks = personaCardBlocks(sally, boardLabels('en'))
    expect(blocks.map((block) => [block.id, block.part, block.text, block.font.style])).toEqual([
      ['name', 'title', 'Sally', 'Bold'],
      ['role', 'text', 'Teacher · Age 34', 'Medium'],
      ['description', 'text', 'Furnishes her first flat.', 'Medium'],
      ['quote', 'text', '“I just want it to fit.”', 'Medium'],
      ['goals:heading', 'label', 'Goals', 'Bold'],
      ['goals', 'text', '• A cosy living room', 'Medium'],
      ['frustrations:heading', 'label', 'Frustrations', 'Bold'],
      ['frustrations', 'text', '• Queues\n• Missing parts', 'Medium'],
      ['channels:heading', 'label', 'Channels', 'Bold'],
      ['channels', 'text', '• web\n• store', 'Medium']
    ])
    const name = blocks[0]!
    expect(blocks.slice(1).every((block) => block.fontSize < name.fontSize)).toBe(true)
  })

  it.each(LANGUAGES)('should take its headings and quote marks from the %s catalogue', (language) => {
    const catalogue = catalogueFor(language)
    const texts = personaCardBlocks(sally, boardLabels(language)).map((block) => block.text)
    expect(texts).toEqual(expect.arrayContaining([catalogue.board.goals, catalogue.board.frustrations, catalogue.board.channels]))
    // A quoted sentence's full stop sits where the language puts it.
    expect(texts).toContain(fillText(catalogue.typography.quotedSentence, { text: 'I just want it to fit' }))
  })

  it('should put a Russian quoted sentence\'s full stop after the closing guillemet, and keep a question mark or an ellipsis inside', () => {
    const quoteOf = (quote: string): string | undefined => personaCardBlocks({ ...sally, quote }, boardLabels('ru')).find((block) => block.id === 'quote')?.text
    expect(quoteOf('Мне нужна машина, а не турпакет.')).toBe('«Мне нужна машина, а не турпакет».')
    expect(quoteOf('Где мой шуруп?')).toBe('«Где мой шуруп?»')
    expect(quoteOf('Ну что ж...')).toBe('«Ну что ж...»')
    expect(quoteOf('Главное — доехать')).toBe('«Главное — доехать»')
    expect(personaCardBlocks(sally, boardLabels('en')).find((block) => block.id === 'quote')?.text).toBe('“I just want it to fit.”')
  })

  it('should set the role apart from the age with the language\'s separator, not one of its own', () => {
    const labels = boardLabels('fr')
    const role = (separator: string): string | undefined =>
      personaCardBlocks(sally, { ...labels, typography: { ...labels.typography, separator } }).find((block) => block.id === 'role')?.text
    expect(role(' | ')).toBe(`Teacher | ${countText('fr', labels.age, 34)}`)
    expect(role(labels.typography.separator)).toBe(`Teacher${labels.typography.separator}${countText('fr', labels.age, 34)}`)
  })

  it('should leave out what a sparse persona does not have', () => {
    expect(personaCardBlocks(PersonaSchema.parse({ id: 'x', name: 'Xavier' }), boardLabels('da')).map((block) => block.text)).toEqual(['Xavier'])
    expect(personaCardBlocks(PersonaSchema.parse({ id: 'x', name: 'Xavier', age: 7 }), boardLabels('da')).map((block) => block.text)).toEqual([
      'Xavier',
      '7 år'
    ])
  })
})

describe('boardLabels', () => {
  it('should speak the journey language, by its primary subtag, and English otherwise', () => {
    expect(boardLabels('da').legend).toBe('Forklaring')
    expect(boardLabels('da-DK').legend).toBe('Forklaring')
    expect(boardLabels('fr').legend).toBe('Légende')
    expect(boardLabels('zh-CN').legend).toBe('图例')
    expect(boardLabels('zh-TW').legend).toBe('Legend')
    expect(boardLabels('pt').legend).toBe('Legend')
  })
})
