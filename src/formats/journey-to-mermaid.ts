import { journeyCurves, type Journey } from '../model'
import { journeyToMermaidDiagram } from './journey-to-mermaid-diagram'
import { mermaidSafeText } from './mermaid-safe-text'
import { mermaidDiagramLines } from './render-mermaid-diagram'
import { textPieces } from './text-pieces'

/** How the comment naming a diagram's curve starts; Mermaid ignores `%%` lines. */
export const MERMAID_CURVE_NOTE = '%% Scores of the curve '

export interface MermaidExportOptions {
  /** The emotion curve whose scores the tasks get; the primary one when absent. */
  curveId?: string
}

/**
 * A Mermaid `journey` diagram of the journey: its title, one section per stage, the actions
 * (or touchpoints) as tasks scored 1–5, the persona and actor lanes as people. See
 * `journeyToMermaidDiagram` for the rules and `mermaidSafeText` for how texts are made safe.
 * Mermaid's journey has one score per task, so a map with several curves gives one diagram per
 * curve; this one ends with a comment naming the curves it leaves out. In pieces for writing
 * (`textPieces`): whole lines gathered up to a piece's size.
 */
export function journeyToMermaidPieces(journey: Journey, options: MermaidExportOptions = {}): string[] {
  const lines = mermaidDiagramLines(journeyToMermaidDiagram(journey, options.curveId))
  const curves = journeyCurves(journey)
  if (curves.length < 2) return [...textPieces(lines)]
  const shown = curves.find((curve) => curve.id === options.curveId) ?? curves[0]
  const others = curves.filter((curve) => curve !== shown).map((curve) => `${mermaidSafeText(curve.name, 'title')} (${curve.id})`)
  return [...textPieces(lines, `${MERMAID_CURVE_NOTE}${mermaidSafeText(shown?.name ?? '', 'title')}; also on this map: ${others.join(', ')}. Export each with --curve <id>.\n`)]
}

/** The Mermaid diagram (`journeyToMermaidPieces`) as one text, for callers that want one string. */
export function journeyToMermaid(journey: Journey, options: MermaidExportOptions = {}): string {
  return journeyToMermaidPieces(journey, options).join('')
}
