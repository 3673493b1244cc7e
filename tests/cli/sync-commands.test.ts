import { describe, expect, it } from 'vitest'

import { runCliAsync } from '../../src/cli/run-cli'
import { exportJourney } from '../../src/formats'
import type { Journey } from '../../src/model'
import { readBoard, snapshotFromRestFile } from '../../src/reader'
import { ChangeSetSchema } from '../../src/sync'
import { drawAsync, itemSticky, loadFontOfAsync } from '../reader/generated-board'
import { createMemoryIo } from '../support/memory-io'
import { changeItem, smallJourney } from '../sync/sync-fixtures'

const retext = (journey: Journey, id: string, text: string): Journey => changeItem(journey, id, (item) => ({ ...item, text }))

async function cli(argv: string[], files: Record<string, string>) {
  const io = createMemoryIo(files)
  const code = await runCliAsync(argv, io)
  return { code, out: io.out, err: io.err, io }
}

/** An exported board of the small journey, with `a2` retyped on the board when `boardText` is given. */
async function exportedBoardAsync(boardText?: string): Promise<string> {
  const emulator = await drawAsync(smallJourney())
  if (boardText !== undefined) {
    const sticky = itemSticky(emulator.api, 'a2')
    await loadFontOfAsync(emulator.api, sticky.text)
    sticky.text.characters = boardText
  }
  return JSON.stringify(emulator.toRestFile('Rental board'))
}

function readJourneyOf(file: string | Uint8Array | undefined): Journey {
  if (typeof file !== 'string') throw new Error('no board written')
  const snapshot = snapshotFromRestFile(JSON.parse(file))
  if (!snapshot.ok) throw new Error(JSON.stringify(snapshot.problems))
  return readBoard(snapshot.value).journey
}

describe('journeyboard diff', () => {
  it('prints what the sync would change, readably', async () => {
    const data = { ...retext(smallJourney(), 'a2', 'Books by phone'), title: 'Renting a car in Spain' }
    const { code, out, err } = await cli(['diff', 'board.json', 'data.json'], { 'board.json': await exportedBoardAsync(), 'data.json': exportJourney(data, 'json') })
    expect(err).toBe('')
    expect(code).toBe(0)
    expect(out).toBe(
      [
        'Changes from the data (2):',
        '  ~ journey title changed: title "Renting a car" → "Renting a car in Spain"',
        '  ~ item "Books by phone" (Book / Actions) changed: text "Books online" → "Books by phone"',
        ''
      ].join('\n')
    )
  })

  it('prints the change set as JSON with --json, conflicts included', async () => {
    const files = { 'board.json': await exportedBoardAsync('Books on the app'), 'data.json': exportJourney(retext(smallJourney(), 'a2', 'Books by phone'), 'json') }
    const { code, out } = await cli(['diff', 'board.json', 'data.json', '--json'], files)
    expect(code).toBe(0)
    const changeSet = ChangeSetSchema.parse(JSON.parse(out))
    expect(changeSet.conflicts.map((c) => [c.id, c.fields[0]?.board, c.fields[0]?.data])).toEqual([['item:a2', 'Books on the app', 'Books by phone']])
  })

  it('says when there is nothing to change', async () => {
    const { code, out } = await cli(['diff', 'board.json', 'data.json'], { 'board.json': await exportedBoardAsync(), 'data.json': exportJourney(smallJourney(), 'json') })
    expect(code).toBe(0)
    expect(out).toBe('Nothing to change: the board already shows the data.\n')
  })

  it('exits 1 for a file that is not an exported board', async () => {
    const { code, err } = await cli(['diff', 'board.json', 'data.json'], { 'board.json': '{"name":"x"}', 'data.json': exportJourney(smallJourney(), 'json') })
    expect(code).toBe(1)
    expect(err).toContain('"board.json" is not a FigJam board exported as REST JSON')
  })
})

