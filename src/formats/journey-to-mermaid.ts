import type { Journey } from '../model'
import { journeyToMermaidDiagram } from './journey-to-mermaid-diagram'
import { renderMermaidDiagram } from './render-mermaid-diagram'

/**
 * A Mermaid `journey` diagram of the journey: its title, one section per stage, the touchpoints
 * (or actions) as tasks scored 1–5, the persona and actor lanes as people. See
 * `journeyToMermaidDiagram` for the rules and `mermaidSafeText` for how texts are made safe.
 */
export function journeyToMermaid(journey: Journey): string {
  return renderMermaidDiagram(journeyToMermaidDiagram(journey))
}
