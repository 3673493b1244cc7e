import { describe, expect, it } from 'vitest'

import { decodeBoardStore, storedPartKey, TAG_NAMESPACE } from '../../src/plugin-data/board-tags'
import { generateBoardAsync } from '../../src/plugin-api/generate-board'
import { isChangedSinceReviewProblem, isUnresolvedConflictProblem, syncBoardAsync } from '../../src/plugin-api/sync-board'
import { BoardSyncError } from '../../src/plugin-api/sync-board-error'
import { syncPreviewAsync } from '../../src/plugin-api/sync-preview'
import { createFigJamEmulator, loadRestFile } from '../../src/emulator'
import { CATALOGUES, LANGUAGES, type Language } from '../../src/i18n'
import type { Journey, Problem } from '../../src/model'
import { problemLine } from '../../ui/i18n/problem-words'
import { sizedJourney } from '../../bench/sized-journey'
import { boardProblems } from './board-invariants'
import { drawAsync, entriesOf, itemSticky, liveTag, loadFontOfAsync, readBothWaysAsync, stageSection, taggedNode, taggedNodes, templateJourney, spoken, validJourney } from '../reader/generated-board'
import { boardOf, dropInto, noYield, readSyncedAsync, syncAsync } from '../sync/sync-board-helpers'
import { changeItem, smallJourney } from '../sync/sync-fixtures'

const dataBaseStored = (data: Parameters<typeof decodeBoardStore>[0]): ReturnType<typeof decodeBoardStore>['dataBase'] => decodeBoardStore(data).dataBase

const retext = (journey: Journey, id: string, text: string): Journey => changeItem(journey, id, (item) => ({ ...item, text }))

/** A problem as the panel shows it in each of its languages: its place, then what is wrong. */
const inEveryLanguage = (found: Problem): Record<Language, string> =>
  Object.fromEntries(LANGUAGES.map((language) => [language, problemLine(found, { language, catalogue: CATALOGUES[language] })])) as Record<Language, string>

/** A section people drew by hand just right of a stage's section, as tall and wide as it. */
function sectionAfter(emulator: Awaited<ReturnType<typeof drawAsync>>, stageId: string, name: string): SectionNode {
  const last = stageSection(emulator.api, stageId)
  const extra = emulator.api.createSection()
  boardOf(emulator).appendChild(extra)
  extra.name = name
  extra.x = last.x + last.width + 48
  extra.y = last.y
  extra.resizeWithoutConstraints(last.width, last.height)
  return extra
}

