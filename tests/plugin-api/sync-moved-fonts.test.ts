import { describe, expect, it } from 'vitest'

import { createFigJamEmulator, type FigJamEmulator } from '../../src/emulator'
import type { Journey } from '../../src/model'
import { syncBoardAsync } from '../../src/plugin-api/sync-board'
import { syncPreviewAsync } from '../../src/plugin-api/sync-preview'
import { drawAsync, itemSticky, readBothWaysAsync, stageSection } from '../reader/generated-board'
import { boardOf, dropInto, noYield, readSyncedAsync, syncAsync } from '../sync/sync-board-helpers'
import { changeItem, smallJourney } from '../sync/sync-fixtures'

const HAND: FontName = { family: 'Figma Hand', style: 'Regular' }
const HAND_BOLD: FontName = { family: 'Figma Hand', style: 'Bold' }
const BOLD: FontName = { family: 'Inter', style: 'Bold' }

/**
 * An update puts existing nodes into other sections without changing their words: what people made
 * moves along with its sticky or out of a stage the data removed, and the plugin's own stickies go
 * back into the section their cell is in. Figma's plugin guide (gotchas.md): font loading "is also
 * required for any operation on nodes that contain unloaded fonts — appendChild, insertChild"; a
 * section carries the text inside it along, and a table the text of its cells. The fonts here came
 * from a person's editor: the plugin drew the board and never loaded them.
 */
