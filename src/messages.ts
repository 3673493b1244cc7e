import * as z from 'zod/mini'

import { EmotionChartViewSchema } from './formats/emotion-chart-view'
import { CheckStepSchema, DiagnosticsSchema } from './diagnostics/diagnostics'
import { ExportFormatSchema } from './formats/export-formats'
import { ImportFormatSchema } from './formats/import-formats'
import { TEXT_PIECE_CHARS } from './formats/text-pieces'
import { SketchOutlineSchema } from './formats/sketch-outline'
import { LANGUAGES } from './i18n'
import { JourneySchema, ProblemSchema } from './model'
import { BoardReadingSchema, ReadWarningSchema } from './reader/board-reading'
import { ChangeSetSchema, ResolutionsSchema } from './sync/change-set'

/*
 * The contract between the panel (iframe) and the sandbox. Both sides parse what they receive with
 * these schemas; a message that does not parse is dropped and logged, never acted on.
 */

/** The panel's tabs, in the order they are shown. */
export const PanelTabSchema = z.enum(['create', 'read', 'import'])
export type PanelTab = z.output<typeof PanelTabSchema>


export const ReadScopeSchema = z.enum(['selection', 'page'])
export type ReadScope = z.output<typeof ReadScopeSchema>

/** Bounds for `resize`: small enough to stay usable, large enough never to hide the whole canvas. */
export const PANEL_MIN_WIDTH = 300
export const PANEL_MIN_HEIGHT = 360
export const PANEL_MAX_WIDTH = 1200
export const PANEL_MAX_HEIGHT = 1400

const shortId = z.string().check(z.minLength(1), z.maxLength(120))

/** What the panel remembers per user (figma.clientStorage); every field is optional. */
const SETTINGS_FIELDS = {
  tab: z.optional(PanelTabSchema),
  templateId: z.optional(shortId),
  personaId: z.optional(shortId),
  locale: z.optional(z.string().check(z.minLength(2), z.maxLength(35))),
  exportFormat: z.optional(ExportFormatSchema),
  readScope: z.optional(ReadScopeSchema),
  /** The language the user chose for the panel (and FigJam's notifications); absent until they choose. */
  panelLanguage: z.optional(z.enum(LANGUAGES))
}
export const SettingsSchema = z.object(SETTINGS_FIELDS)
export type Settings = z.output<typeof SettingsSchema>

/**
 * Settings as read from storage, where a value may be stale (a tab or format an older version had):
 * a field that no longer parses is forgotten on its own, so one stale value never wipes the rest.
 * Only the sandbox reads storage; the messages carry settings it read this way or the panel made,
 * and use SettingsSchema. Each field is parsed on its own rather than through zod's catch, which
 * brings all of zod's utilities with it (about 9.5 KB of the panel's bundle, 8.4 KB of the sandbox's).
 */
export function storedSettings(stored: unknown): Settings {
  const settings: Record<string, unknown> = {}
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return settings
  for (const [key, field] of Object.entries(SETTINGS_FIELDS)) {
    const parsed = z.safeParse(field, (stored as Record<string, unknown>)[key])
    if (parsed.success && parsed.data !== undefined) settings[key] = parsed.data
  }
  return settings
}

const requestId = z.string().check(z.minLength(1), z.maxLength(64))

/** The file envelope an imported journey came in (its `$schema` and extension fields): stored on the board and written back by its exports. */
export const FileEnvelopeSchema = z.record(z.string(), z.unknown())
export type FileEnvelope = z.output<typeof FileEnvelopeSchema>
const envelope = z.optional(FileEnvelopeSchema)

/**
 * Where a journey to draw or update from comes from (`template:car-rental:en`, `import`): the board
 * keeps a base per source, so updates from one source never undo what people did since another.
 */
const source = z.optional(z.string().check(z.minLength(1), z.maxLength(200)))

/** One template as `templateCatalogue` gives it: gallery text, its locales and the journeys a message carries. */
export const TemplateEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  description: z.string(),
  locales: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  journeys: z.record(z.string(), JourneySchema)
})

const count = z.int().check(z.gte(0))
/** What nodes stand for in the terms people map in (layout/board-contents.ts). */
const contents = () => z.object({ stages: count, lanes: count, stickies: count, links: count, emotionPoints: count })

// The answers below and the schemas they are made of are built on first use (z.lazy): the panel
// builds as it opens only what its first screen parses (the settings, the templates), the rest
// when its first answer comes; every message is still parsed at the door, with the same schema.

