import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks'

import type { ExportFormat } from '../src/formats/export-formats'
import type { Language } from '../src/i18n'
import type { SketchOutline } from '../src/formats/sketch-outline'
import type { FileEnvelope, PanelTab, ReadScope, Settings } from '../src/messages'
import type { Journey } from '../src/model'
import type { ReadWarning } from '../src/reader'
import type { JourneyTemplate } from '../src/templates/journey-template'
import type { Bridge } from './bridge'
import { CheckView } from './components/check-view'
import { CreateTab } from './components/create-tab'
import { ImportTab } from './components/import-tab'
import { LanguageMenu } from './components/language-menu'
import { ReadTab } from './components/read-tab'
import { ResizeHandle } from './components/resize-handle'
import { SyncView } from './components/sync-view'
import { WordsFailedNotice } from './components/words-failed-notice'
import { tabIdOf, Tabs } from './controls/tabs'
import { useCheck } from './hooks/use-check'
import { useGenerate } from './hooks/use-generate'
import { usePanelSettings } from './hooks/use-panel-settings'
import { useSpokenLanguage } from './hooks/use-spoken-language'
import { useWordedWarnings } from './hooks/use-worded-warnings'
import { startWordsReady, type UnpackFailure, unpackStartWordsAsync } from './i18n/packed-panel-words'
import { useSync } from './hooks/use-sync'
import { awaitsJourneys, type CheckedTemplateEntry, templatesFromCatalogue, withMoreJourneys } from '../src/templates/templates-from-catalogue'
import { type CreateForm, type CreateFormAction, createFormReducer, initialCreateForm } from './state/create-form'
import { initialPanelLanguage } from './i18n/initial-panel-language'
import { panelText, PanelTextContext } from './i18n/panel-text'
import type { GenerateState } from './state/generate-state'
import { syncReviewOf } from './state/sync-state'

const TAB_ORDER: readonly PanelTab[] = ['create', 'read', 'import']
/** The element each tab shows. */
const TAB_PANEL_ID: Readonly<Record<PanelTab, string>> = { create: 'jb-tab-create', read: 'jb-tab-read', import: 'jb-tab-import' }
const IDLE: GenerateState = { status: 'idle' }
const NO_WARNINGS: readonly ReadWarning[] = []