describe('an update that moves text in fonts the plugin never loaded', () => {
  async function boardAsync(): Promise<{ emulator: FigJamEmulator; journey: Journey }> {
    const journey = smallJourney()
    return { emulator: await drawAsync(journey, createFigJamEmulator({ recordUndo: true })), journey }
  }

  it('moves a group people drew in a stage the data removes onto the board, with the Figma Hand text inside it, and undoes the move', async () => {
    const { emulator, journey } = await boardAsync()
    let drawn: { group: GroupNode; note: TextNode } | undefined
    emulator.editAsPerson((api) => {
      const drive = stageSection(api, 'drive')
      const note = api.createText()
      note.fontName = HAND
      note.characters = 'Ask Ann first'
      note.setRangeFontName(0, 3, HAND_BOLD) // "Ask"
      const mark = api.createShapeWithText()
      mark.resize(40, 40)
      mark.x = note.width + 8
      const group = api.group([note, mark], drive)
      // Below the stickies, on none of them: it goes with its stage section.
      group.x = 20
      group.y = drive.height - 60
      drawn = { group, note }
    })
    const { group, note } = drawn!
    emulator.checkpoint()
    const driveId = stageSection(emulator.api, 'drive').id
    const data: Journey = { ...journey, stages: journey.stages.filter((s) => s.id !== 'drive'), items: journey.items.filter((i) => i.stageId !== 'drive') }
    emulator.resetCounters()
    const summary = await syncAsync(emulator, data)

    expect(summary.counts.moved).toBe(1)
    expect(group.parent?.id).toBe(boardOf(emulator).id)
    expect(note.parent?.id).toBe(group.id)
    expect(emulator.fontLoads).toContainEqual(HAND)
    expect(emulator.fontLoads).toContainEqual(HAND_BOLD)
    expect(note.characters).toBe('Ask Ann first')
    expect(note.getRangeFontName(0, 3)).toEqual(HAND_BOLD)
    expect((await readBothWaysAsync(emulator)).journey).toEqual(data)
    // Undoing the update in FigJam puts the group back into the stage, the text still inside it.
    expect(emulator.undo()).toBe(true)
    const back = (await emulator.api.getNodeByIdAsync(group.id)) as GroupNode
    expect(back.parent?.id).toBe(driveId)
    expect(back.children.map((child) => child.id)).toContain(note.id)
  })

  it('moves a group people put on a sticky to the stage its item moves to, with the Figma Hand text inside it', async () => {
    const { emulator, journey } = await boardAsync()
    const sticky = itemSticky(emulator.api, 'a1').absoluteBoundingBox!
    let drawn: { group: GroupNode; note: TextNode } | undefined
    emulator.editAsPerson((api) => {
      const note = api.createText()
      note.fontName = HAND
      note.characters = 'Ask Ann first'
      const mark = api.createShapeWithText()
      mark.resize(40, 40)
      mark.x = note.width + 8
      const group = api.group([note, mark], stageSection(api, 'plan'))
      // Its centre on the sticky's: it goes where the sticky goes.
      group.x = sticky.x - stageSection(api, 'plan').absoluteBoundingBox!.x + (sticky.width - group.width) / 2
      group.y = sticky.y - stageSection(api, 'plan').absoluteBoundingBox!.y + (sticky.height - group.height) / 2
      drawn = { group, note }
    })
    const { group, note } = drawn!
    const data = changeItem(journey, 'a1', (item) => ({ ...item, stageId: 'book' }))
    emulator.resetCounters()
    await syncAsync(emulator, data)

    expect(group.parent?.id).toBe(stageSection(emulator.api, 'book').id)
    expect(note.parent?.id).toBe(group.id)
    expect(emulator.fontLoads).toContainEqual(HAND)
    expect(note.characters).toBe('Ask Ann first')
    expect((await readBothWaysAsync(emulator)).journey).toEqual(data)
  })

  it('moves a table people put on a sticky to the stage its item moves to, with the Figma Hand text of its cells', async () => {
    const { emulator, journey } = await boardAsync()
    const sticky = itemSticky(emulator.api, 'a1').absoluteBoundingBox!
    let table: TableNode | undefined
    emulator.editAsPerson((api) => {
      const made = api.createTable(2, 2)
      made.cellAt(0, 0).text.fontName = HAND
      made.cellAt(0, 0).text.characters = 'Cost'
      made.cellAt(1, 1).text.characters = '40'
      // Its centre on the sticky's: it goes where the sticky goes.
      dropInto(stageSection(api, 'plan'), made, { x: sticky.x + (sticky.width - made.width) / 2, y: sticky.y + (sticky.height - made.height) / 2 })
      table = made
    })
    const data = changeItem(journey, 'a1', (item) => ({ ...item, stageId: 'book' }))
    emulator.resetCounters()
    await syncAsync(emulator, data)

    expect(table!.parent?.id).toBe(stageSection(emulator.api, 'book').id)
    expect(emulator.fontLoads).toContainEqual(HAND)
    expect(table!.cellAt(0, 0).text.characters).toBe('Cost')
    expect(table!.cellAt(0, 0).text.fontName).toEqual(HAND)
    const moved = itemSticky(emulator.api, 'a1').absoluteBoundingBox!
    const box = table!.absoluteBoundingBox!
    expect([box.x + box.width / 2, box.y + box.height / 2]).toEqual([moved.x + moved.width / 2, moved.y + moved.height / 2])
    expect((await readBothWaysAsync(emulator)).journey).toEqual(data)
  })

  it('reads the fonts of a sticky it moves to another stage once, through the text sublayer the reading asked for, and where it was from the reading', async () => {
    const { emulator, journey } = await boardAsync()
    const sticky = itemSticky(emulator.api, 'a1')
    emulator.editAsPerson(() => sticky.text.setRangeFontName(0, 5, HAND_BOLD)) // "Looks"
    const data = changeItem(journey, 'a1', (item) => ({ ...item, stageId: 'book' }))
    // The reading asks each sticky, shape and connector for its text sublayer once, and each section for its children; this update makes none.
    const sublayers = emulator.api.currentPage.findAllWithCriteria({ types: ['STICKY', 'SHAPE_WITH_TEXT', 'CONNECTOR'] }).length
    const sections = emulator.api.currentPage.findAllWithCriteria({ types: ['SECTION'] }).length
    emulator.resetCounters()
    await syncAsync(emulator, data)
    const reads = new Map(emulator.traffic.reads)

    expect(sticky.parent?.id).toBe(stageSection(emulator.api, 'book').id)
    expect(emulator.fontLoads).toContainEqual(HAND_BOLD)
    expect(reads.get('text')).toBe(sublayers)
    expect(reads.get('text.fontName')).toBe(1)
    expect(emulator.traffic.calls.get('text.getStyledTextSegments')).toBe(1)
    // Its fonts are mixed, so its font size is taken from the plan, never read, compared in full or not
    // (an unformatted sticky's, which a full compare reads, is in sync-board.test.ts).
    expect(reads.get('text.fontSize')).toBeUndefined()
    // The section it leaves, and its place there for undoing, come from the reading: each section's children read once, and the
    // page's twice (finding the board here, reading it there).
    expect(reads.get('parent')).toBeUndefined()
    expect(reads.get('children')).toBe(sections + 2)
    expect(sticky.text.characters).toBe('Looks for cars')
    expect(sticky.text.getRangeFontName(0, 5)).toEqual(HAND_BOLD)
    expect(await readSyncedAsync(emulator)).toEqual(data)
  })

  it('puts a sticky people dragged out of its stage section back into it, its words and their bold kept, though its item and tag stay as they were', async () => {
    const { emulator, journey } = await boardAsync()
    const sticky = itemSticky(emulator.api, 'a1')
    emulator.editAsPerson(() => {
      sticky.text.setRangeFontName(0, 5, BOLD) // "Looks"
      // Still in its cell, but a child of the board section now.
      const box = sticky.absoluteBoundingBox!
      dropInto(boardOf(emulator), sticky, { x: box.x, y: box.y })
    })
    const data = changeItem(journey, 'a3', (item) => ({ ...item, text: 'Picks up the car at the airport' }))
    emulator.resetCounters()
    const summary = await syncAsync(emulator, data)

    expect(summary.changeSet.changes.map((change) => change.id)).toEqual(['item:a3'])
    expect(sticky.parent?.id).toBe(stageSection(emulator.api, 'plan').id)
    expect(emulator.fontLoads).toContainEqual(BOLD)
    expect(sticky.text.characters).toBe('Looks for cars')
    expect(sticky.text.getRangeFontName(0, 5)).toEqual(BOLD)
    expect(await readSyncedAsync(emulator)).toEqual(data)
  })

  describe('after a review, when people retyped a formatted sticky it moves', () => {
    // The review's reading is what the update applies against; the words of a sticky it only moves
    // are not compared again, so they may be longer or shorter than the reading found them.
    async function reviewedMoveAsync(retype: (sticky: StickyNode) => void): Promise<{ emulator: FigJamEmulator; sticky: StickyNode; data: Journey }> {
      const { emulator, journey } = await boardAsync()
      const sticky = itemSticky(emulator.api, 'a1')
      emulator.editAsPerson(() => sticky.text.setRangeFontName(0, 5, BOLD)) // "Looks"
      const data = changeItem(journey, 'a1', (item) => ({ ...item, stageId: 'book' }))
      const preview = await syncPreviewAsync(emulator.api, undefined, data)
      if (!preview.ok) throw new Error(JSON.stringify(preview.problems))
      emulator.editAsPerson(() => retype(sticky))
      const result = await syncBoardAsync(emulator.api, boardOf(emulator).id, data, {}, { ...noYield, reviewed: preview.value.review })
      if (!result.ok) throw new Error(JSON.stringify(result.problems))
      return { emulator, sticky, data }
    }

    it('loads the font of words typed after the words it read before moving the sticky', async () => {
      const { emulator, sticky } = await reviewedMoveAsync((node) => {
        node.text.characters = 'Looks for cars now'
        node.text.setRangeFontName(0, 5, BOLD)
        node.text.setRangeFontName(15, 18, HAND_BOLD)
      })
      expect(sticky.parent?.id).toBe(stageSection(emulator.api, 'book').id)
      expect(emulator.fontLoads).toContainEqual(HAND_BOLD)
      expect(sticky.text.characters).toBe('Looks for cars now')
      expect(sticky.text.getRangeFontName(15, 18)).toEqual(HAND_BOLD)
    })

    it('moves it when its words are shorter than the words it read', async () => {
      const { emulator, sticky } = await reviewedMoveAsync((node) => {
        node.text.characters = 'Looks ok'
        node.text.setRangeFontName(5, 8, HAND)
      })
      expect(sticky.parent?.id).toBe(stageSection(emulator.api, 'book').id)
      expect(emulator.fontLoads).toContainEqual(HAND)
      expect(sticky.text.characters).toBe('Looks ok')
      expect(sticky.text.getRangeFontName(0, 5)).toEqual(BOLD)
      expect(sticky.text.getRangeFontName(5, 8)).toEqual(HAND)
    })
  })
})

