import { useEffect, useState } from 'preact/hooks'

import type { SketchOutline } from '../../src/formats/sketch-outline'
import type { JourneyTemplate } from '../../src/templates/journey-template'
import { describeJourney, describeSketch } from '../state/describe-journey'
import { templateJourney } from '../state/template-journey'
import { JourneySketch, OutlineSketch } from './journey-sketch'
import { usePanelText } from '../i18n/panel-text'

/** The performance mark set once the gallery and its sketches are first painted. */
export const INTERACTIVE_MARK = 'journeyboard:interactive'

interface TemplateGalleryProps {
  templates: readonly JourneyTemplate[]
  /** Each template's sketch as the sandbox sent it, by id; a template without one is sketched from its journey. */
  sketches: Readonly<Record<string, SketchOutline>>
  selectedId: string
  /** A template chosen before its journeys came: its card shows it is busy until they do. */
  busyId?: string | undefined
  onSelect: (templateId: string) => void
  /** Called once, in the frame after the sketches are painted. */
  onDrawn?: (() => void) | undefined
}

/** The templates as cards: a sketch of the board each draws, its title and what it is for. */
export function TemplateGallery({ templates, sketches, selectedId, busyId, onSelect, onDrawn }: TemplateGalleryProps) {
  const { t } = usePanelText()
  // The gallery's words for the templates Journeyboard ships; a template it does not know keeps its own.
  const known: Readonly<Record<string, { title: string; description: string } | undefined>> = t.templates
  // The first `onDrawn` is the one called: the gallery is drawn once.
  const [drawn] = useState(() => onDrawn)
  useEffect(() => {
    // The sketches are drawn with the cards, from the outlines checked at the door: from the
    // frame after they are painted, the panel is all there and answers clicks; the bench reads
    // this mark to time start-up.
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (performance.getEntriesByName(INTERACTIVE_MARK).length === 0) performance.mark(INTERACTIVE_MARK)
        drawn?.()
      }, 0)
    )
  }, [drawn])
  return (
    <ul class="jb-gallery" aria-label={t.galleryLabel}>
      {templates.map((template) => {
        const titleId = `jb-template-${template.id}-title`
        const textId = `jb-template-${template.id}-text`
        const description = known[template.id]?.description ?? template.description
        return (
          <li key={template.id}>
            <button
              type="button"
              class="jb-card"
              aria-pressed={template.id === selectedId}
              aria-busy={template.id === busyId ? true : undefined}
              aria-labelledby={titleId}
              aria-describedby={textId}
              data-template-id={template.id}
              onClick={() => onSelect(template.id)}
            >
              <TemplateSketch template={template} outline={sketches[template.id]} />
              <span class="jb-card-title" id={titleId}>
                {known[template.id]?.title ?? template.title}
              </span>
              {/* Cut to two lines on the card; the whole text on hover, and on the card chosen. */}
              <span class="jb-card-text" id={textId} title={description}>
                {description}
              </span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}

function TemplateSketch({ template, outline }: { template: JourneyTemplate; outline: SketchOutline | undefined }) {
  const text = usePanelText()
  if (outline !== undefined) return <OutlineSketch outline={outline} label={describeSketch(outline, text)} />
  const locale = template.locales[0]
  if (locale === undefined) return null
  const journey = templateJourney(template, locale)
  return <JourneySketch journey={journey} label={describeJourney(journey, text)} />
}