export function App({ bridge }: { bridge: Bridge }) {
  // The panel speaks the language the user chose (remembered), else the browser's if Journeyboard speaks it.
  const [language, setLanguage] = useState<Language>(() => initialPanelLanguage(navigator.languages))
  // Words that could not be unpacked are said, naming their language (see WordsFailedNotice).
  const [wordsFailure, setWordsFailure] = useState<UnpackFailure | undefined>(undefined)
  const spoken = useSpokenLanguage(language, (previous, failure) => {
    setLanguage(previous)
    setWordsFailure(failure)
  })
  // Reading and importing journeys wait for the words journeys are written in (a few milliseconds).
  const [wordsReady, setWordsReady] = useState(startWordsReady)
  useEffect(() => {
    if (!wordsReady) void unpackStartWordsAsync().then(() => setWordsReady(true))
  }, [wordsReady])
  const text = useMemo(() => panelText(spoken), [spoken])
  const { t } = text
  useEffect(() => {
    document.documentElement.lang = spoken
  }, [spoken])
  const tabLabels: Readonly<Record<PanelTab, string>> = t.tabs
  const [tab, setTab] = useState<PanelTab>('create')
  const [exportFormat, setExportFormat] = useState<ExportFormat>('json')
  const [readScope, setReadScope] = useState<ReadScope>('selection')
  // The Create form, and a template chosen before its journeys came (its card is busy until they do).
  const [{ form, pendingTemplateId }, dispatchForm] = useReducer(panelFormReducer, NO_FORM)
  // The templates come from the sandbox (their content is not in the panel); the remembered
  // choices may come first or after, so the last ones seen are kept for when the templates arrive.
  const remembered = useRef<Settings>({})
  // The templates' journeys come in two parts: those the gallery and the remembered form show, then
  // the other locales, asked for once the gallery is drawn.
  const catalogue = useRef<readonly CheckedTemplateEntry[]>([])
  // The gallery is drawn from each template's sketch outline; the journeys of the form's template
  // come with them, the others after, when the panel asks.
  const [sketches, setSketches] = useState<Readonly<Record<string, SketchOutline>>>({})
  // A layout effect, subscribed before the panel says "ready" (see usePanelSettings).
  useLayoutEffect(
    () =>
      bridge.subscribe((message) => {
        if (message.type === 'templates') {
          catalogue.current = message.templates
          setSketches(message.sketches)
          const load = (): void => dispatchForm({ type: 'load', templates: templatesFromCatalogue(catalogue.current), settings: remembered.current })
          // The journeys show once the words they are written in are unpacked (they are by now, mostly).
          if (startWordsReady()) load()
          else void unpackStartWordsAsync().then(load)
        } else if (message.type === 'template-journeys-result') {
          catalogue.current = withMoreJourneys(catalogue.current, message.templates)
          dispatchForm({ type: 'more-journeys', templates: templatesFromCatalogue(catalogue.current) })
        }
      }),
    [bridge]
  )
  // The Read back and Import tabs, hidden while the panel opens on Create, are built once the
  // gallery is drawn, not before the panel is first interactive; at once when the panel opens on
  // them, and they stay built from then on, so switching never loses what they hold.
  const [galleryDrawn, setGalleryDrawn] = useState(false)
  const otherTabsBuilt = useRef(false)
  const galleryDone = useCallback(() => {
    setGalleryDrawn(true)
    bridge.send({ type: 'template-journeys' })
  }, [bridge])
  const generation = useGenerate(bridge)
  // Started as "Check Journeyboard in this file", the panel shows the check and nothing else.
  const check = useCheck(bridge)
  const sync = useSync(bridge)
  // Updating a board takes the panel over until it is done or cancelled; the tabs keep their state.
  const syncing = sync.state.status !== 'idle'
  // Back from the update view, the focus returns to the button that opened it.
  const wasSyncing = useRef(false)
  useEffect(() => {
    if (wasSyncing.current && !syncing) document.querySelector<HTMLElement>('.jb-tabpanel:not([hidden]) [data-action="update"]')?.focus()
    wasSyncing.current = syncing
  }, [syncing])

  const restore = useCallback((settings: Settings) => {
    if (settings.tab !== undefined) setTab(settings.tab)
    if (settings.exportFormat !== undefined) setExportFormat(settings.exportFormat)
    if (settings.readScope !== undefined) setReadScope(settings.readScope)
    if (settings.panelLanguage !== undefined) setLanguage(settings.panelLanguage)
    remembered.current = settings
    dispatchForm({ type: 'restore', templateId: settings.templateId, locale: settings.locale, personaId: settings.personaId })
  }, [])
  const { markTouched } = usePanelSettings(
    bridge,
    form !== undefined
      ? { tab, templateId: form.templateId, personaId: form.personaId, locale: form.locale, exportFormat, readScope, panelLanguage: language }
      : // The check's panel has no form: it remembers its language beside what the panel remembered.
        check.texts === undefined ? undefined : { ...remembered.current, panelLanguage: language },
    restore,
    language
  )

  const dispatch = useCallback(
    (action: CreateFormAction) => {
      markTouched()
      dispatchForm(action)
    },
    [markTouched]
  )
  // A result banner describes the board just drawn; once the choices change it no longer applies.
  const { reset } = generation
  useEffect(() => reset(), [form, reset])

  // One board is drawn at a time; its result shows on the tab that asked for it.
  const [generatedFrom, setGeneratedFrom] = useState<PanelTab>('create')
  // Each tab is its own source of data: the board keeps a base per source, so an update from the
  // Create tab after one from a file does not undo what the workshop did in between.
  const sourceOf = (from: PanelTab): string => (from === 'create' && form !== undefined ? `template:${form.templateId}:${form.locale}` : from)
  const generateFrom = (from: PanelTab) => (journey: Journey, envelope?: FileEnvelope) => {
    markTouched()
    setGeneratedFrom(from)
    generation.generate(journey, sourceOf(from), envelope)
  }
  const updateFrom = (from: PanelTab) => (journey: Journey, envelope?: FileEnvelope) => {
    markTouched()
    sync.compare(journey, sourceOf(from), envelope)
  }
  // What Generate warns of the board it drew follows a language switch, as Read back's notes do.
  const drawn = generation.state
  const drawnWarnings = useWordedWarnings(bridge, spoken, drawn.status === 'done' ? drawn.summary.warnings : NO_WARNINGS)
  const worded = useMemo(
    (): GenerateState => (drawn.status === 'done' && drawnWarnings !== drawn.summary.warnings ? { ...drawn, summary: { ...drawn.summary, warnings: [...drawnWarnings] } } : drawn),
    [drawn, drawnWarnings]
  )
  // And what an update warns of the board it compared (a stored base it cannot read, and why).
  const reviewed = syncReviewOf(sync.state)?.warnings ?? NO_WARNINGS
  const syncWarnings = useWordedWarnings(bridge, spoken, reviewed)
  const generateStateFor = (from: PanelTab): GenerateState => (worded.status === 'running' || generatedFrom === from ? worded : IDLE)

  if (galleryDrawn || tab !== 'create') otherTabsBuilt.current = true
  const buildOtherTabs = wordsReady && otherTabsBuilt.current

  const languageMenu = (
    <LanguageMenu
      value={language}
      onValueChange={(picked) => {
        markTouched()
        setWordsFailure(undefined)
        setLanguage(picked)
        if (check.texts !== undefined) check.speak(picked)
      }}
    />
  )

  if (check.texts !== undefined) {
    return (
      <PanelTextContext.Provider value={text}>
        <div class="jb-panel">
          <WordsFailedNotice panelFailure={wordsFailure} />
          <CheckView check={{ ...check, texts: check.texts }} languageMenu={languageMenu} />
        </div>
      </PanelTextContext.Provider>
    )
  }

  return (
    <PanelTextContext.Provider value={text}>
    <div class="jb-panel">
      <WordsFailedNotice panelFailure={wordsFailure} />
      <SyncView sync={sync} warnings={syncWarnings} />
      <div class="jb-tabs" hidden={syncing}>
        <div class="jb-grow">
          <Tabs
            tabs={TAB_ORDER.map((id) => ({ value: id, label: tabLabels[id], panelId: TAB_PANEL_ID[id] }))}
            value={tab}
            onValueChange={(picked) => {
              markTouched()
              // A result belongs to the moment it came: back on a tab, nothing stale greets the user.
              reset()
              setTab(picked)
            }}
          />
        </div>
        {languageMenu}
      </div>
      {/* Tabs stay mounted while hidden, so switching never loses a pasted file or a read-back. */}
      <div class="jb-tabpanel" role="tabpanel" id={TAB_PANEL_ID.create} aria-labelledby={tabIdOf(TAB_PANEL_ID.create)} hidden={syncing || tab !== 'create'}>
        {form === undefined ? (
          <div class="jb-body" role="status">
            <p class="jb-hint">{t.loadingTemplates}</p>
          </div>
        ) : (
          <CreateTab
            form={form}
            sketches={sketches}
            busyTemplateId={pendingTemplateId}
            dispatch={dispatch}
            generateState={generateStateFor('create')}
            onGenerate={generateFrom('create')}
            onUpdate={updateFrom('create')}
            onGalleryDrawn={galleryDone}
          />
        )}
      </div>
      <div class="jb-tabpanel" role="tabpanel" id={TAB_PANEL_ID.read} aria-labelledby={tabIdOf(TAB_PANEL_ID.read)} hidden={syncing || tab !== 'read'}>
        {buildOtherTabs ? (
          <ReadTab
            bridge={bridge}
            scope={readScope}
            onScopeChange={(scope) => {
              markTouched()
              setReadScope(scope)
            }}
            exportFormat={exportFormat}
            onExportFormatChange={(format) => {
              markTouched()
              setExportFormat(format)
            }}
          />
        ) : null}
      </div>
      <div class="jb-tabpanel" role="tabpanel" id={TAB_PANEL_ID.import} aria-labelledby={tabIdOf(TAB_PANEL_ID.import)} hidden={syncing || tab !== 'import'}>
        {buildOtherTabs ? <ImportTab bridge={bridge} generateState={generateStateFor('import')} onGenerate={generateFrom('import')} onUpdate={updateFrom('import')} onInputChange={reset} /> : null}
      </div>
      <ResizeHandle onResize={(size) => bridge.send({ type: 'resize', ...size })} />
    </div>
    </PanelTextContext.Provider>
  )
}

