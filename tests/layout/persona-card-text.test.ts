import { describe, expect, it } from 'vitest'

import { boardLabels, personaCardText } from '../../src/layout'
import { PersonaSchema } from '../../src/model'

describe('personaCardText', () => {
  it('should list name, role and age, description, quote and every list the persona has', () => {
    const persona = PersonaSchema.parse({
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
    expect(personaCardText(persona, boardLabels('en'))).toBe(
      [
        'Sally\nTeacher · Age 34',
        'Furnishes her first flat.',
        '“I just want it to fit.”',
        'Goals\n• A cosy living room',
        'Frustrations\n• Queues\n• Missing parts',
        'Channels: web, store'
      ].join('\n\n')
    )
  })

  it('should leave out what a sparse persona does not have', () => {
    expect(personaCardText(PersonaSchema.parse({ id: 'x', name: 'Xavier' }), boardLabels('da'))).toBe('Xavier')
    expect(personaCardText(PersonaSchema.parse({ id: 'x', name: 'Xavier', age: 7 }), boardLabels('da'))).toBe('Xavier\n7 år')
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
