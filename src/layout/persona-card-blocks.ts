import { countText, quotedText } from '../i18n'
import type { Persona } from '../model'
import type { BoardLabels } from './board-labels'
import type { PlanFont } from './board-plan'
import { BODY_FONT, HEADING_FONT, PERSONA_FONT_SIZE, PERSONA_NAME_FONT_SIZE } from './layout-metrics'
import type { PlanPart } from './plan-tag'

/** One text on the persona card, top to bottom. */
export interface PersonaCardBlock {
  /** Unique on the card; part of the plan key. */
  id: string
  /** The name is the card's title, a list's heading its label, everything else its text. */
  part: Extract<PlanPart, 'title' | 'label' | 'text'>
  text: string
  font: PlanFont
  fontSize: number
  /** Sits close under the block above (a list under its heading, the role line under the name); other blocks are a paragraph apart. */
  tight: boolean
}

type ListName = 'goals' | 'needs' | 'expectations' | 'frustrations' | 'ambitions' | 'hobbies'
const LISTS: readonly ListName[] = ['goals', 'needs', 'expectations', 'frustrations', 'ambitions', 'hobbies']

/**
 * The persona card as persona cards are drawn in journey-mapping practice: the name as a heading,
 * a role line (role and age), the description and quote, then each list the persona has (goals,
 * needs, expectations, frustrations, ambitions, hobbies, channels) under a bold heading in the
 * journey's language. Each is its own text node rather than one text with bold ranges: FigJam
 * measures each block's height as it is set (its two-pass rule), and an update rewrites a block's
 * words without having to put styled ranges back. Empty parts are left out.
 */
export function personaCardBlocks(persona: Persona, labels: BoardLabels): PersonaCardBlock[] {
  const blocks: PersonaCardBlock[] = []
  const body = (id: string, text: string, tight = false): void => {
    blocks.push({ id, part: 'text', text, font: BODY_FONT, fontSize: PERSONA_FONT_SIZE, tight })
  }
  const list = (id: string, heading: string, entries: readonly string[]): void => {
    blocks.push({ id: `${id}:heading`, part: 'label', text: heading, font: HEADING_FONT, fontSize: PERSONA_FONT_SIZE, tight: false })
    body(id, entries.map((entry) => `• ${entry}`).join('\n'), true)
  }
  if (persona.name.trim() !== '') {
    blocks.push({ id: 'name', part: 'title', text: persona.name.trim(), font: HEADING_FONT, fontSize: PERSONA_NAME_FONT_SIZE, tight: false })
  }
  const age = persona.age === undefined ? '' : countText(labels.language, labels.age, persona.age)
  const roleLine = [persona.role.trim(), age].filter((part) => part !== '').join(labels.typography.separator)
  if (roleLine !== '') body('role', roleLine, true)
  if (persona.description.trim() !== '') body('description', persona.description.trim())
  if (persona.quote.trim() !== '') body('quote', quotedText(labels.typography, persona.quote.trim()))
  for (const name of LISTS) {
    // A loop rather than map and filter (see keepShape).
    const entries: string[] = []
    for (const entry of persona[name]) {
      const trimmed = entry.trim()
      if (trimmed !== '') entries.push(trimmed)
    }
    if (entries.length > 0) list(name, labels[name], entries)
  }
  if (persona.channels.length > 0) list('channels', labels.channels, persona.channels.map((channel) => labels.channelNames[channel]))
  return blocks
}
