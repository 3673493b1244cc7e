import { countText, fillText } from '../i18n'
import type { Persona } from '../model'
import type { BoardLabels } from './board-labels'

/**
 * The persona card's text: name, role and age, description, quote, then one bulleted block per
 * list the persona has (goals, needs, expectations, frustrations, ambitions, hobbies) and its
 * channels. Empty parts are left out, so a sparse persona makes a short card.
 */
export function personaCardText(persona: Persona, labels: BoardLabels): string {
  const blocks: string[][] = []
  const age = persona.age === undefined ? '' : countText(labels.language, labels.age, persona.age)
  const subtitle = [persona.role.trim(), age].filter((part) => part !== '').join(' · ')
  blocks.push(subtitle === '' ? [persona.name] : [persona.name, subtitle])
  if (persona.description.trim() !== '') blocks.push([persona.description.trim()])
  if (persona.quote.trim() !== '') blocks.push([`“${persona.quote.trim()}”`])
  const lists: [string, readonly string[]][] = [
    [labels.goals, persona.goals],
    [labels.needs, persona.needs],
    [labels.expectations, persona.expectations],
    [labels.frustrations, persona.frustrations],
    [labels.ambitions, persona.ambitions],
    [labels.hobbies, persona.hobbies]
  ]
  for (const [heading, entries] of lists) {
    if (entries.length > 0) blocks.push([heading, ...entries.map((entry) => `• ${entry}`)])
  }
  if (persona.channels.length > 0) {
    const list = persona.channels.map((channel) => labels.channelNames[channel]).join(labels.typography.list)
    blocks.push([fillText(labels.typography.labelled, { label: labels.channels, value: list })])
  }
  return blocks.map((block) => block.join('\n')).join('\n\n')
}
