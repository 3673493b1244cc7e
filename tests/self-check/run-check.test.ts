import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

import { assumptionFindings } from '../../src/diagnostics/assumption-findings'
import { ASSUMPTION_CODES, CHECK_STEP_CODES, type CheckStep, checkPassed, type Diagnostics, DiagnosticsSchema } from '../../src/diagnostics/diagnostics'
import { createFigJamEmulator, type EmulatorOptions, type FigJamEmulator } from '../../src/emulator'
import { LANGUAGES, SANDBOX_CATALOGUES } from '../../src/i18n'
import { MainToUiSchema, type ParsedMainToUi } from '../../src/messages'
import { drawJourneyAsync, generateBoardAsync } from '../../src/plugin-api/generate-board'
import { CHECK_COMMAND, OPEN_COMMAND, startPlugin } from '../../src/plugin/start-plugin'
import { checkCounts, checkSummary } from '../../src/plugin/run-check-command'
import { type CheckBoard, checkColours, checkConnectors } from '../../src/self-check/board-checks'
import { checkJourney, checkSamples } from '../../src/self-check/check-journey'
import { emulatorDiagnosticsAsync } from '../../src/self-check/emulator-diagnostics'
import { runCheckAsync } from '../../src/self-check/run-check'
import { smallJourney } from '../sync/sync-fixtures'
import { ASSUMED_LABEL_POSITION } from '../../src/geometry'
import { LINK_LABEL_MAX_WIDTH, linkLabelBox } from '../../src/layout'

const noWait = async (): Promise<void> => {}

/** A file with someone's board on it, as the check finds a real one. */
async function fileWithBoardAsync(options: EmulatorOptions = {}): Promise<FigJamEmulator> {
  const emulator = createFigJamEmulator({ recordUndo: true, command: CHECK_COMMAND, ...options })
  await generateBoardAsync(emulator.api, smallJourney(), { yieldAsync: noWait })
  emulator.resetCounters()
  return emulator
}

function stepOf(diagnostics: Diagnostics, code: CheckStep['code']): CheckStep {
  const found = diagnostics.steps.find((step) => step.code === code)
  if (found === undefined) throw new Error(`no step ${code}`)
  return found
}