describe('syncBoardAsync', () => {
  it('changes nothing when the data is what the board was drawn from', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const before = emulator.toRestFile()
    const summary = await syncAsync(emulator, journey)
    expect(summary.changeSet.changes).toEqual([])
    expect(emulator.toRestFile()).toEqual(before)
    // Generate's step only: an update that changes nothing makes no step of nothing to undo.
    expect(emulator.undoCommits).toBe(1)
  })

  it('counts what it added and removed by what each node stood for (its tag, read once): stages, lanes, stickies, links and emotion points, not swatches or badges', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const gone = new Set(['a1', 'a3', 'p2', 'f1'])
    const data = validJourney({
      ...journey,
      // The Drive stage goes with its two items; a1 takes its link along; f1 its emotion point.
      stages: journey.stages.filter((stage) => stage.id !== 'drive'),
      lanes: [...journey.lanes, { id: 'touch', name: 'Touchpoints', kind: 'touchpoints' }],
      items: [
        ...journey.items.filter((item) => !gone.has(item.id)),
        { id: 't1', stageId: 'plan', laneId: 'touch', text: 'Price comparison site' },
        { id: 'f2', stageId: 'book', laneId: 'feel', text: 'Relieved', score: 1 }
      ],
      links: [{ id: 'l2', from: 't1', to: 'a2', kind: 'sequence' }]
    })
    const summary = await syncAsync(emulator, data)
    expect(summary.counts.contentsAdded).toEqual({ stages: 0, lanes: 1, stickies: 2, links: 1, emotionPoints: 1 })
    expect(summary.counts.contentsRemoved).toEqual({ stages: 1, lanes: 0, stickies: 4, links: 1, emotionPoints: 1 })
    // The node counts hold everything else drawn or removed too (the new lane's legend entry, the stage's heading...).
    expect(summary.counts.created).toBeGreaterThan(5)
    expect(summary.counts.removed).toBeGreaterThan(7)
    expect(await readSyncedAsync(emulator)).toEqual(data)
  })

  it('moves nothing when one text changes and nothing has to move, though positions read back with floating-point dust', async () => {
    // A board of 300 items: some of its nodes read back at 567.9999999999995 where the plan says 568.
    const journey = sizedJourney(300)
    const emulator = await drawAsync(journey)
    const target = journey.items[150]!
    emulator.resetCounters()
    await syncAsync(emulator, retext(journey, target.id, target.text.replace(/[a-z]/, (letter) => (letter === 'x' ? 'y' : 'x'))))
    expect(emulator.traffic.writes.get('relativeTransform') ?? 0).toBe(0)
    expect(emulator.traffic.writes.get('text.characters')).toBeGreaterThanOrEqual(1)
  })

  it('applies a data change to the same sticky, and reads back as the data', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const sticky = itemSticky(emulator.api, 'a2')
    const data = retext(journey, 'a2', 'Books by phone, after a long wait on hold with the rental desk')
    await syncAsync(emulator, data)
    expect(itemSticky(emulator.api, 'a2').id).toBe(sticky.id)
    expect(sticky.text.characters).toBe('Books by phone, after a long wait on hold with the rental desk')
    expect(await readSyncedAsync(emulator)).toEqual(data)
  })

  it('moves an emotion point to the height of its changed score, the same node, its curve and no other point with it', async () => {
    const journey = templateJourney('car-rental')
    const emulator = await drawAsync(journey)
    const { api } = emulator
    const points = () => new Map(taggedNodes(api).flatMap((node) => (liveTag(node)?.role === 'emotion-point' ? [[liveTag(node)!.itemId!, node]] : [])))
    const before = new Map([...points()].map(([id, node]) => [id, { id: node.id, x: node.x, y: node.y }]))
    const moved = 'pickup-experience-1'
    const score = journey.items.find((item) => item.id === moved)?.score
    expect(score).toBeLessThan(journey.emotionScale.max)
    const data = changeItem(journey, moved, (item) => ({ ...item, score: journey.emotionScale.max }))
    await syncAsync(emulator, data)

    const after = points()
    expect(after.get(moved)?.id).toBe(before.get(moved)?.id)
    expect(after.get(moved)!.y).toBeLessThan(before.get(moved)!.y)
    expect(after.get(moved)!.x).toBe(before.get(moved)!.x)
    // Exactly where a board drawn from the new data puts it.
    const fresh = await drawAsync(data)
    const drawn = taggedNode(fresh.api, { role: 'emotion-point', itemId: moved })
    expect([after.get(moved)!.x, after.get(moved)!.y]).toEqual([drawn.x, drawn.y])
    for (const [id, node] of after) if (id !== moved) expect([node.x, node.y], id).toEqual([before.get(id)!.x, before.get(id)!.y])
    // Its curve's two segments still end on it, so the line follows the point.
    const segments = taggedNodes(api).filter((node): node is ConnectorNode => node.type === 'CONNECTOR' && liveTag(node)?.role === 'emotion-line')
    const ends = segments.flatMap((line) => [line.connectorStart, line.connectorEnd]).filter((end) => 'endpointNodeId' in end && end.endpointNodeId === after.get(moved)?.id)
    expect(ends).toHaveLength(2)
    expect(await readSyncedAsync(emulator)).toEqual(data)
  })

  it("gives a sticky moved into another lane that lane's colour, and keeps a colour people chose", async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const moved = itemSticky(emulator.api, 'a2')
    const recoloured = itemSticky(emulator.api, 'a3')
    const painFill = JSON.stringify(itemSticky(emulator.api, 'p1').fills)
    expect(JSON.stringify(moved.fills)).not.toBe(painFill)
    recoloured.fills = [{ type: 'SOLID', color: { r: 1, g: 168 / 255, b: 219 / 255 } }]
    const chosen = JSON.stringify(recoloured.fills)
    const data = changeItem(changeItem(journey, 'a2', (item) => ({ ...item, laneId: 'pains' })), 'a3', (item) => ({ ...item, laneId: 'pains' }))
    await syncAsync(emulator, data)
    expect(JSON.stringify(itemSticky(emulator.api, 'a2').fills)).toBe(painFill)
    expect(JSON.stringify(itemSticky(emulator.api, 'a3').fills)).toBe(chosen)
  })

  it('keeps a text people edited on the board when the data did not change it', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const sticky = itemSticky(emulator.api, 'p2')
    await loadFontOfAsync(emulator.api, sticky.text)
    sticky.text.characters = 'Long queue at the desk'
    const data: Journey = { ...journey, title: 'Renting a car in Spain' }
    await syncAsync(emulator, data)
    expect(await readSyncedAsync(emulator)).toEqual(retext(data, 'p2', 'Long queue at the desk'))
  })

  it('refuses to run with an unresolved conflict, naming both texts', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const sticky = itemSticky(emulator.api, 'a2')
    await loadFontOfAsync(emulator.api, sticky.text)
    sticky.text.characters = 'Books on the app'
    const before = emulator.toRestFile()
    const result = await syncBoardAsync(emulator.api, boardOf(emulator).id, retext(journey, 'a2', 'Books by phone'), {}, noYield)
    expect(result.ok).toBe(false)
    if (result.ok) return
    // As data: the conflict, its field, and both values as the journey file writes them.
    expect(result.problems).toEqual([
      {
        path: 'item:a2',
        message: 'needs a resolution (board, data or keep-both): "text" is "Books on the app" on the board, "Books by phone" in the data',
        code: 'needs-resolution',
        params: { field: 'text', board: '"Books on the app"', data: '"Books by phone"' }
      }
    ])
    expect(result.problems.every(isUnresolvedConflictProblem)).toBe(true)
    expect(inEveryLanguage(result.problems[0]!)).toEqual({
      en: 'item:a2: needs a resolution (board, data or keep-both): "text" is "Books on the app" on the board, "Books by phone" in the data',
      fr: 'item:a2\u00a0: attend votre choix (tableau, données ou garder les deux)\u00a0: «\u00a0text\u00a0» vaut "Books on the app" sur le tableau, "Books by phone" dans les données',
      da: 'item:a2: skal afgøres (tavle, data eller behold begge): »text« er "Books on the app" på tavlen, "Books by phone" i data',
      ru: 'item:a2: нужно выбрать решение (доска, данные или оставить оба): «text» — "Books on the app" на доске, "Books by phone" в данных',
      'zh-Hans': 'item:a2：需要选择处理方式（画板、数据或两者都保留）：“text”在画板上为 "Books on the app"，在数据中为 "Books by phone"'
    })
    expect(emulator.toRestFile()).toEqual(before)
  })

  it('refuses to run while something deleted on the board was changed in the data, naming the data’s value', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    itemSticky(emulator.api, 'a2').remove()
    const before = emulator.toRestFile()
    const result = await syncBoardAsync(emulator.api, boardOf(emulator).id, retext(journey, 'a2', 'Books by phone'), {}, noYield)
    if (result.ok) throw new Error('the update ran with a conflict open')
    expect(result.problems).toEqual([
      {
        path: 'item:a2',
        message: 'needs a resolution (board, data or keep-both): deleted on the board, while its "text" became "Books by phone" in the data',
        code: 'needs-resolution-deleted',
        params: { field: 'text', data: '"Books by phone"' }
      }
    ])
    expect(result.problems.every(isUnresolvedConflictProblem)).toBe(true)
    expect(inEveryLanguage(result.problems[0]!)).toEqual({
      en: 'item:a2: needs a resolution (board, data or keep-both): deleted on the board, while its "text" became "Books by phone" in the data',
      fr: 'item:a2\u00a0: attend votre choix (tableau, données ou garder les deux)\u00a0: supprimé sur le tableau, alors que son champ «\u00a0text\u00a0» est devenu "Books by phone" dans les données',
      da: 'item:a2: skal afgøres (tavle, data eller behold begge): slettet på tavlen, mens dens »text« er blevet "Books by phone" i data',
      ru: 'item:a2: нужно выбрать решение (доска, данные или оставить оба): удалено на доске, а в данных «text» стало "Books by phone"',
      'zh-Hans': 'item:a2：需要选择处理方式（画板、数据或两者都保留）：已在画板上删除，而数据中的“text”已改为 "Books by phone"'
    })
    expect(emulator.toRestFile()).toEqual(before)
  })

  it('reads neither the font size nor the text colour of a sticky and its flag it only moves to another stage: their look follows from what they stand for, not their cell', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const data = changeItem(journey, 'p1', (item) => ({ ...item, stageId: 'drive' }))
    emulator.resetCounters()
    await syncAsync(emulator, data)

    expect(itemSticky(emulator.api, 'p1').parent?.id).toBe(stageSection(emulator.api, 'drive').id)
    expect(emulator.traffic.reads.get('text.fontSize')).toBeUndefined()
    expect(emulator.traffic.reads.get('text.fills')).toBeUndefined()
    expect(await readSyncedAsync(emulator)).toEqual(data)
  })

  it('adds a stage and items, and moves the stickies after it without recreating them', async () => {
    const journey = templateJourney('workshop-swimlane')
    const emulator = await drawAsync(journey)
    const ids = new Map(journey.items.map((item) => [item.id, itemSticky(emulator.api, item.id).id]))
    const first = journey.stages[0]!
    const data: Journey = {
      ...journey,
      stages: [{ id: 'prepare', name: 'Prepare', description: 'Before anything breaks' }, ...journey.stages],
      items: [...journey.items, { id: 'prepare-1', stageId: 'prepare', laneId: 'customer', text: 'Reads the manual', momentOfTruth: false }]
    }
    const summary = await syncAsync(emulator, data)
    expect(summary.changeSet.changes.map((c) => c.id)).toEqual(['stage:prepare', 'item:prepare-1'])
    for (const [itemId, nodeId] of ids) expect(itemSticky(emulator.api, itemId).id).toBe(nodeId)
    expect(stageSection(emulator.api, 'prepare').x).toBeLessThan(stageSection(emulator.api, first.id).x)
    expect(await readSyncedAsync(emulator)).toEqual(data)
  })

  it('remembers the data it was synced from, so an edit kept once stays kept and a later data change to it is a conflict', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const sticky = itemSticky(emulator.api, 'a2')
    await loadFontOfAsync(emulator.api, sticky.text)
    sticky.text.characters = 'Books on the app'
    const first: Journey = { ...journey, title: 'Renting a car in Spain' }
    await syncAsync(emulator, first)
    expect(dataBaseStored(entriesOf(boardOf(emulator)))).toMatchObject({ ok: true })

    // The data changes elsewhere: the edit on the board is still the board's.
    const second = retext(first, 'a1', 'Compares cars')
    const kept = await syncAsync(emulator, second)
    expect(kept.changeSet.changes.map((c) => c.id)).toEqual(['item:a1'])
    expect(await readSyncedAsync(emulator)).toEqual(retext(second, 'a2', 'Books on the app'))

    // The data changes the edited text itself: that is a conflict, never a silent overwrite.
    const third = retext(second, 'a2', 'Books by phone')
    const preview = await syncPreviewAsync(emulator.api, boardOf(emulator).id, third)
    expect(preview.ok && preview.value.changeSet.conflicts).toMatchObject([
      { id: 'item:a2', fields: [{ field: 'text', base: 'Books online', board: 'Books on the app', data: 'Books by phone' }] }
    ])

    // Once the board shows exactly the data, the base goes.
    await syncAsync(emulator, third, { 'item:a2': 'data' })
    expect(dataBaseStored(entriesOf(boardOf(emulator)))).toBeUndefined()
    expect(await readSyncedAsync(emulator)).toEqual(third)
  })

  it('updates a board wherever it was moved on the page', async () => {
    const journey = templateJourney('ikea')
    const emulator = await drawAsync(journey)
    const board = boardOf(emulator)
    board.x += 1234.5
    board.y -= 987.25
    const data = { ...journey, stages: journey.stages.slice(1), items: journey.items.filter((i) => i.stageId !== journey.stages[0]!.id) }
    await syncAsync(emulator, data)
    expect(board.x).toBe(1234.5)
    expect(await readSyncedAsync(emulator)).toEqual({ ...data, links: data.links.filter((l) => data.items.some((i) => i.id === l.from) && data.items.some((i) => i.id === l.to)) })
  })

  it('updates only the board it is given when the page holds two', async () => {
    const journey = smallJourney()
    const emulator = createFigJamEmulator()
    await generateBoardAsync(emulator.api, journey, noYield)
    await generateBoardAsync(emulator.api, journey, noYield)
    const [first, second] = emulator.api.currentPage.children as SectionNode[]
    const untouched = JSON.stringify(emulator.toRestFile().document.children[0]!.children[0])
    const data = retext(journey, 'a1', 'Compares cars')
    const result = await syncBoardAsync(emulator.api, second!.id, data, {}, noYield)
    expect(result.ok).toBe(true)
    const file = emulator.toRestFile()
    expect(JSON.stringify(file.document.children[0]!.children[0])).toBe(untouched)
    const reading = await readBothWaysAsync(emulator, { nodeId: second!.id })
    expect(reading.journey).toEqual(data)
    expect(boardProblems(file, second!.id, data)).toEqual([])
    expect(first!.removed).toBe(false)
  })

  it('keeps every stage heading in step with its stage: renamed on the board, renamed in the data, or added by hand', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const { api } = emulator
    const headingOf = (stageId: string): TextNode => taggedNode<TextNode>(api, { role: 'stage', part: 'title', stageId })
    stageSection(api, 'book').name = 'Booking'
    const extra = sectionAfter(emulator, 'drive', 'Return')
    const data = { ...journey, stages: journey.stages.map((s) => (s.id === 'plan' ? { ...s, name: 'Planning the trip' } : s)) }
    await syncAsync(emulator, data)

    expect(headingOf('plan').characters).toBe('Planning the trip')
    expect(headingOf('book').characters).toBe('Booking')
    expect(headingOf('return').characters).toBe('Return')
    expect(headingOf('return').parent).toBe(extra)
    const read = await readSyncedAsync(emulator)
    expect(read.stages.map((s) => s.name)).toEqual(['Planning the trip', 'Booking', 'Drive', 'Return'])
    expect(api.currentPage.findAllWithCriteria({ types: ['SECTION'] }).filter((s) => liveTag(s)?.role === 'stage').map((s) => s.name)).toEqual(
      read.stages.map((s) => s.name)
    )
  })

  it('takes the height FigJam reported for a text only from that very text node, not from another with the same words in another font', async () => {
    // The "Pains" stage heading (bold, large) and the "Pains" legend label (regular, small) share their words and width.
    const journey = { ...smallJourney(), stages: smallJourney().stages.map((s) => (s.id === 'drive' ? { ...s, name: 'Pains' } : s)) }
    const emulator = await drawAsync(journey)
    const label = (): SceneNode => taggedNode(emulator.api, { role: 'legend', laneId: 'pains', part: 'label' })
    const drawn = { ...label().absoluteBoundingBox! }
    const data = { ...journey, title: 'Renting a car in Spain' }
    await syncAsync(emulator, data)
    expect(label().absoluteBoundingBox).toEqual(drawn)
    const file = emulator.toRestFile()
    const again = await syncAsync(emulator, data)
    expect(again.changeSet.changes).toEqual([])
    expect(emulator.toRestFile()).toEqual(file)
  })

  it("reads a blank map's cell hints as nothing, and drops a hint once its cell has a sticky", async () => {
    const blank = templateJourney('blank')
    const emulator = await drawAsync(blank)
    const { api } = emulator
    const hints = (): string[] => taggedNodes(api).filter((node) => liveTag(node)?.role === 'cell-hint').map((node) => `${liveTag(node)?.stageId} ${liveTag(node)?.laneId}`)
    expect(hints()).toHaveLength(blank.stages.length * blank.lanes.length)
    const empty = await readBothWaysAsync(emulator)
    expect(empty.journey).toEqual(blank)
    expect(empty.warnings).toEqual([])

    // A sticky put on the hint of a cell is that cell's item; the hint is no item.
    const hint = taggedNode<TextNode>(api, { role: 'cell-hint', stageId: 'choose', laneId: 'pains' })
    await api.loadFontAsync({ family: 'Inter', style: 'Medium' })
    const sticky = api.createSticky()
    dropInto(stageSection(api, 'choose'), sticky, { x: hint.absoluteBoundingBox!.x, y: hint.absoluteBoundingBox!.y })
    sticky.text.characters = 'Too many plans to compare'
    const read = await readBothWaysAsync(emulator)
    expect(read.journey.items.map((item) => [item.stageId, item.laneId, item.text])).toEqual([['choose', 'pains', 'Too many plans to compare']])

    await syncAsync(emulator, blank)
    expect(sticky.removed).toBe(false)
    expect(hints()).not.toContain('choose pains')
    expect(hints()).toHaveLength(blank.stages.length * blank.lanes.length - 1)
    expect((await readSyncedAsync(emulator)).items.map((item) => item.text)).toEqual(['Too many plans to compare'])
  })

  it('takes a section people added in the row of stages as a stage, keeping the section', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const extra = sectionAfter(emulator, 'drive', 'Return')
    await syncAsync(emulator, { ...journey, title: 'Renting a car in Spain' })
    expect(extra.removed).toBe(false)
    expect(liveTag(extra)?.stageId).toBe('return')
    const read = await readSyncedAsync(emulator)
    expect(read.stages.map((s) => [s.id, s.name])).toEqual([
      ['plan', 'Plan'],
      ['book', 'Book'],
      ['drive', 'Drive'],
      ['return', 'Return']
    ])
  })

  it('takes an unnamed section people added before the stages as a stage under the name the reader gives it', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const { api } = emulator
    const first = stageSection(api, 'plan')
    const extra = api.createSection()
    boardOf(emulator).appendChild(extra)
    extra.name = ''
    extra.x = first.x - first.width - 48
    extra.y = first.y
    extra.resizeWithoutConstraints(first.width, first.height)
    const sections = api.currentPage.findAllWithCriteria({ types: ['SECTION'] }).length
    await syncAsync(emulator, { ...journey, title: 'Renting a car in Spain' })
    expect(extra.removed).toBe(false)
    expect(liveTag(extra)?.stageId).toBe('stage-4')
    // No second section is drawn for it.
    expect(api.currentPage.findAllWithCriteria({ types: ['SECTION'] })).toHaveLength(sections)
    const read = await readSyncedAsync(emulator)
    expect(read.stages.map((s) => [s.id, s.name])).toEqual([
      ['stage-4', 'Stage 4'],
      ['plan', 'Plan'],
      ['book', 'Book'],
      ['drive', 'Drive']
    ])
  })

  it('measures in FigJam only the texts the update changes: the others keep the heights FigJam reported when they were drawn', async () => {
    const journey = templateJourney('car-rental')
    const emulator = await drawAsync(journey)
    const item = journey.items.find((candidate) => candidate.text.length > 20)!
    emulator.resetCounters()
    await syncAsync(emulator, retext(journey, item.id, `${item.text} (revised)`))
    // The reworded sticky only: no text, lane label, marker or title is measured again.
    expect(emulator.traffic.calls.get('createText') ?? 0).toBe(0)
    expect(emulator.traffic.calls.get('createSticky') ?? 0).toBe(1)

    // A renamed lane's label is a text in a shape: its height cannot be read off the board, so it is measured.
    const lane = journey.lanes[0]!
    const renamed = { ...retext(journey, item.id, `${item.text} (revised)`), lanes: journey.lanes.map((l) => (l.id === lane.id ? { ...l, name: 'Everything the customer does' } : l)) }
    emulator.resetCounters()
    await syncAsync(emulator, renamed)
    expect(emulator.traffic.calls.get('createText') ?? 0).toBeGreaterThan(0)
    expect(emulator.traffic.calls.get('createSticky') ?? 0).toBe(0)
    expect(await readSyncedAsync(emulator)).toEqual(renamed)
    expect(boardProblems(emulator.toRestFile(), boardOf(emulator).id, renamed)).toEqual([])
  })

  it('loads the font of a text it refits at a new width, though its height there is known and its words stay ([T] textAutoResize needs it)', async () => {
    // Three stages named alike, the first a sticky wide and the others three: the board stores the
    // heading's height at both widths, so two stickies moving to the first stage refit two headings
    // (one wider, one narrower) with nothing to measure and no text written.
    const base = smallJourney()
    const extra = (stageId: string, ids: string[]) => ids.map((id) => ({ id, stageId, laneId: 'actions', text: `Compares offers ${id}`, momentOfTruth: false }))
    const journey: Journey = { ...base, stages: base.stages.map((stage) => ({ ...stage, name: 'Plan' })), items: [...base.items, ...extra('book', ['b4', 'b5']), ...extra('drive', ['d4', 'd5'])] }
    const drawn = await drawAsync(journey)
    // Another session: FigJam has loaded no font for it yet.
    const emulator = loadRestFile(drawn.toRestFile())
    emulator.resetCounters()
    const moved = { ...journey, items: journey.items.map((item) => (item.id === 'd4' || item.id === 'd5' ? { ...item, stageId: 'plan' } : item)) }
    await syncAsync(emulator, moved)
    expect(emulator.traffic.calls.get('createText') ?? 0).toBe(0)
    // The headings' Bold; Medium for the moved stickies, re-tagged and so compared in full.
    expect(emulator.fontLoads.map((font) => font.style).sort()).toEqual(['Bold', 'Medium'])
    expect(await readSyncedAsync(emulator)).toEqual(moved)
  })

  it('reports progress and yields between chunks', async () => {
    const journey = templateJourney('car-rental')
    const emulator = await drawAsync(journey)
    const progress: [number, number][] = []
    let yields = 0
    const result = await syncBoardAsync(emulator.api, boardOf(emulator).id, { ...journey, title: 'Renting a car in the USA' }, {}, {
      chunkSize: 50,
      yieldAsync: async () => {
        yields += 1
      },
      onProgress: (done, total) => progress.push([done, total])
    })
    expect(result.ok).toBe(true)
    const total = progress[0]![1]
    expect(total).toBeGreaterThan(100)
    expect(progress.map(([done]) => done)).toEqual([...Array.from({ length: Math.floor(total / 50) }, (_, i) => (i + 1) * 50), total])
    expect(yields).toBe(Math.floor(total / 50))
  })

  it('returns a problem for a board the plugin did not draw, and for an invalid journey', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const sticky = itemSticky(emulator.api, 'a1')
    const notABoard = await syncBoardAsync(emulator.api, 'nope', journey, {}, noYield)
    expect(notABoard).toMatchObject({ ok: false, problems: [{ path: 'board', message: expect.stringContaining('no board drawn by Journeyboard is named "nope"'), code: 'no-such-board', params: { board: 'nope' } }] })
    const invalid = await syncBoardAsync(emulator.api, boardOf(emulator).id, { ...journey, stages: [] }, {}, noYield)
    expect(!invalid.ok && invalid.problems[0]).toEqual({ path: 'journey.stages', message: 'needs at least one stage', code: 'needs-stage', params: {} })
    expect(sticky.removed).toBe(false)
  })

  it('falls back to the journey the board stores when the stored base is damaged, and says so', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const board = boardOf(emulator)
    board.setSharedPluginData(TAG_NAMESPACE, storedPartKey(0), JSON.stringify({ journey, dataBase: { ...journey, stages: [] } }))
    const summary = await syncAsync(emulator, retext(journey, 'a1', 'Compares cars'))
    expect(spoken(summary.warnings)).toEqual([{ nodeId: board.id, message: expect.stringContaining('the stored base cannot be read (dataBase.stages: needs at least one stage') }])
    // The problems it stands for as data, each by its code, for the panel to word in its language.
    expect(summary.warnings[0]).toMatchObject({ code: 'stored-base-unreadable', params: {}, causes: expect.arrayContaining([{ path: 'dataBase.stages', code: 'needs-stage', params: {}, message: 'needs at least one stage' }]) as unknown })
    expect(summary.changeSet.changes.map((c) => c.id)).toEqual(['item:a1'])
    expect(dataBaseStored(entriesOf(board))).toBeUndefined()
  })

  describe('after a review', () => {
    async function reviewAsync(emulator: Awaited<ReturnType<typeof drawAsync>>, data: Journey) {
      const preview = await syncPreviewAsync(emulator.api, undefined, data)
      if (!preview.ok) throw new Error(JSON.stringify(preview.problems))
      return preview.value.review
    }

    it('applies against the review’s reading: the board is not read again, only what the update changes is checked', async () => {
      const journey = smallJourney()
      const emulator = await drawAsync(journey)
      const data = retext(journey, 'a1', 'Compares cars')
      const reviewed = await reviewAsync(emulator, data)
      const boardId = boardOf(emulator).id
      emulator.resetCounters()
      const result = await syncBoardAsync(emulator.api, boardId, data, {}, { ...noYield, reviewed })
      expect(result.ok).toBe(true)
      const reads = [...emulator.traffic.reads.values()].reduce((a, b) => a + b, 0)
      const nodes = emulator.api.currentPage.findAll().length
      // A reading would ask for every node's type, box and tag; the check asks about the one sticky that changes.
      expect(emulator.traffic.reads.get('type') ?? 0).toBe(0)
      expect(reads).toBeLessThan(nodes)
      expect(await readSyncedAsync(emulator)).toEqual(data)
    })

    it('changes nothing when what it would change was changed since, and says the board changed', async () => {
      const journey = smallJourney()
      const emulator = await drawAsync(journey)
      const data = retext(journey, 'a1', 'Compares cars')
      const reviewed = await reviewAsync(emulator, data)
      const sticky = itemSticky(emulator.api, 'a1')
      await loadFontOfAsync(emulator.api, sticky.text)
      sticky.text.characters = 'Compares three rental sites'
      const before = emulator.toRestFile()
      const result = await syncBoardAsync(emulator.api, boardOf(emulator).id, data, {}, { ...noYield, reviewed })
      if (result.ok) throw new Error('the update ran on a board changed since its review')
      expect(result.problems.some(isChangedSinceReviewProblem)).toBe(true)
      // Which node changed and how, as data, worded in each language.
      expect(result.problems).toEqual([
        { path: 'board', code: 'changed-since-review', params: { change: 'text', node: sticky.id }, message: `the board changed since it was compared (the text of object ${sticky.id} was changed): compare again` }
      ])
      expect(inEveryLanguage(result.problems[0]!)).toEqual({
        en: `board: the board changed since it was compared (the text of object ${sticky.id} was changed): compare again`,
        fr: `board\u00a0: le tableau a changé depuis la comparaison (le texte de l’élément ${sticky.id} a été modifié)\u00a0: comparez à nouveau`,
        da: `board: tavlen er ændret, siden den blev sammenlignet (teksten i elementet ${sticky.id} er ændret): sammenlign igen`,
        ru: `board: доска изменилась после сравнения (изменён текст объекта ${sticky.id}): сравните снова`,
        'zh-Hans': `board：比较之后画板又有变化（对象 ${sticky.id} 的文字已更改）：请重新比较`
      })
      expect(emulator.toRestFile()).toEqual(before)
    })

    it('changes nothing when a node it would change or remove was deleted since', async () => {
      const journey = smallJourney()
      const emulator = await drawAsync(journey)
      const data = retext(journey, 'a1', 'Compares cars')
      const reviewed = await reviewAsync(emulator, data)
      const removed = itemSticky(emulator.api, 'a1')
      removed.remove()
      const before = emulator.toRestFile()
      const result = await syncBoardAsync(emulator.api, boardOf(emulator).id, data, {}, { ...noYield, reviewed })
      expect(!result.ok && result.problems.some(isChangedSinceReviewProblem)).toBe(true)
      expect(!result.ok && result.problems[0]?.params).toEqual({ change: 'deleted', node: removed.id })
      expect(emulator.toRestFile()).toEqual(before)
    })

    /**
     * Rewords a1 after a review (`prepare` runs first, as a person's edit), arms the emulator to fail
     * the update's `call`, and updates; expects the update to fail before its first change with the
     * board as it was.
     */
    async function expectFailsBeforeFirstChangeAsync(call: string, prepare: (emulator: Awaited<ReturnType<typeof drawAsync>>) => void = () => undefined) {
      const journey = smallJourney()
      const emulator = await drawAsync(journey)
      prepare(emulator)
      const data = retext(journey, 'a1', 'Compares cars')
      const reviewed = await reviewAsync(emulator, data)
      const before = emulator.toRestFile()
      emulator.armFailure({ name: call, nth: 1 })
      const outcome = await syncBoardAsync(emulator.api, boardOf(emulator).id, data, {}, { ...noYield, reviewed }).catch((error: unknown) => error)
      expect(outcome).toBeInstanceOf(BoardSyncError)
      expect((outcome as BoardSyncError).restored).toBe(true)
      expect((outcome as BoardSyncError).problem).toMatchObject({ code: 'sync-failed', params: { where: 'before the first change', error: `Emulated failure: call 1 of ${call} (failOnCall)` } })
      expect(emulator.toRestFile()).toEqual(before)
    }

    it('changes nothing and says it put everything back when reading a node for the check fails for another reason than its deletion', async () => {
      // The check's first call: the board section's tag, read again to see whether another update came in between.
      await expectFailsBeforeFirstChangeAsync('getSharedPluginData')
    })

    it('changes nothing and says it put everything back when reading the fonts of a text it will change fails', async () => {
      // Formatted by hand, so the update reads the text's fonts run by run before changing it.
      await expectFailsBeforeFirstChangeAsync('text.getStyledTextSegments', (emulator) =>
        emulator.editAsPerson(() => itemSticky(emulator.api, 'a1').text.setRangeFontName(0, 5, { family: 'Inter', style: 'Bold' }))
      )
    })

    it('goes ahead when people changed only what it leaves alone, and keeps their change', async () => {
      const journey = smallJourney()
      const emulator = await drawAsync(journey)
      const data = retext(journey, 'a1', 'Compares cars')
      const reviewed = await reviewAsync(emulator, data)
      const other = itemSticky(emulator.api, 'a2')
      await loadFontOfAsync(emulator.api, other.text)
      other.text.characters = 'Books on the app'
      const result = await syncBoardAsync(emulator.api, boardOf(emulator).id, data, {}, { ...noYield, reviewed })
      expect(result.ok).toBe(true)
      expect(await readSyncedAsync(emulator)).toEqual(retext(data, 'a2', 'Books on the app'))
    })
  })
})

