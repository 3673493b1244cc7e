import { journeyEmotionChart } from '../formats/journey-emotion-chart'
import { journeyReportHtml } from '../formats/journey-report-html'
import { generateBoardAsync } from '../plugin-api/generate-board'
import { readBoardAsync } from '../plugin-api/read-board'
import { isChangedSinceReviewProblem, isUnresolvedConflictProblem, syncBoardAsync } from '../plugin-api/sync-board'
import { BoardSyncError } from '../plugin-api/sync-board-error'
import { BoardWriteError } from '../plugin-api/board-write-error'
import type { PreparedSync } from '../plugin-api/prepare-sync'
import { syncPreviewAsync } from '../plugin-api/sync-preview'
import { type Language, READING_CATALOGUES, SANDBOX_CATALOGUES } from '../i18n'
import type { ReadWarning } from '../reader'
import { warningText } from '../reader/warning-text'
import { type MainToUi, type ParsedUiToMain, type Settings, storedSettings } from '../messages'
import { envelopeOf, type ModelProblemCode, type Problem, problem, type ProblemParams } from '../model'
import { firstJourneys, type JourneyPick, templateCatalogue } from '../templates/template-catalogue'
import { TEMPLATES } from '../templates/templates'
import { type SketchOutline, templateSketches } from '../formats/sketch-outline'
import { isNoSuchBoardProblem } from '../sync/read-sync-state'
import { fileAnswer } from './file-answer'
import { type CheckCounts, checkWorded, runCheckCommandAsync } from './run-check-command'

/** What the sandbox knows of the panel between messages. */
export interface PanelSession {
  /** The panel's language, which FigJam's notifications and the sandbox's errors follow. */
  language: Language
  /** Started as the check command: `waiting` for the panel, then `running` (it runs once). */
  check: 'none' | 'waiting' | 'running'
  /** How many steps the check ran and how many failed, once it is done. */
  checked?: CheckCounts
  /** The template journeys sent when the panel opened; the others go when it asks for them. */
  sentJourneys?: JourneyPick
  /** Each template's sketch outline, made once (see gallerySketches). */
  sketches?: Record<string, SketchOutline>
}

/** The gallery's sketch outlines, made on first use and kept for the session. */
export function gallerySketches(session: PanelSession): Record<string, SketchOutline> {
  session.sketches ??= templateSketches(TEMPLATES)
  return session.sketches
}

export interface HandlerOptions {
  settingsKey: string
  session: PanelSession
}

