import { afterEach, describe, expect, it, vi } from 'vitest'

import { createFigJamEmulator } from '../../src/emulator/create-figjam-emulator'
import { MainToUiSchema } from '../../src/messages'
import { PANEL_HEIGHT, PANEL_WIDTH, startPlugin } from '../../src/plugin/start-plugin'
import { daSandbox } from '../../src/i18n/catalogues/sandbox/da'
import { enSandbox } from '../../src/i18n/catalogues/sandbox/en'
import { frSandbox } from '../../src/i18n/catalogues/sandbox/fr'
import { exportJourney, exportJourneyPieces, TEXT_PIECE_CHARS } from '../../src/formats'
import { sizedJourney } from '../../bench/sized-journey'
import { createJourneyFromTemplate, templateCatalogue, TEMPLATES } from '../../src/templates'
import { sketchOutline } from '../../src/formats/sketch-outline'
import { validateJourney } from '../../src/model'
import { itemSticky, loadFontOfAsync } from '../reader/generated-board'
import { storedPartKey, TAG_NAMESPACE } from '../../src/plugin-data/board-tags'
import { boardOf } from '../sync/sync-board-helpers'
import { applyBoardEditsAsync } from '../sync/board-edits'
import { changeItem, smallJourney } from '../sync/sync-fixtures'

const SETTINGS_KEY = 'journeyboard.settings'

