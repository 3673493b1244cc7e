import { describe, expect, it } from 'vitest'

import { createFigJamEmulator, type FigJamEmulator, type RestFile } from '../../src/emulator'
import type { Journey } from '../../src/model'
import { BoardSyncError } from '../../src/plugin-api/sync-board-error'
import { syncBoardAsync } from '../../src/plugin-api/sync-board'
import { drawAsync, itemSticky, stageSection } from '../reader/generated-board'
import { boardOf, dropInto, noYield, readSyncedAsync, syncAsync } from '../sync/sync-board-helpers'
import { changeItem, smallJourney } from '../sync/sync-fixtures'

const BOLD: FontName = { family: 'Inter', style: 'Bold' }
const ITALIC: FontName = { family: 'Inter', style: 'Italic' }
const MEDIUM: FontName = { family: 'Inter', style: 'Medium' }
const HAND: FontName = { family: 'Figma Hand', style: 'Regular' }
const HAND_BOLD: FontName = { family: 'Figma Hand', style: 'Bold' }
const LINK: HyperlinkTarget = { type: 'URL', value: 'https://example.com/cars' }

/**
 * People format stickies in FigJam (bold, italic, a link); the text then has several fonts and
 * FigJam refuses to change it until every one of them is loaded ([G] edit-text.md). An update must
 * load them all, change only what the data changed, and leave the formatting of the rest alone.
 */
describe('updating a board with formatted stickies', () => {
  async function formattedBoardAsync(): Promise<{ emulator: Awaited<ReturnType<typeof drawAsync>>; journey: ReturnType<typeof smallJourney> }> {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    emulator.editAsPerson(() => {
      const looks = itemSticky(emulator.api, 'a1').text
      looks.setRangeFontName(0, 5, BOLD) // "Looks"
      looks.setRangeFontName(10, 14, ITALIC) // "cars"
      looks.setRangeHyperlink(10, 14, LINK)
      const books = itemSticky(emulator.api, 'a2').text
      books.setRangeFontName(0, 5, ITALIC) // "Books"
    })
    return { emulator, journey }
  }

  it('keeps the formatting of stickies whose text the update does not change', async () => {
    const { emulator, journey } = await formattedBoardAsync()
    const data = changeItem(journey, 'a3', (item) => ({ ...item, text: 'Picks up the car at the airport desk' }))
    await syncAsync(emulator, data)
    const looks = itemSticky(emulator.api, 'a1').text
    expect(looks.characters).toBe('Looks for cars')
    expect(looks.fontName).toBe(emulator.api.mixed)
    expect(looks.getRangeFontName(0, 5)).toEqual(BOLD)
    expect(looks.getRangeFontName(10, 14)).toEqual(ITALIC)
    expect(looks.getRangeHyperlink(10, 14)).toEqual(LINK)
    expect(itemSticky(emulator.api, 'a3').text.characters).toBe('Picks up the car at the airport desk')
    expect(await readSyncedAsync(emulator)).toEqual(data)
  })

  it('loads every font of a formatted sticky before changing its text', async () => {
    const { emulator, journey } = await formattedBoardAsync()
    const data = changeItem(journey, 'a2', (item) => ({ ...item, text: 'Books online, then calls to check' }))
    emulator.resetCounters()
    await syncAsync(emulator, data)
    expect(itemSticky(emulator.api, 'a2').text.characters).toBe('Books online, then calls to check')
    // "Books" in italic, the rest in the sticky's own Inter Medium; the bold of "Looks", whose text stays, is not needed.
    expect(emulator.fontLoads).toContainEqual(ITALIC)
    expect(emulator.fontLoads).toContainEqual(MEDIUM)
    expect(emulator.fontLoads).not.toContainEqual(BOLD)
    expect(await readSyncedAsync(emulator)).toEqual(data)
  })
})

/**
 * A note people wrote by hand on a sticky, in FigJam's hand-drawn font (Figma Hand, one word bold),
 * whose item moves to another stage: the update moves the note along into that stage's section
 * without changing its words. Figma's plugin guide (gotchas.md): font loading "is also required for
 * any operation on nodes that contain unloaded fonts — appendChild, insertChild"; undoing the move
 * inserts it back, which needs them too; the emulator refuses such a move as FigJam does. The plugin
 * drew the board and loaded its own fonts; the note's came from a person's editor, and the plugin
 * never loaded them.
 */
describe('updating a board where a note in another font moves with its sticky to another stage', () => {
  async function handwrittenNoteAsync(): Promise<{ emulator: FigJamEmulator; note: TextNode; file: RestFile; data: Journey }> {
    const journey = smallJourney()
    const emulator = await drawAsync(journey, createFigJamEmulator({ recordUndo: true }))
    const sticky = itemSticky(emulator.api, 'a1')
    const box = sticky.absoluteBoundingBox!
    let note: TextNode | undefined
    emulator.editAsPerson((api) => {
      const text = api.createText()
      text.fontName = HAND
      text.characters = 'Ask Ann first'
      text.setRangeFontName(0, 3, HAND_BOLD) // "Ask"
      dropInto(stageSection(api, 'plan'), text, { x: box.x + 20, y: box.y + 20 })
      note = text
    })
    // The person's note is an undo step of its own, before the update's.
    emulator.checkpoint()
    const data = changeItem(journey, 'a1', (item) => ({ ...item, stageId: 'book' }))
    emulator.resetCounters()
    return { emulator, note: note!, file: emulator.toRestFile(), data }
  }

  it('loads every font of the note before it moves, and moves it without touching its words', async () => {
    const { emulator, note, data } = await handwrittenNoteAsync()
    await syncAsync(emulator, data)
    expect(note.parent?.id).toBe(stageSection(emulator.api, 'book').id)
    expect(emulator.fontLoads).toContainEqual(HAND)
    expect(emulator.fontLoads).toContainEqual(HAND_BOLD)
    expect(note.characters).toBe('Ask Ann first')
    expect(note.getRangeFontName(0, 3)).toEqual(HAND_BOLD)
    expect(note.getRangeFontName(4, 13)).toEqual(HAND)
    // Undoing the update in FigJam puts the note back with its sticky.
    expect(emulator.undo()).toBe(true)
    const back = (await emulator.api.getNodeByIdAsync(note.id)) as TextNode
    expect(back.parent?.id).toBe(stageSection(emulator.api, 'plan').id)
    expect(back.getRangeFontName(0, 3)).toEqual(HAND_BOLD)
  })

  it('has loaded them when the move itself fails, and puts everything back', async () => {
    const { emulator, note, file, data } = await handwrittenNoteAsync()
    emulator.armFailure({ name: 'appendChild', nth: 1 })
    await expect(syncBoardAsync(emulator.api, boardOf(emulator).id, data, {}, noYield)).rejects.toBeInstanceOf(BoardSyncError)
    // Loaded before anything changed: the first move failed, and nothing after it ran.
    expect(emulator.fontLoads).toContainEqual(HAND)
    expect(emulator.fontLoads).toContainEqual(HAND_BOLD)
    expect(emulator.toRestFile()).toEqual(file)
    expect(note.parent?.id).toBe(stageSection(emulator.api, 'plan').id)
    expect(note.getRangeFontName(0, 3)).toEqual(HAND_BOLD)
  })
})