/** What a generate drew (generateBoardAsync's BoardSummary), shown once the board is on the canvas. */
export const BoardSummarySchema = /* @__PURE__ */ z.lazy(() => z.object({
  boardId: z.string(),
  title: z.string(),
  contents: contents(),
  fonts: z.array(z.object({ family: z.string(), style: z.string() })),
  warnings: z.array(ReadWarningSchema)
}))
export type BoardSummary = z.output<typeof BoardSummarySchema>

/** What updating a board did (syncBoardAsync's SyncSummary without the journey, which the panel already has). */
export const SyncResultSchema = /* @__PURE__ */ z.lazy(() => z.object({
  boardId: z.string(),
  changeSet: ChangeSetSchema,
  counts: z.object({ created: count, kept: count, removed: count, moved: count, adopted: count, contentsAdded: contents(), contentsRemoved: contents() }),
  notRemoved: z.array(z.object({ nodeId: z.string(), message: z.string() })),
  warnings: z.array(ReadWarningSchema)
}))
export type SyncResult = z.output<typeof SyncResultSchema>

/** An import's outcome as the panel receives it (importJourney's result). */
export const ImportAnswerSchema = /* @__PURE__ */ z.lazy(() => z.union([
  z.object({ ok: z.literal(true), journey: JourneySchema, warnings: z.array(ProblemSchema), envelope }),
  z.object({ ok: z.literal(false), problems: z.array(ProblemSchema) })
]))
export type ImportAnswer = z.output<typeof ImportAnswerSchema>

/**
 * What the panel sends, parsed by the sandbox only. Made by a call marked pure, so the panel's
 * bundle, which never parses it, leaves it out and never builds it (nor the sandbox the other way,
 * MainToUiSchema below): each side builds only the schemas it parses with as it starts.
 */
export const UiToMainSchema = /* @__PURE__ */ uiToMainSchema()

function uiToMainSchema() {
  return z.discriminatedUnion('type', [
    // The panel's language before any is remembered (the browser's): the sandbox words what it says in it until told otherwise.
    z.object({ type: z.literal('ready'), language: z.optional(z.enum(LANGUAGES)) }),
    z.object({ type: z.literal('save-settings'), settings: SettingsSchema }),
    // The template journeys not sent on `ready`, asked for once the gallery is drawn.
    z.object({ type: z.literal('template-journeys') }),
    z.object({
      type: z.literal('resize'),
      width: z.number().check(z.gte(PANEL_MIN_WIDTH), z.lte(PANEL_MAX_WIDTH)),
      height: z.number().check(z.gte(PANEL_MIN_HEIGHT), z.lte(PANEL_MAX_HEIGHT))
    }),
    z.object({ type: z.literal('generate'), requestId, journey: JourneySchema, source, envelope }),
    z.object({ type: z.literal('read-back'), requestId, scope: ReadScopeSchema }),
    // Select a node the panel names (an item whose placement a person wants to check) and zoom to it.
    z.object({ type: z.literal('show-node'), nodeId: z.string().check(z.minLength(1), z.maxLength(200)) }),
    // Update the selected board (else the first the plugin drew on the page) to this journey: first
    // the change set for the user to review, then, with a choice for every conflict, the update.
    // `boardId` compares again with the board already under review, whatever is selected now.
    z.object({ type: z.literal('sync-preview'), requestId, journey: JourneySchema, boardId: z.optional(z.string().check(z.minLength(1))), source }),
    z.object({ type: z.literal('sync-apply'), requestId, boardId: z.string().check(z.minLength(1)), journey: JourneySchema, resolutions: ResolutionsSchema, source, envelope }),
    // The HTML report of a journey read back: the sandbox holds the report's code, the panel stays small.
    z.object({ type: z.literal('report'), requestId, journey: JourneySchema }),
    // A journey's text to import (pasted or opened) and its format, else detected: the sandbox holds
    // the importers, as it does the exporters below, so the panel stays small.
    z.object({ type: z.literal('import'), requestId, text: z.string(), format: z.optional(ImportFormatSchema) }),
    // A read-back journey in an export format, for the panel to download or copy; a CSV's column names in the journey's language if asked.
    z.object({ type: z.literal('export'), requestId, journey: JourneySchema, format: ExportFormatSchema, envelope, localizedHeader: z.optional(z.boolean()) }),
    // The reader's warnings worded again in a language, for the panel, which does not carry the reader's words, to follow a language switch.
    // With each warning's problems (its causes) in the panel's words, by the warning's place (null for
    // one that sums up none): the panel carries the problems' words, the sandbox the warnings'.
    z.object({ type: z.literal('word-warnings'), requestId, language: z.enum(LANGUAGES), warnings: z.array(ReadWarningSchema), problems: z.optional(z.array(z.nullable(z.string()))) }),
    // The check's view in another language the panel switched to (the panel carries none of the check's words).
    z.object({ type: z.literal('word-check'), language: z.enum(LANGUAGES) })
  ])
}
/** What the panel sends (before defaults are filled in). */
export type UiToMain = z.input<typeof UiToMainSchema>
/** What the sandbox acts on, after parsing. */
export type ParsedUiToMain = z.output<typeof UiToMainSchema>

