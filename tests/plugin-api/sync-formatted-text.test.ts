import { describe, expect, it } from 'vitest'

import { drawAsync, itemSticky } from '../reader/generated-board'
import { readSyncedAsync, syncAsync } from '../sync/sync-board-helpers'
import { changeItem, smallJourney } from '../sync/sync-fixtures'

const BOLD: FontName = { family: 'Inter', style: 'Bold' }
const ITALIC: FontName = { family: 'Inter', style: 'Italic' }
const MEDIUM: FontName = { family: 'Inter', style: 'Medium' }
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
