import { describe, expect, it } from 'vitest'

import { handOverEarlyAnswers, takeEarlyAnswers } from '../../ui/early-answers'
import type { EarlyAnswers } from '../../ui/say-ready-early'

describe("the answers the panel's first script kept", () => {
  it('are handed to the rest of the panel once, and are absent when that script did not run', () => {
    const host = {}
    expect(takeEarlyAnswers(host)).toBeUndefined()
    const answers: EarlyAnswers = { answered: () => false, take: () => [] }
    handOverEarlyAnswers(host, answers)
    expect(takeEarlyAnswers(host)).toBe(answers)
    expect(takeEarlyAnswers(host)).toBeUndefined()
  })
})
