import { useMemo } from 'preact/hooks'

import type { SketchOutline } from '../../src/formats/sketch-outline'
import { type Journey, journeyEvidenceLevels } from '../../src/model'
import { SegmentedControl } from '../controls/segmented-control'
import { checkCreateForm, partProblem, personaFieldProblems } from '../state/check-create-form'
import { activeEvidence, type CreateForm, type CreateFormAction, formJourney } from '../state/create-form'
import { chosenStages } from '../state/stage-list-reducer'
import type { GenerateState } from '../state/generate-state'
import { localeName } from '../state/locale-names'
import { templateOrDefault } from '../state/template-journey'
import { GenerateFooter } from './generate-footer'
import { EvidenceSection } from './evidence-section'
import { PersonaSection } from './persona-section'
import { StageList } from './stage-list'
import { TemplateGallery } from './template-gallery'
import { ToggleSection } from './toggle-section'
import { usePanelText } from '../i18n/panel-text'

interface CreateTabProps {
  form: CreateForm
  /** The gallery's sketches as the sandbox sent them, by template id. */
  sketches: Readonly<Record<string, SketchOutline>>
  /** A template chosen before its journeys came (the form changes to it once they do). */
  busyTemplateId?: string | undefined
  dispatch: (action: CreateFormAction) => void
  generateState: GenerateState
  onGenerate: (journey: Journey) => void
  onUpdate: (journey: Journey) => void
  /** Called once the gallery and its sketches are painted. */
  onGalleryDrawn?: () => void
}

/** Template gallery, persona, stages, lanes and language, then Generate. */
export function CreateTab({ form, sketches, busyTemplateId, dispatch, generateState, onGenerate, onUpdate, onGalleryDrawn }: CreateTabProps) {
  const template = templateOrDefault(form.templateId, form.templates)
  const base = formJourney(form)
  const text = usePanelText()
  const { t } = text
  const { journey, problems } = useMemo(() => checkCreateForm(form, text), [form, text])
  return (
    <>
      <div class="jb-body">
        <section class="jb-section" aria-labelledby="jb-template-heading">
          <div class="jb-section-head">
            <h2 class="jb-heading" id="jb-template-heading">
              {t.templateHeading}
            </h2>
          </div>
          <TemplateGallery
            templates={form.templates}
            sketches={sketches}
            selectedId={form.templateId}
            busyId={busyTemplateId}
            onSelect={(templateId) => dispatch({ type: 'select-template', templateId })}
            onDrawn={onGalleryDrawn}
          />
        </section>
        {template.locales.length > 1 ? (
          <section class="jb-section" aria-labelledby="jb-locale-heading">
            <div class="jb-section-head">
              <h2 class="jb-heading" id="jb-locale-heading">
                {t.boardLanguage}
              </h2>
            </div>
            <SegmentedControl
              aria-labelledby="jb-locale-heading"
              options={template.locales.map((locale) => ({ value: locale, children: localeName(locale) }))}
              value={form.locale}
              onValueChange={(locale) => dispatch({ type: 'set-locale', locale })}
            />
          </section>
        ) : null}
        <PersonaSection
          personas={base.personas}
          personaId={form.personaId}
          locale={form.locale}
          edits={form.personaEdits}
          onSelect={(personaId) => dispatch({ type: 'set-persona', personaId })}
          onEdit={(field, value) => dispatch({ type: 'edit-persona', field, value })}
          onReset={() => dispatch({ type: 'reset-persona' })}
          problems={personaFieldProblems(problems)}
        />
        <StageList stages={form.stages} dispatch={(action) => dispatch({ type: 'stages', action })} problem={partProblem(problems, 'stages')} />
        <ToggleSection
          id="lanes"
          heading={t.lanes.heading}
          options={base.lanes}
          on={form.laneIds}
          onToggle={(laneId, on) => dispatch({ type: 'set-lane', laneId, on })}
          problem={partProblem(problems, 'lanes')}
        />
        {base.curves !== undefined && base.curves.length > 1 ? (
          <ToggleSection
            id="curves"
            heading={t.read.chart}
            options={base.curves}
            on={form.curveIds}
            onToggle={(curveId, on) => dispatch({ type: 'set-curve', curveId, on })}
            problem={partProblem(problems, 'curves')}
          />
        ) : null}
        <EvidenceSection
          stages={chosenStages(form.stages).filter((stage) => !stage.added)}
          lanes={base.lanes.filter((lane) => form.laneIds.includes(lane.id))}
          levels={journeyEvidenceLevels(base)}
          choices={activeEvidence(form)}
          onSet={(choice) => dispatch({ type: 'set-evidence', choice })}
          onRemove={(choice) => dispatch({ type: 'remove-evidence', choice })}
        />
      </div>
      <GenerateFooter
        journey={journey}
        problems={problems.map((problem) => ({ path: '', message: problem.message }))}
        waiting={t.fixChoices}
        state={generateState}
        onGenerate={() => {
          if (journey !== undefined) onGenerate(journey)
        }}
        onUpdate={() => {
          if (journey !== undefined) onUpdate(journey)
        }}
      />
    </>
  )
}