describe('an update that only recolours a sticky', () => {
  it('is one undo step, and undoing it puts the board back as drawn', async () => {
    const emulator = createFigJamEmulator({ recordUndo: true })
    const journey = templateJourney('workshop-swimlane')
    await generateBoardAsync(emulator.api, journey, noYield)
    const drawn = emulator.toRestFile()
    const item = journey.items.find((entry) => entry.activityTypeId === 'assessment')!
    const sticky = emulator.api.currentPage.findAll().find((node) => node.type === 'STICKY' && (node as StickyNode).text.characters === item.text) as StickyNode
    const fillBefore = JSON.stringify(sticky.fills)
    const data = { ...journey, items: journey.items.map((entry) => (entry.id === item.id ? { ...entry, activityTypeId: 'handover' } : entry)) }
    emulator.resetCounters()

    const summary = await syncAsync(emulator, data)

    expect(summary.changeSet.changes.length).toBe(1)
    expect(JSON.stringify(sticky.fills)).not.toBe(fillBefore)
    // Nothing else people see was written: the fill, and the board's stored data.
    expect([...emulator.traffic.writes.keys()].filter((kind) => kind !== 'fills')).toEqual([])
    expect(emulator.undoCommits).toBe(1)
    expect(emulator.undo()).toBe(true)
    expect(emulator.toRestFile()).toEqual(drawn)
  })
})