describe('journeyboard sync', () => {
  it('writes the updated board, which reads back as the data', async () => {
    const data = retext(smallJourney(), 'a3', 'Picks up the car at the airport')
    const { code, io, out, err } = await cli(['sync', 'board.json', 'data.json', '--out', 'new.json'], {
      'board.json': await exportedBoardAsync(),
      'data.json': exportJourney(data, 'json')
    })
    expect(code).toBe(0)
    expect(out).toContain('~ item "Picks up the car at the airport" (Drive / Actions) changed')
    // A text rewritten in place: the line says the change was made, not that no node was created.
    expect(err).toBe('new.json: board "Renting a car" updated: 1 change from the data made\n')
    expect(readJourneyOf(io.files.get('new.json'))).toEqual(data)
  })

  it('says in one line what the update did, as the panel says it in English: changes made, edits kept, then what it added or removed in the terms people map in', async () => {
    const data = smallJourney()
    const removed = { ...data, items: data.items.filter((item) => item.id !== 'a3') }
    const run = await cli(['sync', 'board.json', 'data.json', '--out', 'new.json'], { 'board.json': await exportedBoardAsync('Books on the app'), 'data.json': exportJourney(removed, 'json') })
    expect(run.code).toBe(0)
    expect(run.err).toBe('new.json: board "Renting a car" updated: 1 change from the data made and 1 edit on the board kept; 1 sticky removed\n')
    const same = await cli(['sync', 'board.json', 'data.json', '--out', 'new.json'], { 'board.json': await exportedBoardAsync(), 'data.json': exportJourney(data, 'json') })
    expect(same.err).toBe('new.json: board "Renting a car" updated: nothing from the data to change\n')
  })

  it('lists the conflicts, board text vs data text, and writes nothing without --resolve', async () => {
    const files = { 'board.json': await exportedBoardAsync('Books on the app'), 'data.json': exportJourney(retext(smallJourney(), 'a2', 'Books by phone'), 'json') }
    const { code, err, io } = await cli(['sync', 'board.json', 'data.json', '--out', 'new.json'], files)
    expect(code).toBe(1)
    // The command line's words, in English as ever: the conflicts as the change set tells them.
    expect(err).toBe(
      'journeyboard sync: 1 conflict between the board and the data; choose board, data or keep-both with --resolve:\n' +
        'item:a2: item "Books on the app" (Book / Actions): text: board "Books on the app" vs data "Books by phone"\n'
    )
    expect(io.files.has('new.json')).toBe(false)
  })

  it('settles every conflict with --resolve', async () => {
    const board = await exportedBoardAsync('Books on the app')
    const data = retext(smallJourney(), 'a2', 'Books by phone')
    const run = (choice: string) => cli(['sync', 'board.json', 'data.json', '--out', 'new.json', '--resolve', choice], { 'board.json': board, 'data.json': exportJourney(data, 'json') })

    const byBoard = await run('board')
    expect(byBoard.code).toBe(0)
    expect(readJourneyOf(byBoard.io.files.get('new.json'))).toEqual(retext(data, 'a2', 'Books on the app'))
    const byData = await run('data')
    expect(readJourneyOf(byData.io.files.get('new.json'))).toEqual(data)
    const both = await run('keep-both')
    expect(both.out).not.toContain('choose board, data or keep-both')
    expect(both.out).toContain('Conflicts, resolved (1):')
    const texts = readJourneyOf(both.io.files.get('new.json')).items.filter((i) => i.id.startsWith('a2')).map((i) => [i.id, i.text])
    expect(texts).toEqual([
      ['a2', 'Books on the app'],
      ['a2-data', 'Books by phone']
    ])
  })

  it('exits 2 without --out or with an unknown --resolve', async () => {
    const files = { 'board.json': await exportedBoardAsync(), 'data.json': exportJourney(smallJourney(), 'json') }
    expect((await cli(['sync', 'board.json', 'data.json'], files)).code).toBe(2)
    const wrong = await cli(['sync', 'board.json', 'data.json', '--out', 'new.json', '--resolve', 'mine'], files)
    expect(wrong.code).toBe(2)
    expect(wrong.err).toContain('--resolve must be one of board, data or keep-both, got "mine"')
  })

  it('is listed in the help', async () => {
    const { out } = await cli(['help'], {})
    expect(out).toContain('journeyboard diff <board.json> <journey-file>')
    expect(out).toContain('journeyboard sync <board.json> <journey-file> --out <new-board.json>')
  })
})