type PanelFormAction =
  | CreateFormAction
  | { type: 'load'; templates: JourneyTemplate[]; settings: Settings }
  | { type: 'more-journeys'; templates: JourneyTemplate[] }

/** The Create form, which exists once the sandbox has sent the templates, and a template chosen before its journeys came. */
interface PanelForm {
  form: CreateForm | undefined
  pendingTemplateId: string | undefined
}

const NO_FORM: PanelForm = { form: undefined, pendingTemplateId: undefined }

/** Whether the form must wait for this template's journeys (a template the form lacks has none to wait for). */
function waitsFor(form: CreateForm, templateId: string | undefined): boolean {
  const template = form.templates.find((candidate) => candidate.id === templateId)
  return template !== undefined && awaitsJourneys(template)
}

/**
 * The Create form's changes. A form is only ever made on a template whose journeys have come: one
 * chosen before they did is pending, and chosen once they do.
 */
function panelFormReducer(state: PanelForm, action: PanelFormAction): PanelForm {
  const { form, pendingTemplateId } = state
  if (action.type === 'load') {
    if (action.templates.length === 0) return state
    const { templateId, locale, personaId } = action.settings
    return { form: initialCreateForm(action.templates, form?.templateId ?? templateId, form?.locale ?? locale, form?.personaId ?? personaId), pendingTemplateId }
  }
  if (form === undefined) return state
  // More locales to choose from; what the form holds stays as it is, unless the pending template's journeys came.
  if (action.type === 'more-journeys') {
    const more = { ...form, templates: action.templates }
    if (pendingTemplateId === undefined || waitsFor(more, pendingTemplateId)) return { form: more, pendingTemplateId }
    return { form: createFormReducer(more, { type: 'select-template', templateId: pendingTemplateId }), pendingTemplateId: undefined }
  }
  if (action.type === 'select-template') {
    if (waitsFor(form, action.templateId)) return { form, pendingTemplateId: action.templateId }
    return { form: createFormReducer(form, action), pendingTemplateId: undefined }
  }
  if (action.type === 'restore' && waitsFor(form, action.templateId)) return { form: createFormReducer(form, { ...action, templateId: form.templateId }), pendingTemplateId }
  return { form: createFormReducer(form, action), pendingTemplateId }
}
