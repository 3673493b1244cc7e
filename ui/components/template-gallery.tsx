import { useEffect, useState } from 'preact/hooks'

import type { JourneyTemplate } from '../../src/templates/journey-template'
import { describeJourney } from '../state/describe-journey'
import { templateJourney } from '../state/template-journey'
import { JourneySketch } from './journey-sketch'
import { usePanelText } from '../i18n/panel-text'

/** The performance mark set once the gallery and its sketches are first painted. */
export const INTERACTIVE_MARK = 'journeyboard:interactive'

interface TemplateGalleryProps {
  templates: readonly JourneyTemplate[]
  selectedId: string
  onSelect: (templateId: string) => void
  /** Called once, in the frame after the sketches are painted. */
  onDrawn?: (() => void) | undefined
}

/** The templates as cards: a sketch of the board each draws, its title and what it is for. */
export function TemplateGallery({ templates, selectedId, onSelect, onDrawn }: TemplateGalleryProps) {
  const { t } = usePanelText()
  // The gallery's words for the templates Journeyboard ships; a template it does not know keeps its own.
  const known: Readonly<Record<string, { title: string; description: string } | undefined>> = t.templates
  // The first `onDrawn` is the one called: the gallery is drawn once.
  const [drawn] = useState(() => onDrawn)
  useEffect(() => {
    // The sketches are drawn with the cards (the templates were checked at the door): from the
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
        return (
          <li key={template.id}>
            <button
              type="button"
              class="jb-card"
              aria-pressed={template.id === selectedId}
              aria-labelledby={titleId}
              aria-describedby={textId}
              data-template-id={template.id}
              onClick={() => onSelect(template.id)}
            >
              <TemplateSketch template={template} />
              <span class="jb-card-title" id={titleId}>
                {known[template.id]?.title ?? template.title}
              </span>
              <span class="jb-card-text" id={textId}>
                {known[template.id]?.description ?? template.description}
              </span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}

function TemplateSketch({ template }: { template: JourneyTemplate }) {
  const text = usePanelText()
  const journey = templateJourney(template, template.locales[0] ?? 'en')
  return <JourneySketch journey={journey} label={describeJourney(journey, text)} />
}
