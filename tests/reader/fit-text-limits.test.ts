import { describe, expect, it } from 'vitest'

import { type Journey, MAX_ITEM_TEXT_LENGTH } from '../../src/model'
import { fitTextLimits } from '../../src/reader/fit-text-limits'
import { WarningLog } from '../../src/reader/warning-log'
import { templateJourney } from './generated-board'

describe('fitTextLimits', () => {
  it('should give a journey within its limits back validated, with no warning', () => {
    const journey = templateJourney('workshop-swimlane')
    const log = new WarningLog()
    expect(fitTextLimits(journey, log, '1:2')).toEqual({ ok: true, value: journey })
    expect(log.list()).toEqual([])
  })

  it('should cut a text past its limit to it, never inside a character, and say which and by how much', () => {
    const journey = templateJourney('workshop-swimlane')
    const item = journey.items[1]!
    // An emoji (two UTF-16 units) straddling the limit is left out whole.
    const long = `${'a'.repeat(MAX_ITEM_TEXT_LENGTH - 1)}😀tail`
    const log = new WarningLog()
    const fitted = fitTextLimits({ ...journey, items: journey.items.map((entry) => (entry.id === item.id ? { ...entry, text: long } : entry)) }, log, '1:2')

    if (!fitted.ok) throw new Error(JSON.stringify(fitted.problems))
    expect(fitted.value.items[1]!.text).toBe('a'.repeat(MAX_ITEM_TEXT_LENGTH - 1))
    expect(fitted.value.items.filter((entry) => entry.id !== item.id)).toEqual(journey.items.filter((entry) => entry.id !== item.id))
    expect(log.list()).toMatchObject([
      { nodeId: '1:2', code: 'text-cut', params: { path: `the text of item "${item.id}"`, length: long.length, max: MAX_ITEM_TEXT_LENGTH, cut: long.length - (MAX_ITEM_TEXT_LENGTH - 1) } }
    ])
  })

  it('should answer a journey wrong in other ways than its lengths with its problems, cutting nothing', () => {
    const journey = templateJourney('workshop-swimlane')
    const log = new WarningLog()
    const broken = { ...journey, items: [{ ...journey.items[0]!, stageId: 'no such stage' }, ...journey.items.slice(1)] } as Journey
    const fitted = fitTextLimits(broken, log, null)
    expect(fitted.ok).toBe(false)
    if (!fitted.ok) expect(fitted.problems.map((problem) => problem.path)).toContain('items[0].stageId')
    expect(log.list()).toEqual([])
  })
})
