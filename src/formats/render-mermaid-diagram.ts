import type { MermaidDiagram } from './mermaid-journey'
import { MERMAID_LOOK_ALIKE_MARKER } from './mermaid-safe-text'

const INDENT = '  '

/**
 * Writes a Mermaid `journey` diagram. The texts must already be safe for Mermaid
 * (`mermaidSafeText`); the tasks' scores are written as they are.
 */
export function renderMermaidDiagram(diagram: MermaidDiagram): string {
  return mermaidDiagramLines(diagram).join('')
}

/** The lines `renderMermaidDiagram` writes, each with its line feed, for gathering into pieces. */
export function mermaidDiagramLines(diagram: MermaidDiagram): string[] {
  const lines = ['journey']
  if (diagram.lookAlikes) lines.push(MERMAID_LOOK_ALIKE_MARKER)
  lines.push(`${INDENT}title ${diagram.title}`)
  if (diagram.accTitle !== null) lines.push(`${INDENT}accTitle: ${diagram.accTitle}`)
  if (diagram.accDescr !== null) {
    if (diagram.accDescr.includes('\n')) lines.push(`${INDENT}accDescr {`, ...diagram.accDescr.split('\n').map((line) => `${INDENT}${INDENT}${line}`), `${INDENT}}`)
    else lines.push(`${INDENT}accDescr: ${diagram.accDescr}`)
  }
  for (const section of diagram.sections) {
    lines.push(`${INDENT}section ${section.name}`)
    for (const task of section.tasks) {
      const people = task.people.length === 0 ? '' : `: ${task.people.join(', ')}`
      lines.push(`${INDENT}${INDENT}${task.task}: ${task.score}${people}`)
    }
  }
  return lines.map((line) => `${line}\n`)
}
