/**
 * A Mermaid `journey` diagram as Mermaid's own parser sees it. Absent texts are `null`, as Mermaid
 * reports them.
 */
export interface MermaidJourney {
  /** The `title` statement, as written after `title ` (Mermaid does not trim it). */
  title: string | null
  accTitle: string | null
  accDescr: string | null
  /** The `title:` of the YAML front matter, which Mermaid shows when there is no `title` statement. */
  frontmatterTitle: string | null
  /** The `%%{...}%%` directives, which Mermaid strips before parsing. */
  directives: string[]
  /** Whether Mermaid would pick the journey diagram for this text (its keyword is case-sensitive there). */
  detectedAsJourney: boolean
  /** The declared sections in order, trimmed as Mermaid displays them; a name may repeat. */
  sections: string[]
  tasks: MermaidTask[]
  /** Every person named by a task, once each, in Mermaid's order (JavaScript's default sort). */
  actors: string[]
}

export interface MermaidTask {
  /** The section the task falls under, exactly as Mermaid records it ('' before any section). */
  section: string
  /** Which of `sections` the task falls under (-1 before the first section). */
  sectionIndex: number
  task: string
  /** Any number Mermaid's `Number()` gives, NaN included. */
  score: number
  /** Split on commas and trimmed; empty names are kept. */
  people: string[]
  /** The line of the task in the source text. */
  line: number
}

/** What the exporter draws: one section per stage, tasks with a 1–5 score and the people involved. */
export interface MermaidDiagram {
  title: string
  accTitle: string | null
  accDescr: string | null
  /** Whether any text is written with look-alikes, so the diagram carries the marker comment. */
  lookAlikes: boolean
  sections: MermaidDiagramSection[]
}

export interface MermaidDiagramSection {
  name: string
  tasks: MermaidDiagramTask[]
}

export interface MermaidDiagramTask {
  task: string
  score: number
  people: string[]
}
