import { describe, expect, it } from 'vitest'

import { HEADING_FONT, STAGE_HEADING_FONT_SIZE } from '../../src/layout'
import { heightsOnBoard, textHeightsToStore } from '../../src/plugin-api/heights-on-board'
import { readLiveBoardAsync } from '../../src/plugin-api/read-live-board'
import { TAG_KEY, TAG_NAMESPACE } from '../../src/plugin-data/board-tags'
import { readSyncState } from '../../src/sync/read-sync-state'
import { drawAsync, taggedNode, templateJourney } from '../reader/generated-board'
import { boardOf } from '../sync/sync-board-helpers'

describe('heightsOnBoard', () => {
  it('should answer for a heading with the node the board binds to its key, not a copy people set larger', async () => {
    const journey = templateJourney('workshop-swimlane')
    const stage = journey.stages[0]!
    const emulator = await drawAsync(journey)
    const { api } = emulator
    const heading = taggedNode<TextNode>(api, { key: `stage:${stage.id}:heading` })
    // A copy, as FigJam pastes one: the same words, width and plugin data, in a larger size, after the original.
    await api.loadFontAsync(HEADING_FONT)
    const copy = api.createText()
    copy.fontName = HEADING_FONT
    copy.characters = heading.characters
    copy.fontSize = STAGE_HEADING_FONT_SIZE * 2
    copy.textAutoResize = 'HEIGHT'
    copy.resize(heading.width, copy.height)
    copy.setSharedPluginData(TAG_NAMESPACE, TAG_KEY, heading.getSharedPluginData(TAG_NAMESPACE, TAG_KEY))
    heading.parent!.appendChild(copy)
    expect(copy.height).toBeGreaterThan(heading.height)

    const live = await readLiveBoardAsync(api, 'page')
    if (!live.ok) throw new Error(JSON.stringify(live.problems))
    const state = readSyncState(live.value.snapshot, boardOf(emulator).id)
    if (!state.ok) throw new Error(JSON.stringify(state.problems))
    const request = { kind: 'text' as const, key: `stage:${stage.id}:heading`, text: heading.characters, font: HEADING_FONT, fontSize: STAGE_HEADING_FONT_SIZE, width: heading.width }

    expect(state.value.nodeOfKey.get(request.key)?.id).toBe(heading.id)
    expect(heightsOnBoard(state.value, true, state.value.textHeights)(request)).toBe(heading.height)
  })

  it('should answer for no text node of a board an older layout drew', async () => {
    const journey = templateJourney('workshop-swimlane')
    const stage = journey.stages[0]!
    const emulator = await drawAsync(journey)
    const heading = taggedNode<TextNode>(emulator.api, { key: `stage:${stage.id}:heading` })
    const live = await readLiveBoardAsync(emulator.api, 'page')
    if (!live.ok) throw new Error(JSON.stringify(live.problems))
    const state = readSyncState(live.value.snapshot, boardOf(emulator).id)
    if (!state.ok) throw new Error(JSON.stringify(state.problems))
    const request = { kind: 'text' as const, key: `stage:${stage.id}:heading`, text: heading.characters, font: HEADING_FONT, fontSize: STAGE_HEADING_FONT_SIZE, width: heading.width }
    // The board's stored heights (state.textHeights, from the one decoding of what its section stores) still answer for the texts it drew.
    expect(state.value.textHeights).not.toEqual({})
    expect(heightsOnBoard(state.value, false, state.value.textHeights)(request)).toBe(heading.height)
    expect(heightsOnBoard({ ...state.value, nodeOfKey: new Map([...state.value.nodeOfKey].filter(([key]) => key === request.key)) }, false, {})(request)).toBeUndefined()
  })
})

describe('textHeightsToStore', () => {
  const stored = { 'title at 1259': 70, 'title at 1307': 70, heading: 40 }

  it('should keep what the board stores when it holds every height the layout used, so an update to the same data rewrites nothing', () => {
    expect(textHeightsToStore(stored, { 'title at 1307': 70, heading: 40 })).toBe(stored)
    expect(textHeightsToStore(stored, {})).toBe(stored)
  })

  it('should store the heights the layout used when one is new or measured otherwise, leaving out those it no longer uses', () => {
    const used = { 'title at 1307': 70, heading: 40, 'new lane': 27.5 }
    expect(textHeightsToStore(stored, used)).toBe(used)
    expect(textHeightsToStore(stored, { heading: 45 })).toEqual({ heading: 45 })
  })
})