describe('Check Journeyboard in this file', () => {
  it('runs from the command the manifest names, shows each step in the panel and passes every step on the emulator', async () => {
    const emulator = await fileWithBoardAsync()
    const before = emulator.toRestFile()
    startPlugin(emulator.api, '<p>panel</p>')
    await emulator.sendToPlugin({ type: 'ready' })

    const messages: ParsedMainToUi[] = emulator.uiMessages.map((message) => MainToUiSchema.parse(message))
    // The check's panel needs no templates: the settings (its language), the steps, the report.
    expect(messages.map((message) => message.type)).toEqual(['init', 'check-started', ...CHECK_STEP_CODES.map(() => 'check-step'), 'check-report'])
    // Every step is shown under its own name, in the panel's language.
    const labels = messages.flatMap((message) => (message.type === 'check-step' ? [message.label] : []))
    expect(new Set(labels).size).toBe(CHECK_STEP_CODES.length)
    const report = messages.at(-1)
    if (report?.type !== 'check-report') throw new Error('no report')
    const diagnostics = report.diagnostics
    expect(report.passed).toBe(true)
    expect(diagnostics.steps.map((step) => step.code)).toEqual([...CHECK_STEP_CODES])
    expect(diagnostics.steps.filter((step) => !step.passed)).toEqual([])
    expect(checkPassed(diagnostics)).toBe(true)
    expect(diagnostics.environment).toEqual({ apiVersion: '1.0.0', editorType: 'figjam', command: CHECK_COMMAND })
    expect(report.summary).toBe(SANDBOX_CATALOGUES.en.check.passed)
    // The file is exactly as it was: the check removed all it drew.
    expect(emulator.toRestFile()).toEqual(before)
  })

  it('sends the diagnostics as data the message schema checks: not as text, and not with a step the check does not know', async () => {
    const emulator = createFigJamEmulator({ command: CHECK_COMMAND })
    const diagnostics = DiagnosticsSchema.parse(await runCheckAsync(emulator.api, { yieldAsync: noWait }))
    const report = { type: 'check-report', passed: true, summary: 'ok', diagnostics }
    expect(MainToUiSchema.parse(report)).toEqual(report)
    expect(MainToUiSchema.safeParse({ ...report, diagnostics: JSON.stringify(diagnostics) }).success).toBe(false)
    const unknownStep = { ...diagnostics, steps: [{ code: 'teleport', passed: true, observed: {} }] }
    expect(MainToUiSchema.safeParse({ ...report, diagnostics: unknownStep }).success).toBe(false)
    const { environment: _environment, ...noEnvironment } = diagnostics
    expect(MainToUiSchema.safeParse({ ...report, diagnostics: noEnvironment }).success).toBe(false)
  })

  it('speaks the language the panel was set to, and counts the failed steps in its summary', async () => {
    const emulator = await fileWithBoardAsync({ recordUndo: false, clientStorage: { 'journeyboard.settings': { panelLanguage: 'ru' } } })
    startPlugin(emulator.api, '<p>panel</p>')
    await emulator.sendToPlugin({ type: 'ready' })
    const messages = emulator.uiMessages.map((message) => MainToUiSchema.parse(message))
    const started = messages.find((message) => message.type === 'check-started')
    expect(started?.type === 'check-started' && started.texts.copy).toBe(SANDBOX_CATALOGUES.ru.check.copy)
    const report = messages.at(-1)
    expect(report?.type === 'check-report' && [report.passed, report.summary]).toEqual([false, SANDBOX_CATALOGUES.ru.check.failed.one!.replace('{n}', '1')])
  })

  it('says plainly that nothing was checked when no step ran, never that every check passed', () => {
    const none = checkCounts([])
    expect(none).toEqual({ steps: 0, failures: 0 })
    // The report's verdict and its words agree: a check of nothing did not pass.
    expect(checkPassed({ steps: [] })).toBe(false)
    for (const language of LANGUAGES) {
      const words = SANDBOX_CATALOGUES[language].check
      expect(checkSummary(language, none), language).toBe(words.nothingChecked)
      expect(words.nothingChecked, language).not.toBe(words.passed)
      expect(checkSummary(language, { steps: 3, failures: 0 }), language).toBe(words.passed)
    }
    expect(checkSummary('en', { steps: 3, failures: 2 })).toBe('2 checks failed. Everything the check drew is removed. Copy the diagnostics and send them to the Journeyboard maintainers.')
  })

  it('words its summary again in the language the panel switches to, from the counts of the check that ran', async () => {
    const emulator = await fileWithBoardAsync({ recordUndo: false })
    startPlugin(emulator.api, '<p>panel</p>')
    await emulator.sendToPlugin({ type: 'ready' })
    await emulator.sendToPlugin({ type: 'word-check', language: 'fr' })
    const worded = emulator.uiMessages.map((message) => MainToUiSchema.parse(message)).at(-1)
    // Without undo recorded one step fails (as above): the French words count it.
    expect(worded?.type === 'check-worded' && worded.summary).toBe(SANDBOX_CATALOGUES.fr.check.failed.one!.replace('{n}', '1'))
  })

  it('is one undo step: undoing it changes nothing, and the undo before it is the board that was there', async () => {
    const emulator = await fileWithBoardAsync()
    const before = emulator.toRestFile()
    await runCheckAsync(emulator.api, { yieldAsync: noWait })
    expect(emulator.undoCommits).toBe(1)
    expect(emulator.undo()).toBe(true)
    expect(emulator.toRestFile()).toEqual(before)
    // One more undo takes back the board drawn before the check: the check left no step of its own between.
    expect(emulator.undo()).toBe(true)
    expect(emulator.api.currentPage.children).toEqual([])
  })

  it('reads the box of each node it finds on the page once to place its samples and its board, however many there are', async () => {
    const boxReads = async (extra: number): Promise<number> => {
      const emulator = await fileWithBoardAsync()
      for (let index = 0; index < extra; index += 1) {
        const sticky = emulator.api.createSticky()
        sticky.x = -2000 - index * 300
      }
      emulator.api.commitUndo()
      emulator.resetCounters()
      let placed = 0
      const onStep = (step: CheckStep): void => {
        // Up to the drawn board's check of what it landed on; the updates after it read the page their own way.
        if (step.code === 'draw') placed = emulator.traffic.reads.get('absoluteBoundingBox') ?? 0
      }
      const diagnostics = await runCheckAsync(emulator.api, { yieldAsync: noWait, onStep })
      expect(diagnostics.steps.filter((step) => !step.passed)).toEqual([])
      return placed
    }
    const [few, more] = [await boxReads(2), await boxReads(22)]
    expect(more - few).toBe(20)
  })

  it('draws its test board clear of what is on the page and observes what the layout and a calibration need', async () => {
    const emulator = await fileWithBoardAsync()
    const diagnostics = DiagnosticsSchema.parse(await runCheckAsync(emulator.api, { yieldAsync: noWait }))
    expect(stepOf(diagnostics, 'draw').observed).toMatchObject({ clearOfPage: true })
    // Every sample in both fonts, square and wide; Cyrillic and CJK among them.
    const samples = checkSamples()
    expect(samples.some((s) => /\p{Script=Cyrillic}/u.test(s.text))).toBe(true)
    expect(samples.some((s) => /\p{Script=Han}/u.test(s.text))).toBe(true)
    expect(diagnostics.stickies).toHaveLength(samples.length * 2 * 2)
    expect(diagnostics.stickies.some((s) => s.height > 240)).toBe(true)
    expect(diagnostics.texts).toHaveLength(samples.length)
    expect(diagnostics.shapes).toHaveLength(1)
    // Straight curve connectors on CENTER, and the link's arrow, as FigJam kept them.
    expect(diagnostics.connectors.some((c) => c.lineType === 'STRAIGHT' && c.kept.start === 'CENTER')).toBe(true)
    expect(diagnostics.connectors.some((c) => c.kept.endCap === 'ARROW_LINES')).toBe(true)
    // The labelled link's label where the layout assumes FigJam puts it (undocumented), beside the drawn connector's bounds.
    const labelled = diagnostics.connectors.filter((c) => c.label !== undefined)
    expect(labelled.length).toBeGreaterThan(0)
    for (const { label } of labelled) {
      expect(label).toMatchObject({ assumedAt: ASSUMED_LABEL_POSITION, assumedWrapWidth: LINK_LABEL_MAX_WIDTH, connectorBox: expect.any(Object) })
      const size = linkLabelBox(label!.text, { x: 0, y: 0 })
      expect([label!.assumedBox.width, label!.assumedBox.height]).toEqual([size?.width, size?.height])
    }
    expect(new Set(diagnostics.colours.map((c) => c.nodeType))).toEqual(new Set(['SECTION', 'STICKY', 'SHAPE_WITH_TEXT', 'TEXT', 'CONNECTOR']))
    expect(diagnostics.pluginData).toMatchObject({ roundTrip: true })
    expect(diagnostics.pluginData!.bytes).toBeGreaterThan(10_000)
    expect(diagnostics.undo).toEqual({ created: 3, awaits: 3, leftAfterUndo: 0 })
  })

  it('asks FigJam each thing the emulator only assumes, once, and records its words where it refused', async () => {
    // A run of its own, as every plugin run starts in FigJam: no font loaded yet.
    const emulator = createFigJamEmulator({ recordUndo: true, command: CHECK_COMMAND })
    const before = emulator.toRestFile()
    const diagnostics = DiagnosticsSchema.parse(await runCheckAsync(emulator.api, { yieldAsync: noWait }))
    expect(diagnostics.version).toBe(2)
    expect(diagnostics.assumptions?.map((answer) => answer.code).sort()).toEqual([...ASSUMPTION_CODES].sort())
    const answer = (code: (typeof ASSUMPTION_CODES)[number]) => diagnostics.assumptions?.find((found) => found.code === code)
    // The emulator refuses what no source settles, with its reason; it keeps the magnets the sources give.
    expect(answer('move-unloaded-font')).toMatchObject({ answer: 'refused', error: expect.stringContaining('unloaded font') })
    expect(answer('range-all-font-names')).toMatchObject({ answer: 'refused', error: expect.stringContaining('getRangeAllFontNames') })
    expect(answer('styled-text-segments')).toEqual({ code: 'styled-text-segments', answer: 'Inter Medium' })
    expect(answer('magnet-sticky')).toEqual({ code: 'magnet-sticky', answer: 'TOP' })
    expect(answer('magnet-table')).toMatchObject({ answer: 'refused' })
    expect(answer('sticky-fill')).toEqual({ code: 'sticky-fill', answer: '#FFE299' })
    expect(stepOf(diagnostics, 'assumptions')).toMatchObject({ passed: true, observed: { asked: ASSUMPTION_CODES.length } })
    expect(emulator.toRestFile()).toEqual(before)
  })

  describe('when FigJam misbehaves', () => {
    it('fails the assumptions step when FigJam refuses getStyledTextSegments on a sticky’s text (how the plugin loads a formatted sticky’s fonts), and still removes everything', async () => {
      const emulator = await fileWithBoardAsync()
      const before = emulator.toRestFile()
      emulator.armFailure({ name: 'text.getStyledTextSegments', nth: 1 })
      const diagnostics = await runCheckAsync(emulator.api, { yieldAsync: noWait })
      expect(diagnostics.steps.filter((step) => !step.passed).map((step) => step.code)).toEqual(['assumptions'])
      expect(diagnostics.assumptions?.find((answer) => answer.code === 'styled-text-segments')).toMatchObject({ answer: 'refused', error: expect.any(String) })
      expect(emulator.toRestFile()).toEqual(before)
    })

    it.each(['createTable', 'group', 'createConnector'])('fails the assumptions step with FigJam’s words when %s throws half-way through the probes, and leaves nothing of them behind', async (call) => {
      const emulator = await fileWithBoardAsync()
      const before = emulator.toRestFile()
      // The probes make the check's first table, group and connector: the board comes after them.
      emulator.armFailure({ name: call, nth: 1 })
      const diagnostics = await runCheckAsync(emulator.api, { yieldAsync: noWait })
      expect(diagnostics.steps.filter((step) => !step.passed).map((step) => step.code)).toEqual(['assumptions'])
      expect(stepOf(diagnostics, 'assumptions').error).toBeTruthy()
      expect(emulator.toRestFile()).toEqual(before)
    })

    it('records a FigJam that moves a sticky before its font is loaded, which the maintainers’ findings name as contradicted', async () => {
      const emulator = createFigJamEmulator({ recordUndo: true, command: CHECK_COMMAND })
      const before = emulator.toRestFile()
      // The font already loaded when the check starts: to the probe, a FigJam that does not ask for it.
      await emulator.api.loadFontAsync({ family: 'Inter', style: 'Medium' })
      const diagnostics = DiagnosticsSchema.parse(await runCheckAsync(emulator.api, { yieldAsync: noWait }))
      expect(diagnostics.assumptions?.find((answer) => answer.code === 'move-unloaded-font')).toEqual({ code: 'move-unloaded-font', answer: 'accepted' })
      // The plugin loads fonts before it moves anything: either answer is one it works with.
      expect(checkPassed(diagnostics)).toBe(true)
      expect(assumptionFindings(diagnostics, await emulatorDiagnosticsAsync()).contradicted).toEqual([{ code: 'move-unloaded-font', emulator: 'refused', figjam: 'accepted' }])
      expect(emulator.toRestFile()).toEqual(before)
    })


    it('fails the undo step when undo cannot take the probe back, and still removes everything', async () => {
      const emulator = await fileWithBoardAsync({ recordUndo: false })
      const before = emulator.toRestFile()
      const diagnostics = await runCheckAsync(emulator.api, { yieldAsync: noWait })
      expect(stepOf(diagnostics, 'undo')).toMatchObject({ passed: false, error: expect.stringContaining('triggerUndo') })
      expect(diagnostics.steps.filter((step) => !step.passed).map((step) => step.code)).toEqual(['undo'])
      expect(checkPassed(diagnostics)).toBe(false)
      expect(emulator.toRestFile()).toEqual(before)
    })

    it('fails the sticky step when a longer text makes a shorter sticky', async () => {
      const [short, long] = checkSamples()
      const font = { family: 'Inter', style: 'Medium' }
      const emulator = await fileWithBoardAsync({
        textCalibration: {
          charWidthEm: 0.5,
          wideCharWidthEm: 1,
          lineHeightEm: 1.25,
          stickyPadding: 24,
          shapePadding: 8,
          stickies: [
            { text: short!.text, font, fontSize: 18, wide: true, height: 900 },
            { text: long!.text, font, fontSize: 18, wide: true, height: 300 }
          ]
        }
      })
      const diagnostics = await runCheckAsync(emulator.api, { yieldAsync: noWait })
      expect(stepOf(diagnostics, 'sticky-heights').passed).toBe(false)
    })

    it('fails the formatted update with what FigJam threw, and leaves the file as it was', async () => {
      const emulator = await fileWithBoardAsync()
      const before = emulator.toRestFile()
      emulator.armFailure({ name: 'text.setRangeFontName', nth: 1 })
      const diagnostics = await runCheckAsync(emulator.api, { yieldAsync: noWait })
      const failed = diagnostics.steps.filter((step) => !step.passed)
      expect(failed.map((step) => step.code)).toEqual(['formatted-update'])
      expect(failed[0]!.error).toBeTruthy()
      expect(stepOf(diagnostics, 'clean-up').passed).toBe(true)
      expect(emulator.toRestFile()).toEqual(before)
    })

    it('fails the colour step when FigJam starts a shape’s text in another colour than Charcoal, which the writer leaves unwritten', async () => {
      const emulator = createFigJamEmulator()
      const journey = checkJourney()
      const { plan, result } = await drawJourneyAsync(emulator.api, journey, { origin: { x: 0, y: 0 }, yieldAsync: noWait })
      const board: CheckBoard = { plan, drawn: result, journey }
      const { outcome, samples } = checkColours(board)
      expect(outcome.passed).toBe(true)
      expect(samples).toContainEqual({ nodeType: 'SHAPE_WITH_TEXT', property: 'text', asked: '#1E1E1E', stored: { r: 0x1e / 255, g: 0x1e / 255, b: 0x1e / 255 } })
      // A FigJam whose new shapes start their text in pure black: the light presets' text is not Charcoal.
      for (const spec of plan.nodes) {
        const node = result.nodes.get(spec.key)
        if (spec.kind === 'shape' && spec.textFill === '#1E1E1E' && node?.type === 'SHAPE_WITH_TEXT') node.text.fills = [{ type: 'SOLID', color: { r: 0, g: 0, b: 0 } }]
      }
      expect(checkColours(board).outcome).toMatchObject({ passed: false, observed: { exact: false } })
    })

    it('fails the connector and colour steps when FigJam does not keep the magnets, caps and colours it was given', async () => {
      const emulator = createFigJamEmulator()
      const journey = checkJourney()
      const { plan, result } = await drawJourneyAsync(emulator.api, journey, { origin: { x: 0, y: 0 }, yieldAsync: noWait })
      const board: CheckBoard = { plan, drawn: result, journey }
      expect(checkConnectors(board).outcome.passed).toBe(true)
      expect(checkColours(board).outcome.passed).toBe(true)
      // A FigJam that puts every end on AUTO and drops the arrows, and rounds colours to two decimals.
      const misbehaving = new Map<string, SceneNode>()
      for (const [key, node] of result.nodes) {
        if (node.type === 'CONNECTOR') {
          const auto = (end: ConnectorEndpoint): ConnectorEndpoint => ('endpointNodeId' in end ? { endpointNodeId: end.endpointNodeId, magnet: 'AUTO' } : end)
          misbehaving.set(key, { type: 'CONNECTOR', connectorLineType: node.connectorLineType, connectorStart: auto(node.connectorStart), connectorEnd: auto(node.connectorEnd), connectorStartStrokeCap: 'NONE', connectorEndStrokeCap: 'NONE', strokes: node.strokes } as unknown as SceneNode)
        } else if ('fills' in node && Array.isArray(node.fills)) {
          const fills = (node.fills as SolidPaint[]).map((paint) => ({ ...paint, color: { r: Math.round(paint.color.r * 100) / 100, g: paint.color.g, b: paint.color.b } }))
          misbehaving.set(key, { type: node.type, fills } as unknown as SceneNode)
        }
      }
      const broken: CheckBoard = { plan, drawn: { ...result, nodes: misbehaving }, journey }
      expect(checkConnectors(broken).outcome).toMatchObject({ passed: false, observed: { kept: false, fitting: false } })
      expect(checkColours(broken).outcome).toMatchObject({ passed: false, observed: { exact: false } })
    })
  })
})

describe('the manifest', () => {
  it('offers the panel and the check as the two commands of the plugin menu', () => {
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as { menu: { name: string; command: string }[] }
    expect(manifest.menu.map((item) => item.command)).toEqual([OPEN_COMMAND, CHECK_COMMAND])
    expect(manifest.menu[1]!.name).toBe('Check Journeyboard in this file')
  })

  it('opens the panel, not the check, for the first command', async () => {
    const emulator = createFigJamEmulator({ command: OPEN_COMMAND })
    startPlugin(emulator.api, '<p>panel</p>')
    await emulator.sendToPlugin({ type: 'ready' })
    expect(emulator.uiMessages.map((message) => MainToUiSchema.parse(message).type)).toEqual(['init', 'templates'])
  })
})
