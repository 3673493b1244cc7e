import { describe, expect, it } from 'vitest'

import type { SnapshotNode } from '../../src/reader'
import type { BoardCandidate } from '../../src/reader/find-boards'
import { wantedBoards } from '../../src/reader/wanted-boards'

const node = (id: string, name = ''): SnapshotNode => ({ id, name, type: 'STICKY', parentId: null }) as unknown as SnapshotNode
const BOX = { x: 0, y: 0, width: 100, height: 100 }

/** A board: its section (none for a loose map) and the ids of what it holds. */
function board(section: SnapshotNode | null, ...members: string[]): BoardCandidate {
  return { origin: section === null ? 'hand-made' : 'generated', section, box: BOX, members: members.map((id) => node(id)) }
}

describe('wantedBoards', () => {
  it("takes a section's id before another section's name, and a name before a node's id", () => {
    const namedLikeAnId = board(node('1:1', '1:9'), '1:3')
    const withThatId = board(node('1:9', 'Onboarding'), '1:4')
    const holdingIt = board(node('1:5', 'Renewal'), '1:1')
    const wanted = wantedBoards([namedLikeAnId, holdingIt, withThatId])
    expect(wanted('1:9')).toBe(withThatId)
    expect(wanted('1:1')).toBe(namedLikeAnId)
    expect(wanted('Renewal')).toBe(holdingIt)
    // A board named after a node another board, earlier on the page, holds: the name wins.
    const holdingTheWord = board(node('1:6', 'Arrival'), '1:7')
    const namedTheWord = board(node('1:8', '1:7'))
    expect(wantedBoards([holdingTheWord, namedTheWord])('1:7')).toBe(namedTheWord)
  })

  it('takes the first board of the page order where two match alike', () => {
    const first = board(node('1:1', 'Journey'), '1:2')
    const second = board(node('1:3', 'Journey'), '1:2')
    expect(wantedBoards([first, second])('Journey')).toBe(first)
    expect(wantedBoards([first, second])('1:2')).toBe(first)
    expect(wantedBoards([second, first])('1:2')).toBe(second)
  })

  it('finds a map laid straight on the page by a node it holds, and nothing for a word no board answers to', () => {
    const loose = board(null, '2:1', '2:2')
    const wanted = wantedBoards([board(node('1:1', 'Journey')), loose])
    expect(wanted('2:2')).toBe(loose)
    expect(wanted('3:1')).toBeUndefined()
    expect(wanted('Other journey')).toBeUndefined()
  })
})
