import { describe, expect, it } from 'vitest'

import { journeyToMarkdown } from '../../src/formats'
import { validateJourney } from '../../src/model'
import { carRentalTemplate } from '../../src/templates'
import { rentalJourney } from './journey-fixture'

describe('journeyToMarkdown', () => {
  const markdown = journeyToMarkdown(rentalJourney())
  const lines = markdown.split('\n')

  it('has the report’s sections in order', () => {
    const headings = lines.filter((line) => line.startsWith('#'))
    expect(headings).toEqual([
      '# Rent a \\*car\\* \\| USA',
      '## Persona: Ana \\<b\\>',
      '## Stages',
      '### BEFORE',
      '### DURING',
      '### No phase',
      '## What works well',
      '## What does not work well',
      '## Moments of truth',
      '## Opportunities',
      '## Action plan',
      '## What rests on assumptions',
      '## Emotion curve',
      '## Counts'
    ])
  })

  it('gives the scenario, the state and every field of the persona', () => {
    expect(lines).toContain('**Scenario:** We rent a car\\_for \\[holiday\\](x)')
    expect(lines).toContain('**State:** Future state (to be)')
    for (const line of [
      '- **Role:** Nurse',
      '- **Age:** 34',
      '- **Goals:** Cheap; Safe',
      '- **Needs:** –',
      '- **Expectations:** –',
      '- **Frustrations:** –',
      '- **Ambitions:** –',
      '- **Hobbies:** –',
      '- **Preferred channels:** web; app',
      '- **Quote:** “It just works”',
      '- **Scenario:** –',
      'First paragraph.',
      'Second paragraph.',
      'Other personas: Bo.'
    ]) {
      expect(lines).toContain(line)
    }
    expect(markdown).not.toContain('<b>')
  })

  it('numbers the stages across phases', () => {
    expect(lines.filter((line) => /^\d+\. /.test(line))).toEqual(['1. **Plan**', '2. **Book** — Pick \\& pay', '3. **Drive**', '4. **Home**'])
  })

  it('lists what works and what does not, with every reason', () => {
    const section = (heading: string): string[] => {
      const start = lines.indexOf(heading)
      const end = lines.findIndex((line, index) => index > start && line.startsWith('## '))
      return lines.slice(start + 1, end).filter((line) => line !== '')
    }
    expect(section('## What works well')).toEqual([
      '- **Plan** · Delights: Nice photos _(delight and green flag)_',
      '- **Drive** · Delights: Smooth pickup _(delight)_',
      '- **Plan** · Feeling: Curious _(emotion 1)_',
      '- **Drive** · Feeling: Free _(emotion 2)_'
    ])
    expect(section('## What does not work well')).toEqual([
      '- **Plan** · Pains: Prices # hidden _(pain and red flag)_',
      '- **Book** · Pains: Insurance? _(pain)_',
      '- **Book** · Feeling: Anxious _(emotion \u22122)_'
    ])
    expect(section('## Moments of truth')).toEqual(['- **Book** · Feeling: Anxious', '- **Drive** · Delights: Smooth pickup'])
    expect(section('## Opportunities')).toEqual(['- **Book** · Ideas: 1\\. Show the final price', '- **Drive** · Ideas: Loyalty lane'])
    expect(section('## Action plan')).toEqual([
      '| Action | Stage | Owner |',
      '| --- | --- | --- |',
      '| Fix checkout | Book | Web team |',
      '| Train staff | Drive | _unassigned_ |',
      '| Loyalty lane | Drive | CRM |'
    ])
  })

  it('says so when no item has an evidence level', () => {
    const start = lines.indexOf('## What rests on assumptions')
    expect(lines.slice(start + 1, start + 3)).toEqual(['', '_No evidence levels set yet._'])
  })

  it('draws the emotion curve as numbers per stage and a sparkline', () => {
    expect(lines).toContain('Scale \u22122 to 2, scored per stage.')
    // 1, -2, 2 and nothing on -2..2.
    expect(lines).toContain('`▆▁█·`')
    expect(lines).toContain('| 1. Plan | 1 | 4 | 1 | 1 | 0 |')
    expect(lines).toContain('| 2. Book | \u22122 | 4 | 1 | 0 | 1 |')
    expect(lines).toContain('| 3. Drive | 2 | 4 | 0 | 1 | 1 |')
    expect(lines).toContain('| 4. Home | – | 0 | 0 | 0 | 0 |')
    expect(lines).toContain('Highest: Drive (2). Lowest: Book (\u22122).')
  })

  it('ends with the counts', () => {
    for (const row of ['| Items | 12 |', '| Pains | 2 |', '| Delights | 2 |', '| Moments of truth | 2 |', '| Red flags | 1 |', '| Actions | 3 |', '| Ideas | Opportunities | 2 |']) {
      expect(lines).toContain(row)
    }
  })

  it('says so when nothing is marked', () => {
    const empty = journeyToMarkdown(rentalJourney({ items: [] }))
    expect(empty).toContain('## What works well\n\n_Nothing marked yet._')
    expect(empty).toContain('## Action plan\n\n_No actions yet._')
    expect(empty).toContain('`····`')
  })
})

describe('journeyToMarkdown on a research map', () => {
  const checked = validateJourney(carRentalTemplate.journey('en'))
  if (!checked.ok) throw new Error('template invalid')
  const journey = checked.value
  const lines = journeyToMarkdown(journey).split('\n')
  const section = (heading: string): string[] => {
    const start = lines.indexOf(heading)
    const end = lines.findIndex((line, i) => i > start && line.startsWith('## '))
    return lines.slice(start + 1, end)
  }

  it('lists what rests on assumptions, with the count per evidence level', () => {
    const assumptions = section('## What rests on assumptions')
    const expected = journey.items.filter((item) => item.evidence?.level === 'assumption')
    expect(assumptions.filter((line) => line.startsWith('- '))).toHaveLength(expected.length)
    expect(assumptions.join('\n')).toContain('The child seat we booked is missing, and staff may not fit one')
    const rated = journey.items.filter((item) => item.evidence !== undefined).length
    expect(assumptions).toContain(
      `Assumption: ${expected.length} · Some evidence: ${journey.items.filter((item) => item.evidence?.level === 'some-evidence').length} · Validated: ${journey.items.filter((item) => item.evidence?.level === 'validated').length} · not rated: ${journey.items.length - rated}`
    )
  })

  it('gives each curve its own column and sparkline, the stage emotion following the primary curve', () => {
    const emotion = section('## Emotion curve')
    expect(emotion).toContain('- As is: today: `▆▃▅▁▆▃▆`')
    expect(emotion).toContain('- To be: with the redesign: `█▆▆▆█▆█`')
    expect(emotion.find((line) => line.startsWith('| Stage'))).toBe('| Stage | As is: today | To be: with the redesign | Items | Pains | Delights | Moments of truth |')
    expect(emotion.find((line) => line.startsWith('| 4.'))).toMatch(/^\| 4\. Picking up the car \| \u22122 \| 1 \|/)
  })
})