/** The language the panel speaks by its settings, else what the session knew. */
function followSettings(session: PanelSession, settings: Settings): void {
  if (settings.panelLanguage !== undefined) session.language = settings.panelLanguage
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * What the sandbox tells the panel by a code ("the board changed", "the board is gone"), which the
 * panel words in the language it speaks when it shows it, a language switch included; the message
 * is its English.
 */
function noticeMessage(requestId: string, said: Problem, problems: readonly Problem[] = []): MainToUi {
  return { type: 'error', requestId, message: capitalise(said.message), problem: said, problems: [...problems] }
}

function notice(requestId: string, code: ModelProblemCode, params: ProblemParams = {}): MainToUi {
  return noticeMessage(requestId, problem('', code, params))
}

/**
 * One problem ("nothing is selected...") reads best as the message itself; several go in a list
 * under a headline. The panel words both in its language from their codes.
 */
function problemsMessage(requestId: string, problems: readonly Problem[], headline: ModelProblemCode): MainToUi {
  const [only, ...more] = problems
  if (only !== undefined && more.length === 0) return noticeMessage(requestId, only)
  return noticeMessage(requestId, problem('', headline), problems)
}

/**
 * A failure thrown while reading a board, or a text to import or export: one of Journeyboard's own
 * problems goes by its code; an error FigJam or the browser threw keeps its (English) words inside
 * the panel's words for it.
 */
function thrownMessage(requestId: string, error: unknown, code: 'read-error' | 'compare-error' | 'import-error' | 'export-error'): MainToUi {
  return error instanceof BoardSyncError ? noticeMessage(requestId, error.problem) : notice(requestId, code, { error: errorMessage(error) })
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * The board to update: the one a selected node is on, else (nothing selected) the first board the
 * plugin drew on the page. Undefined stands for "the first".
 */
function boardToUpdate(api: PluginAPI): string | undefined {
  return api.currentPage.selection[0]?.id
}

/** Boards being updated now: a second update of the same board waits for none, it is refused. */
const updating = new Set<string>()

/**
 * The last review of each board: the update that follows applies against its reading instead of
 * reading the board again, after checking that what it changes is still as reviewed.
 */
const reviews = new Map<string, PreparedSync>()


/** Answers one parsed panel message; every failure goes back to the panel and to a notification. */
export async function handleUiMessageAsync(
  api: PluginAPI,
  message: ParsedUiToMain,
  post: (message: MainToUi) => void,
  options: HandlerOptions
): Promise<void> {
  const { session } = options
  const say = SANDBOX_CATALOGUES[session.language]
  // The reader's warnings reach the panel worded in its language, like every other message the sandbox sends.
  const inPanelLanguage = (warnings: readonly ReadWarning[]): ReadWarning[] =>
    warnings.map((warning) => ({ ...warning, message: warningText(warning, READING_CATALOGUES[session.language], session.language) }))
  switch (message.type) {
    case 'ready': {
      const stored: unknown = await api.clientStorage.getAsync(options.settingsKey)
      const settings = storedSettings(stored)
      // The language the panel opens in, unless one is remembered: a panel speaking the browser's
      // French saves no choice, yet FigJam's notifications and the check must be in French too.
      if (message.language !== undefined) session.language = message.language
      followSettings(session, settings)
      // The settings first: the panel then builds its form once, on the remembered choices.
      post({ type: 'init', settings })
      if (session.check === 'none') {
        session.sentJourneys = firstJourneys(settings)
        post({ type: 'templates', templates: templateCatalogue(TEMPLATES, session.sentJourneys), sketches: gallerySketches(session) })
      }
      if (session.check === 'waiting') {
        session.check = 'running'
        await runCheckCommandAsync(api, post, session)
      }
      return
    }
    case 'template-journeys': {
      const sent = session.sentJourneys ?? (() => false)
      post({ type: 'template-journeys-result', templates: templateCatalogue(TEMPLATES, (template, locale) => !sent(template, locale)) })
      return
    }
    case 'save-settings':
      followSettings(session, message.settings)
      await api.clientStorage.setAsync(options.settingsKey, message.settings)
      return
    case 'resize':
      api.ui.resize(Math.round(message.width), Math.round(message.height))
      return
    case 'show-node': {
      const node = await api.getNodeByIdAsync(message.nodeId)
      if (node === null || node.type === 'PAGE' || node.type === 'DOCUMENT') {
        api.notify(say.stickyGone)
        return
      }
      const scene = node as SceneNode
      api.currentPage.selection = [scene]
      api.viewport.scrollAndZoomIntoView([scene])
      return
    }
    case 'generate': {
      const { requestId } = message
      try {
        const summary = await generateBoardAsync(api, message.journey, {
          onProgress: (done, total) => post({ type: 'progress', requestId, done, total }),
          language: session.language,
          ...(message.source === undefined ? {} : { source: message.source }),
          ...(message.envelope === undefined ? {} : { envelope: envelopeOf(message.envelope) })
        })
        post({ type: 'generated', requestId, summary: { ...summary, warnings: inPanelLanguage(summary.warnings) } })
      } catch (error) {
        // FigJam shows 100 characters of a notification ([T] notify): the error itself, often longer, goes to the panel.
        api.notify(say.couldNotDraw, { error: true })
        post({ type: 'error', requestId, message: errorMessage(error), ...(error instanceof BoardWriteError && error.problem !== undefined ? { problem: error.problem } : {}), problems: [] })
      }
      return
    }
    case 'read-back': {
      const { requestId } = message
      try {
        const read = await readBoardAsync(api, message.scope)
        if (read.ok) {
          const { journey } = read.value
          const { svg, series } = journeyEmotionChart([{ label: journey.title, journey }])
          post({ type: 'read-back-result', requestId, ...read.value, warnings: inPanelLanguage(read.value.warnings), ...(svg === undefined || series.length === 0 ? {} : { chart: { svg, series } }) })
          return
        }
        post(problemsMessage(requestId, read.problems, 'could-not-read-board'))
      } catch (error) {
        post(thrownMessage(requestId, error, 'read-error'))
      }
      return
    }
    case 'report': {
      const { requestId, journey } = message
      try {
        post({ type: 'report-result', requestId, html: journeyReportHtml([{ label: journey.title, journey }]) })
      } catch (error) {
        post(thrownMessage(requestId, error, 'export-error'))
      }
      return
    }
    case 'import':
    case 'export':
      try {
        post(fileAnswer(message))
      } catch (error) {
        post(thrownMessage(message.requestId, error, message.type === 'import' ? 'import-error' : 'export-error'))
      }
      return
    case 'word-check':
      session.language = message.language
      post(checkWorded(message.language, session.checked))
      return
    case 'word-warnings':
      post({
        type: 'warnings-worded',
        requestId: message.requestId,
        messages: message.warnings.map((warning, index) => warningText(warning, READING_CATALOGUES[message.language], message.language, message.problems?.[index] ?? undefined))
      })
      return
    case 'sync-preview': {
      const { requestId } = message
      try {
        const selected = message.boardId ?? boardToUpdate(api)
        const preview = await syncPreviewAsync(api, selected, message.journey, {}, message.source)
        if (message.boardId !== undefined) reviews.delete(message.boardId)
        if (!preview.ok) {
          const missing = selected !== undefined && preview.problems.some(isNoSuchBoardProblem)
          post(
            missing
              ? notice(requestId, message.boardId === undefined ? 'not-on-a-board' : 'board-gone')
              : problemsMessage(requestId, preview.problems, 'cannot-update-board')
          )
          return
        }
        reviews.set(preview.value.boardId, preview.value.review)
        const board = preview.value.review.live.nodes.get(preview.value.boardId)?.snap
        post({
          type: 'sync-preview-result',
          requestId,
          boardId: preview.value.boardId,
          boardName: board?.name ?? preview.value.journey.title,
          changeSet: preview.value.changeSet,
          warnings: inPanelLanguage(preview.value.warnings)
        })
      } catch (error) {
        post(thrownMessage(requestId, error, 'compare-error'))
      }
      return
    }
    case 'sync-apply': {
      const { requestId, boardId } = message
      if (updating.has(boardId)) {
        post(notice(requestId, 'board-busy'))
        return
      }
      updating.add(boardId)
      try {
        const reviewed = reviews.get(boardId)
        reviews.delete(boardId)
        const synced = await syncBoardAsync(api, boardId, message.journey, message.resolutions, {
          onProgress: (done, total) => post({ type: 'progress', requestId, done, total }),
          ...(reviewed === undefined ? {} : { reviewed }),
          ...(message.source === undefined ? {} : { source: message.source }),
          ...(message.envelope === undefined ? {} : { envelope: envelopeOf(message.envelope) })
        })
        if (!synced.ok) {
          // A conflict without a choice here is one that arose after the review: the board changed.
          const changed = synced.problems.some((problem) => isUnresolvedConflictProblem(problem) || isChangedSinceReviewProblem(problem))
          if (changed) post(notice(requestId, 'board-changed'))
          else if (synced.problems.some(isNoSuchBoardProblem)) post(notice(requestId, 'board-gone'))
          else post(problemsMessage(requestId, synced.problems, 'could-not-update-board'))
          return
        }
        const { changeSet, counts, notRemoved, warnings } = synced.value
        post({ type: 'synced', requestId, summary: { boardId: synced.value.boardId, changeSet, counts, notRemoved, warnings: inPanelLanguage(warnings) } })
        api.notify(say.updated)
      } catch (error) {
        const restored = error instanceof BoardSyncError && error.restored
        api.notify(restored ? say.couldNotUpdateRestored : say.couldNotUpdate, { error: true })
        post({ type: 'error', requestId, message: errorMessage(error), ...(error instanceof BoardSyncError ? { problem: error.problem } : {}), problems: [] })
      } finally {
        updating.delete(boardId)
      }
      return
    }
  }
}
