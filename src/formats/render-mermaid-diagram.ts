import type { MermaidDiagram } from './mermaid-journey'

const INDENT = '  '

/**
 * Writes a Mermaid `journey` diagram. The texts must already be safe for Mermaid
 * (`mermaidSafeText`); the tasks' scores are written as they are.
 */
export function renderMermaidDiagram(diagram: MermaidDiagram): string {
  const lines = ['journey', `${INDENT}title ${diagram.title}`]
  if (diagram.accDescr !== null) lines.push(`${INDENT}accDescr: ${diagram.accDescr}`)
  for (const section of diagram.sections) {
    lines.push(`${INDENT}section ${section.name}`)
    for (const task of section.tasks) {
      const people = task.people.length === 0 ? '' : `: ${task.people.join(', ')}`
      lines.push(`${INDENT}${INDENT}${task.task}: ${task.score}${people}`)
    }
  }
  return `${lines.join('\n')}\n`
}