function start(clientStorage: Record<string, unknown> = {}) {
  const emulator = createFigJamEmulator({ clientStorage })
  startPlugin(emulator.api, '<p>panel</p>')
  // Everything the sandbox says must parse as the panel parses it.
  const answers = () => emulator.uiMessages.map((message) => MainToUiSchema.parse(message))
  return { emulator, answers }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('startPlugin', () => {
  it('opens the panel at its default size with Figma theme colours', () => {
    const { emulator } = start()
    expect(emulator.ui.options).toMatchObject({ width: PANEL_WIDTH, height: PANEL_HEIGHT, themeColors: true })
    expect(emulator.ui.html).toBe('<p>panel</p>')
  })

  it('answers ready with the stored settings, forgetting only the fields that no longer parse', async () => {
    const { emulator, answers } = start({ [SETTINGS_KEY]: { tab: 'import', templateId: 'ikea', locale: 42, exportFormat: 'pdf' } })
    await emulator.sendToPlugin({ type: 'ready' })
    expect(answers().map((answer) => answer.type)).toEqual(['init', 'templates'])
    expect(answers()[0]).toEqual({ type: 'init', settings: { tab: 'import', templateId: 'ikea' } })
  })

  it('answers ready with empty settings when what is stored is no object of settings at all', async () => {
    for (const stored of ['import', ['import'], 7, null]) {
      const { emulator, answers } = start({ [SETTINGS_KEY]: stored })
      await emulator.sendToPlugin({ type: 'ready' })
      expect(answers()[0]).toEqual({ type: 'init', settings: {} })
    }
  })

  it('answers ready with empty settings on first use', async () => {
    const { emulator, answers } = start()
    await emulator.sendToPlugin({ type: 'ready' })
    // The settings come first, then every template: the panel holds none of their content itself.
    const [init, templates] = answers()
    expect(templates?.type === 'templates' ? templates.templates.map((entry) => entry.id) : []).toEqual(templateCatalogue().map((entry) => entry.id))
    expect(init).toEqual({ type: 'init', settings: {} })
    // Nothing remembered: the journeys of the first template, which the panel's form opens on.
    const withJourneys = templates?.type === 'templates' ? templates.templates.filter((entry) => Object.keys(entry.journeys).length > 0) : []
    expect(withJourneys.map((entry) => [entry.id, Object.keys(entry.journeys)])).toEqual([[TEMPLATES[0]?.id, [TEMPLATES[0]?.locales[0]]]])
  })

  it('sends each template\'s sketch and the remembered form\'s journeys first, and every other journey when asked', async () => {
    const { emulator, answers } = start({ [SETTINGS_KEY]: { templateId: 'car-rental', locale: 'fr' } })
    await emulator.sendToPlugin({ type: 'ready' })
    const first = answers().find((answer) => answer.type === 'templates')
    const firstEntries = first?.type === 'templates' ? first.templates : []
    // Only the remembered template's journeys, in its default and the remembered locale: the
    // gallery draws every card from its sketch outline, the outline of its default locale's journey.
    for (const entry of firstEntries) {
      const expected = entry.id === 'car-rental' ? [...new Set([entry.locales[0], 'fr'])] : []
      expect(Object.keys(entry.journeys).sort(), entry.id).toEqual([...expected].sort())
    }
    expect(firstEntries.find((entry) => entry.id === 'car-rental')?.locales.length).toBeGreaterThan(2)
    const sketches = first?.type === 'templates' ? first.sketches : {}
    for (const template of TEMPLATES) {
      const checked = validateJourney(template.journey(template.locales[0] ?? 'en'))
      expect(checked.ok && sketches[template.id], template.id).toEqual(checked.ok ? sketchOutline(checked.value) : false)
    }

    await emulator.sendToPlugin({ type: 'template-journeys' })
    const rest = answers().at(-1)
    const restEntries = rest?.type === 'template-journeys-result' ? rest.templates : []
    // Together the two hold every journey of every template exactly once.
    for (const entry of templateCatalogue()) {
      const sentFirst = Object.keys(firstEntries.find((candidate) => candidate.id === entry.id)?.journeys ?? {})
      const sentLater = Object.keys(restEntries.find((candidate) => candidate.id === entry.id)?.journeys ?? {})
      expect(sentFirst.filter((locale) => sentLater.includes(locale)), entry.id).toEqual([])
      expect([...sentFirst, ...sentLater].sort(), entry.id).toEqual([...entry.locales].sort())
    }
  })

  it('stores settings per user', async () => {
    const { emulator } = start()
    await emulator.sendToPlugin({ type: 'save-settings', settings: { tab: 'read', templateId: 'blank', readScope: 'page' } })
    expect(emulator.clientStorage.get(SETTINGS_KEY)).toEqual({ tab: 'read', templateId: 'blank', readScope: 'page' })
  })

  it('resizes the panel', async () => {
    const { emulator } = start()
    await emulator.sendToPlugin({ type: 'resize', width: 420.4, height: 700 })
    expect([emulator.ui.width, emulator.ui.height]).toEqual([420, 700])
  })

  it('drops and logs messages that do not parse, and acts on none of them', async () => {
    const { emulator } = start()
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const malformed: unknown[] = [
      { type: 'resize', width: 10, height: 10 },
      { type: 'generate', requestId: 'g1', journey: { id: 'no stages' } },
      { type: 'save-settings' },
      { type: 'delete-everything' },
      'ready',
      null
    ]
    for (const message of malformed) await emulator.sendToPlugin(message)
    expect(log).toHaveBeenCalledTimes(malformed.length)
    expect(emulator.uiMessages).toEqual([])
    expect([emulator.ui.width, emulator.ui.height]).toEqual([PANEL_WIDTH, PANEL_HEIGHT])
    expect(emulator.clientStorage.has(SETTINGS_KEY)).toBe(false)
    expect(emulator.api.currentPage.children).toHaveLength(0)
  })

  it('draws a generated journey, reporting progress and then what it drew', async () => {
    const { emulator, answers } = start()
    const journey = createJourneyFromTemplate({ templateId: 'car-rental' })
    if (!journey.ok) throw new Error('template failed')
    await emulator.sendToPlugin({ type: 'generate', requestId: 'g1', journey: journey.value })
    const replies = answers()
    const progress = replies.filter((reply) => reply.type === 'progress')
    expect(progress.length).toBeGreaterThan(0)
    expect(progress.every((reply) => reply.requestId === 'g1' && reply.done <= reply.total)).toBe(true)
    const last = replies.at(-1)
    expect(last?.type).toBe('generated')
    if (last?.type !== 'generated') return
    expect(last.requestId).toBe('g1')
    const stickies = emulator.api.currentPage.findAllWithCriteria({ types: ['STICKY'] }).length
    expect(last.summary.contents.stickies).toBe(stickies)
    // What the panel says it drew is in the user's terms, the journey's own, not FigJam's node types.
    const { stages, lanes, items, links = [] } = journey.value
    expect(last.summary.contents).toMatchObject({ stages: stages.length, lanes: lanes.length, stickies: items.length, links: links.length })
    expect(last.summary.contents.emotionPoints).toBeGreaterThan(0)
    expect(stickies).toBeGreaterThan(0)
  })

  it('reports a failed generation to the panel and as an error notification, leaving nothing drawn', async () => {
    const { emulator, answers } = start()
    emulator.armFailure({ name: 'createSticky', nth: 3 })
    const full = createJourneyFromTemplate({ templateId: 'ikea' })
    if (!full.ok) throw new Error('template failed')
    await emulator.sendToPlugin({ type: 'generate', requestId: 'g2', journey: full.value })
    const last = answers().at(-1)
    expect(last).toMatchObject({ type: 'error', requestId: 'g2' })
    // FigJam shows the first 100 characters of a notification: the error, longer than that, is the panel's to show.
    expect(last?.type === 'error' && last.message.length).toBeGreaterThan(100)
    expect(emulator.notifications.at(-1)).toEqual({ message: enSandbox.couldNotDraw, error: true })
    expect(emulator.api.currentPage.findAllWithCriteria({ types: ['STICKY'] })).toHaveLength(0)
  })

  it('sends a drawing that failed part-way by its code, with where it failed and FigJam’s reason as values', async () => {
    const { emulator, answers } = start()
    emulator.armFailure({ name: 'createConnector', nth: 1 })
    const full = createJourneyFromTemplate({ templateId: 'ikea' })
    if (!full.ok) throw new Error('template failed')
    await emulator.sendToPlugin({ type: 'generate', requestId: 'g3', journey: full.value })
    expect(answers().at(-1)).toMatchObject({
      type: 'error',
      requestId: 'g3',
      problem: { code: 'draw-failed', params: { error: 'Emulated failure: call 1 of createConnector (failOnCall)', where: expect.any(String) as string } }
    })
    expect(emulator.api.currentPage.children).toHaveLength(0)
  })
})

describe('startPlugin reading back', () => {
  it('sends an error FigJam threw while reading by a code, its words kept for the panel to frame in its language', async () => {
    const { emulator, answers } = start()
    const journey = createJourneyFromTemplate({ templateId: 'moving-house' })
    if (!journey.ok) throw new Error('template failed')
    await emulator.sendToPlugin({ type: 'generate', requestId: 'g1', journey: journey.value })
    emulator.armFailure({ name: 'getSharedPluginData', nth: 1 })
    await emulator.sendToPlugin({ type: 'read-back', requestId: 'r2', scope: 'page' })
    expect(answers().at(-1)).toMatchObject({
      type: 'error',
      requestId: 'r2',
      message: 'Journeyboard could not read the board: Emulated failure: call 1 of getSharedPluginData (failOnCall)',
      problem: { code: 'read-error', params: { error: 'Emulated failure: call 1 of getSharedPluginData (failOnCall)' } }
    })
  })

  it('reads a generated board back into the journey it drew', async () => {
    const { emulator, answers } = start()
    const journey = createJourneyFromTemplate({ templateId: 'moving-house' })
    if (!journey.ok) throw new Error('template failed')
    await emulator.sendToPlugin({ type: 'generate', requestId: 'g1', journey: journey.value })
    await emulator.sendToPlugin({ type: 'read-back', requestId: 'r1', scope: 'page' })
    const last = answers().at(-1)
    expect(last?.type).toBe('read-back-result')
    if (last?.type !== 'read-back-result') return
    expect(last.requestId).toBe('r1')
    expect(last.origin).toBe('generated')
    expect(last.journey.title).toBe(journey.value.title)
    expect(last.journey.stages.map((stage) => stage.name)).toEqual(journey.value.stages.map((stage) => stage.name))
  })

  it('imports a text for the panel: every problem by its code with its line and column, else the journey, its guesses and its file envelope', async () => {
    const { emulator, answers } = start()
    await emulator.sendToPlugin({ type: 'import', requestId: 'i1', text: 'stage,lane,text\nPlan,Thoughts,Where "to"?\n' })
    expect(answers().at(-1)).toEqual({
      type: 'import-result',
      requestId: 'i1',
      format: 'csv',
      result: { ok: false, problems: [expect.objectContaining({ code: 'csv-stray-quote', line: 2, column: 21 })] }
    })

    await emulator.sendToPlugin({ type: 'import', requestId: 'i2', text: 'journey\n  section Choose\n    Compare: x: Me\n', format: 'mermaid' })
    const mermaid = answers().at(-1)
    if (mermaid?.type !== 'import-result' || !mermaid.result.ok) throw new Error('the diagram was not read')
    expect(mermaid.format).toBe('mermaid')
    expect(mermaid.result.journey.stages.map((stage) => stage.name)).toEqual(['Choose'])
    expect(mermaid.result.warnings.map((warning) => [warning.code, warning.line])).toEqual([
      ['mermaid-no-title', undefined],
      ['mermaid-task-unscored', 3]
    ])

    const journey = createJourneyFromTemplate({ templateId: 'blank' })
    if (!journey.ok) throw new Error('template failed')
    const file = { $schema: 'https://example.com/journey.json', 'x-team': 'research', ...JSON.parse(exportJourney(journey.value, 'json')) }
    await emulator.sendToPlugin({ type: 'import', requestId: 'i3', text: JSON.stringify(file) })
    expect(answers().at(-1)).toEqual({
      type: 'import-result',
      requestId: 'i3',
      format: 'json',
      result: { ok: true, journey: journey.value, warnings: [], envelope: { $schema: 'https://example.com/journey.json', 'x-team': 'research' } }
    })
  })

  it('writes a journey in each export format for the panel, its file envelope in the JSON', async () => {
    const { emulator, answers } = start()
    const journey = createJourneyFromTemplate({ templateId: 'car-rental' })
    if (!journey.ok) throw new Error('template failed')
    for (const format of ['json', 'csv', 'md', 'mermaid'] as const) {
      const envelope = { 'x-team': 'research' }
      await emulator.sendToPlugin({ type: 'export', requestId: `e-${format}`, journey: journey.value, format, envelope })
      expect(answers().at(-1)).toEqual({ type: 'export-result', requestId: `e-${format}`, format, parts: exportJourneyPieces(journey.value, format, { envelope }).pieces })
    }
    expect(answers().at(-4)).toMatchObject({ parts: expect.arrayContaining([expect.stringContaining('"x-team": "research"')]) })
  })

  it('answers a big journey\'s export in the pieces the exporter wrote, none over a piece\'s size, which the message schema holds', async () => {
    const { emulator, answers } = start()
    const journey = sizedJourney(5000)
    for (const format of ['json', 'csv', 'md'] as const) {
      await emulator.sendToPlugin({ type: 'export', requestId: `e-${format}`, journey, format })
      const answer = MainToUiSchema.parse(answers().at(-1))
      if (answer.type !== 'export-result') throw new Error(`no export answer for ${format}`)
      expect(answer.parts.length).toBeGreaterThan(1)
      expect(Math.max(...answer.parts.map((part) => part.length))).toBeLessThanOrEqual(TEXT_PIECE_CHARS)
      expect(answer.parts.join('')).toBe(exportJourney(journey, format))
    }
    const tooLong = { type: 'export-result', requestId: 'e', format: 'csv', parts: ['x'.repeat(TEXT_PIECE_CHARS + 1)] }
    expect(MainToUiSchema.safeParse(tooLong).success).toBe(false)
  })

  it('speaks the language the panel opens in, told with ready, unless the panel remembered another', async () => {
    // A panel speaking the browser's French saves no choice: what FigJam shows is French all the same.
    const browser = start()
    await browser.emulator.sendToPlugin({ type: 'ready', language: 'fr' })
    await browser.emulator.sendToPlugin({ type: 'show-node', nodeId: '999:999' })
    expect(browser.emulator.notifications.at(-1)?.message).toBe(frSandbox.stickyGone)
    const remembered = start({ [SETTINGS_KEY]: { panelLanguage: 'da' } })
    await remembered.emulator.sendToPlugin({ type: 'ready', language: 'fr' })
    await remembered.emulator.sendToPlugin({ type: 'show-node', nodeId: '999:999' })
    expect(remembered.emulator.notifications.at(-1)?.message).toBe(daSandbox.stickyGone)
  })

  it('selects and zooms to a node the panel asks to show, and says so when it is gone', async () => {
    const { emulator } = start()
    const sticky = emulator.api.createSticky()
    await emulator.sendToPlugin({ type: 'show-node', nodeId: sticky.id })
    expect(emulator.api.currentPage.selection.map((node) => node.id)).toEqual([sticky.id])
    expect(emulator.viewportScrolls.at(-1)).toEqual([sticky.id])
    sticky.remove()
    await emulator.sendToPlugin({ type: 'show-node', nodeId: sticky.id })
    expect(emulator.notifications.at(-1)?.message).toMatch(/no longer on the board/)
  })

  it('says what to select when the selection is empty', async () => {
    const { emulator, answers } = start()
    await emulator.sendToPlugin({ type: 'read-back', requestId: 'r2', scope: 'selection' })
    // The English message for scripts, and the code the panel words in its own language.
    expect(answers().at(-1)).toMatchObject({ type: 'error', requestId: 'r2', message: expect.stringMatching(/nothing is selected/i), problem: { path: 'selection', code: 'nothing-selected' } })
  })
})

describe('startPlugin updating a board', () => {
  async function drawnAsync() {
    const started = start()
    const journey = smallJourney()
    await started.emulator.sendToPlugin({ type: 'generate', requestId: 'g1', journey })
    // People retype a sticky on the board; the new data changes the same text differently.
    const sticky = itemSticky(started.emulator.api, 'a2')
    await loadFontOfAsync(started.emulator.api, sticky.text)
    sticky.text.characters = 'Books on the app'
    const data = changeItem(changeItem(journey, 'a2', (item) => ({ ...item, text: 'Books by phone' })), 'p2', () => undefined)
    return { ...started, journey, data, sticky }
  }

  it('answers a preview with the change set and the conflict, and changes nothing', async () => {
    const { emulator, answers, data } = await drawnAsync()
    const before = emulator.toRestFile()
    emulator.api.currentPage.selection = []
    await emulator.sendToPlugin({ type: 'sync-preview', requestId: 's1', journey: data })
    const last = answers().at(-1)
    expect(last?.type).toBe('sync-preview-result')
    if (last?.type !== 'sync-preview-result') return
    expect(last.boardId).toBe(boardOf(emulator).id)
    expect(last.boardName).toBe(boardOf(emulator).name)
    expect(last.changeSet.conflicts).toMatchObject([{ id: 'item:a2', fields: [{ field: 'text', board: 'Books on the app', data: 'Books by phone' }] }])
    expect(last.changeSet.changes.map((change) => change.id)).toContain('item:p2')
    expect(emulator.toRestFile()).toEqual(before)
  })

  it('compares with the board a selected node is on, and says so when the selection is on none', async () => {
    const { emulator, answers, data, sticky } = await drawnAsync()
    emulator.api.currentPage.selection = [sticky]
    await emulator.sendToPlugin({ type: 'sync-preview', requestId: 's2', journey: data })
    expect(answers().at(-1)).toMatchObject({ type: 'sync-preview-result', boardId: boardOf(emulator).id })
    // Away from the board: a sticky lying on it would count as part of it.
    const stray = emulator.api.createSticky()
    stray.x = -5000
    emulator.api.currentPage.selection = [stray]
    await emulator.sendToPlugin({ type: 'sync-preview', requestId: 's3', journey: data })
    expect(answers().at(-1)).toMatchObject({ type: 'error', requestId: 's3', message: expect.stringMatching(/^The selection is not on a board Journeyboard drew/), problem: { code: 'not-on-a-board' } })
  })

  it('sends a board whose stored journey cannot be read with the problems it stands for, each by its code', async () => {
    const { emulator, answers, data } = await drawnAsync()
    const journey = smallJourney()
    boardOf(emulator).setSharedPluginData(TAG_NAMESPACE, storedPartKey(0), JSON.stringify({ journey: { ...journey, stages: [] } }))
    await emulator.sendToPlugin({ type: 'sync-preview', requestId: 's5', journey: data })
    expect(answers().at(-1)).toMatchObject({
      type: 'error',
      requestId: 's5',
      message: expect.stringMatching(/^The journey stored on the board cannot be read \(journey\.stages: needs at least one stage/),
      problem: { code: 'stored-journey-unreadable', causes: expect.arrayContaining([expect.objectContaining({ path: 'journey.stages', code: 'needs-stage' }), expect.objectContaining({ path: 'journey.items[0].stageId', code: 'no-stage', params: { id: 'plan' } })]) as unknown }
    })
  })

  it('says there is no board to update on an empty page', async () => {
    const { emulator, answers } = start()
    await emulator.sendToPlugin({ type: 'sync-preview', requestId: 's4', journey: smallJourney() })
    expect(answers().at(-1)).toMatchObject({ type: 'error', requestId: 's4', message: expect.stringMatching(/^There is no board drawn by Journeyboard/), problem: { path: 'board', code: 'no-board' } })
  })

  it('refuses to apply while a conflict has no choice, then applies the chosen version as one undo step', async () => {
    const { emulator, answers, data, sticky } = await drawnAsync()
    const boardId = boardOf(emulator).id
    await emulator.sendToPlugin({ type: 'sync-apply', requestId: 'u1', boardId, journey: data, resolutions: {} })
    // A conflict without a choice reaching the sandbox means the board changed since the review.
    expect(answers().at(-1)).toMatchObject({ type: 'error', requestId: 'u1', message: expect.stringMatching(/^The board changed since it was compared/), problem: { code: 'board-changed' } })
    expect(itemSticky(emulator.api, 'a2').text.characters).toBe('Books on the app')

    emulator.resetCounters()
    await emulator.sendToPlugin({ type: 'sync-apply', requestId: 'u2', boardId, journey: data, resolutions: { 'item:a2': 'data' } })
    const replies = answers()
    expect(replies.filter((reply) => reply.type === 'progress').every((reply) => reply.requestId === 'u2')).toBe(true)
    const last = replies.at(-1)
    expect(last?.type).toBe('synced')
    if (last?.type !== 'synced') return
    expect(last.summary.counts.removed).toBeGreaterThan(0)
    expect(itemSticky(emulator.api, 'a2').id).toBe(sticky.id)
    expect(itemSticky(emulator.api, 'a2').text.characters).toBe('Books by phone')
    expect(() => itemSticky(emulator.api, 'p2')).toThrow()
    expect(emulator.undoCommits).toBe(1)
    expect(emulator.notifications.at(-1)?.error).toBe(false)
  })

  it('updates to the data the board already shows without loading a font or making an undo step', async () => {
    const { emulator, answers } = start()
    const journey = smallJourney()
    await emulator.sendToPlugin({ type: 'generate', requestId: 'g1', journey })
    const boardId = boardOf(emulator).id
    const before = emulator.toRestFile()
    emulator.resetCounters()
    // As the panel does: review, then apply the reviewed update.
    await emulator.sendToPlugin({ type: 'sync-preview', requestId: 'n1', journey, boardId })
    await emulator.sendToPlugin({ type: 'sync-apply', requestId: 'n2', boardId, journey, resolutions: {} })
    const last = answers().at(-1)
    expect(last?.type).toBe('synced')
    if (last?.type !== 'synced') return
    expect(last.summary.changeSet.changes).toEqual([])
    expect(emulator.toRestFile()).toEqual(before)
    // Font loads follow the fonts drawn (none), and a step of nothing would make the next undo do nothing.
    expect(emulator.fontLoads).toEqual([])
    expect(emulator.undoCommits).toBe(0)
    expect(emulator.traffic.writes.size).toBe(0)
  })

  it('updates one text loading only its font, as one undo step', async () => {
    const { emulator, answers } = start()
    const journey = smallJourney()
    await emulator.sendToPlugin({ type: 'generate', requestId: 'g1', journey })
    const boardId = boardOf(emulator).id
    const font = itemSticky(emulator.api, 'a2').text.fontName
    emulator.resetCounters()
    const data = changeItem(journey, 'a2', (item) => ({ ...item, text: `${item.text}!` }))
    await emulator.sendToPlugin({ type: 'sync-preview', requestId: 'n1', journey: data, boardId })
    await emulator.sendToPlugin({ type: 'sync-apply', requestId: 'n2', boardId, journey: data, resolutions: {} })
    expect(answers().at(-1)?.type).toBe('synced')
    expect(emulator.fontLoads).toEqual([font])
    expect(emulator.undoCommits).toBe(1)
  })

  it('reports a failure half-way with the board as it was', async () => {
    const { emulator, answers, data } = await drawnAsync()
    const before = emulator.toRestFile()
    emulator.armFailure({ name: 'text.characters', nth: 1 })
    await emulator.sendToPlugin({ type: 'sync-apply', requestId: 'u3', boardId: boardOf(emulator).id, journey: data, resolutions: { 'item:a2': 'data' } })
    expect(answers().at(-1)).toMatchObject({ type: 'error', requestId: 'u3', message: expect.stringContaining('put back as it was') })
    expect(emulator.notifications.at(-1)).toEqual({ message: expect.stringContaining('it is as it was'), error: true })
    expect(emulator.toRestFile()).toEqual(before)
  })

  it('compares again with the board under review whatever is selected, and says when that board is gone', async () => {
    const { emulator, answers, data } = await drawnAsync()
    const board = boardOf(emulator)
    const stray = emulator.api.createSticky()
    stray.x = -5000
    emulator.api.currentPage.selection = [stray]
    await emulator.sendToPlugin({ type: 'sync-preview', requestId: 'a1', journey: data, boardId: board.id })
    expect(answers().at(-1)).toMatchObject({ type: 'sync-preview-result', requestId: 'a1', boardId: board.id })
    board.remove()
    await emulator.sendToPlugin({ type: 'sync-preview', requestId: 'a2', journey: data, boardId: board.id })
    expect(answers().at(-1)).toMatchObject({ type: 'error', requestId: 'a2', message: expect.stringMatching(/^The board is no longer on this page/), problem: { code: 'board-gone' } })
    await emulator.sendToPlugin({ type: 'sync-apply', requestId: 'a3', boardId: board.id, journey: data, resolutions: { 'item:a2': 'data' } })
    expect(answers().at(-1)).toMatchObject({ type: 'error', requestId: 'a3', message: expect.stringMatching(/^The board is no longer on this page/), problem: { code: 'board-gone' } })
  })

  it('refuses a second update of a board while the first is being written, then allows the next', async () => {
    const { emulator, answers, data } = await drawnAsync()
    const boardId = boardOf(emulator).id
    const first = emulator.sendToPlugin({ type: 'sync-apply', requestId: 'b1', boardId, journey: data, resolutions: { 'item:a2': 'data' } })
    await emulator.sendToPlugin({ type: 'sync-apply', requestId: 'b2', boardId, journey: data, resolutions: { 'item:a2': 'board' } })
    await first
    const replies = answers()
    expect(replies.find((reply) => reply.type === 'error' && reply.requestId === 'b2')).toMatchObject({ message: expect.stringMatching(/being updated already/), problem: { code: 'board-busy' } })
    expect(replies.some((reply) => reply.type === 'synced' && reply.requestId === 'b1')).toBe(true)
    expect(itemSticky(emulator.api, 'a2').text.characters).toBe('Books by phone')
    await emulator.sendToPlugin({ type: 'sync-apply', requestId: 'b3', boardId, journey: data, resolutions: {} })
    expect(answers().at(-1)).toMatchObject({ type: 'synced', requestId: 'b3' })
  })
})

describe('updates from different sources', () => {
  const TEMPLATE_SOURCE = 'template:car-rental:en'

  /**
   * A workshop board: drawn from the Create tab, a sticky deleted and another moved to another
   * stage, then updated from the file the workshop exported (what the board shows now).
   */
  async function workshopBoardAsync() {
    const started = start()
    const made = createJourneyFromTemplate({ templateId: 'car-rental' })
    if (!made.ok) throw new Error('template failed')
    const template = made.value
    await started.emulator.sendToPlugin({ type: 'generate', requestId: 'g1', journey: template, source: TEMPLATE_SOURCE })
    await applyBoardEditsAsync(started.emulator, template, [
      { op: 'delete', item: 3 },
      { op: 'move', item: 10, stage: 4, lane: 1, dx: 10, dy: 10 }
    ])
    await started.emulator.sendToPlugin({ type: 'read-back', requestId: 'r1', scope: 'page' })
    const read = started.answers().at(-1)
    if (read?.type !== 'read-back-result') throw new Error('no read-back')
    const file = read.journey
    await started.emulator.sendToPlugin({ type: 'sync-preview', requestId: 'p1', journey: file, source: 'import' })
    const preview = started.answers().at(-1)
    if (preview?.type !== 'sync-preview-result') throw new Error('no preview')
    await started.emulator.sendToPlugin({ type: 'sync-apply', requestId: 'a1', boardId: preview.boardId, journey: file, resolutions: {}, source: 'import' })
    expect(started.answers().at(-1)?.type).toBe('synced')
    return { ...started, template, file, boardId: preview.boardId }
  }

  it('an update from the Create tab after one from a file keeps what the workshop deleted and moved', async () => {
    const { emulator, answers, template, file } = await workshopBoardAsync()
    const deleted = template.items.filter((item) => !file.items.some((kept) => kept.id === item.id)).map((item) => item.id)
    const moved = file.items.filter((item) => template.items.some((before) => before.id === item.id && before.stageId !== item.stageId)).map((item) => item.id)
    expect(deleted).toHaveLength(1)
    expect(moved).toHaveLength(1)

    await emulator.sendToPlugin({ type: 'sync-preview', requestId: 'p2', journey: template, source: TEMPLATE_SOURCE })
    const again = answers().at(-1)
    if (again?.type !== 'sync-preview-result') throw new Error('no preview')
    // The template did not change those items since it drew the board: nothing to put back.
    const touched = again.changeSet.changes.filter((change) => [...deleted, ...moved].some((id) => change.id === `item:${id}`))
    expect(touched).toEqual([])
    expect(again.changeSet.changes).toEqual([])
    expect(again.changeSet.conflicts).toEqual([])
  })

  it('still brings a change the template itself made', async () => {
    const { emulator, answers, template } = await workshopBoardAsync()
    const renamed = { ...template, title: 'Renting a car, second take' }
    await emulator.sendToPlugin({ type: 'sync-preview', requestId: 'p3', journey: renamed, source: TEMPLATE_SOURCE })
    const again = answers().at(-1)
    if (again?.type !== 'sync-preview-result') throw new Error('no preview')
    expect(again.changeSet.changes.map((change) => change.id)).toEqual(['journey:title'])
  })
})