/** What the sandbox sends, parsed by the panel only (see UiToMainSchema). */
export const MainToUiSchema = /* @__PURE__ */ mainToUiSchema()

function mainToUiSchema() {
  const checkTexts = z.object({ title: z.string(), running: z.string(), copy: z.string(), copied: z.string(), copyFailed: z.string() })
  return z.discriminatedUnion('type', [
    z.object({ type: z.literal('init'), settings: SettingsSchema }),
    // The templates the gallery offers, sent on `ready`: their content lives in the sandbox only.
    // The gallery is drawn from each template's sketch outline (by template id); the journeys are
    // only those of the form the panel opens on, and the rest follow when the panel, drawn, asks.
    z.object({
      type: z.literal('templates'),
      templates: z.array(TemplateEntrySchema).check(z.minLength(1)),
      sketches: z.record(z.string(), SketchOutlineSchema)
    }),
    z.object({ type: z.literal('template-journeys-result'), templates: z.array(TemplateEntrySchema) }),
    z.object({
      type: z.literal('progress'),
      requestId,
      done: count,
      total: count
    }),
    z.object({ type: z.literal('generated'), requestId, summary: BoardSummarySchema }),
    // What readBoardAsync read: the journey, what could not be placed, and which board it was.
    // With the emotion chart the report draws, when the journey has scores.
    z.object({ type: z.literal('read-back-result'), requestId, ...BoardReadingSchema.shape, chart: z.optional(EmotionChartViewSchema) }),
    z.object({
      type: z.literal('sync-preview-result'),
      requestId,
      boardId: z.string(),
      boardName: z.string(),
      changeSet: ChangeSetSchema,
      warnings: z.array(ReadWarningSchema)
    }),
    z.object({ type: z.literal('synced'), requestId, summary: SyncResultSchema }),
    z.object({ type: z.literal('report-result'), requestId, html: z.string() }),
    // What the import read, in the format it read the text as: the journey with its guesses and its
    // file's envelope, else every problem with its line or path. The panel words both from their codes.
    z.object({ type: z.literal('import-result'), requestId, format: ImportFormatSchema, result: ImportAnswerSchema }),
    // The export's text in the pieces the exporter wrote (`textPieces`), none over a piece's size:
    // the panel makes the file of them as they are, and joins them only to copy the text.
    // With what the format could not write exactly (a lone surrogate in CSV or Markdown), which the command line warns of too.
    z.object({ type: z.literal('export-result'), requestId, format: ExportFormatSchema, parts: z.array(z.string().check(z.maxLength(TEXT_PIECE_CHARS))), warnings: z.optional(z.array(ProblemSchema)) }),
    z.object({ type: z.literal('warnings-worded'), requestId, messages: z.array(z.string()) }),
    // "Check Journeyboard in this file": the view's words, each step as it finishes, then the
    // diagnostics document as data, written out once, when someone copies it. The sandbox words the
    // check in the panel's language, so the panel carries none of it.
    z.object({ type: z.literal('check-started'), texts: checkTexts }),
    z.object({ type: z.literal('check-step'), step: CheckStepSchema, label: z.string() }),
    z.object({ type: z.literal('check-report'), passed: z.boolean(), summary: z.string(), diagnostics: DiagnosticsSchema }),
    // The check's words again, in the language the panel switched to: every step's label by its code, and the summary once the check is done.
    z.object({ type: z.literal('check-worded'), texts: checkTexts, labels: z.record(z.string(), z.string()), summary: z.optional(z.string()) }),
    z.object({
      type: z.literal('error'),
      requestId: z.optional(requestId),
      message: z.string(),
      /** The one problem `message` says in English (nothing selected, no board...), which the panel words in its language from its code. */
      problem: z.optional(ProblemSchema),
      problems: z.array(ProblemSchema)
    })
  ])
}
/** What the sandbox sends. */
export type MainToUi = z.input<typeof MainToUiSchema>
/** What the panel acts on, after parsing. */
export type ParsedMainToUi = z.output<typeof MainToUiSchema>
