import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { loadRestFile } from '../../src/emulator'
import { readBoardAsync } from '../../src/plugin-api/read-board'
import { readBoard, snapshotFromRestFile } from '../../src/reader'
import { createJourneyFromTemplate } from '../../src/templates'

/** A board drawn by the version that wrote every tag field as its own plugin-data entry. */
export function oldBoard(name: 'car-rental' | 'moving-house-synced'): unknown {
  return JSON.parse(readFileSync(path.resolve('tests/fixtures/old-boards', `${name}.json`), 'utf8'))
}

describe('boards drawn before tags were one entry per node', () => {
  it('read back to the journey they were drawn from, live and from REST', async () => {
    const file = oldBoard('car-rental')
    const snapshot = snapshotFromRestFile(file)
    if (!snapshot.ok) throw new Error(JSON.stringify(snapshot.problems))
    const fromRest = readBoard(snapshot.value)
    expect(fromRest.warnings).toEqual([])
    const drawn = createJourneyFromTemplate({ templateId: 'car-rental' })
    expect(drawn.ok && fromRest.journey).toEqual(drawn.ok && drawn.value)
    const live = await readBoardAsync(loadRestFile(file).api, 'page')
    expect(live.ok && live.value).toEqual(fromRest)
  })

  it('read back a synced board with the edits people made on it', async () => {
    const live = await readBoardAsync(loadRestFile(oldBoard('moving-house-synced')).api, 'page')
    if (!live.ok) throw new Error(JSON.stringify(live.problems))
    const texts = live.value.journey.items.map((item) => item.text)
    expect(texts.some((text) => text.endsWith('(edited in the workshop)'))).toBe(true)
    expect(texts).toContain('A sticky someone added by hand')
    expect(texts.some((text) => text.endsWith('(revised)'))).toBe(true)
  })
})
