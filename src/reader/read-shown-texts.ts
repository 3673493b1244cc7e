import { followedPersona, type Journey } from '../model'
import type { SnapshotNode } from './board-snapshot'
import type { GeneratedBoardContext } from './generated-board-context'

export type ShownTexts = Pick<Journey, 'title' | 'scenario' | 'context' | 'phases'>

/**
 * The journey texts a generated board shows, as they read now: the title (header or section name),
 * scenario, context and phase names. The board shows them trimmed (and the persona's scenario when
 * the journey has none), so only a text that differs from what was shown counts as an edit; a
 * removed text empties its field.
 */
export function readShownTexts(ctx: GeneratedBoardContext): ShownTexts {
  const { stored, board } = ctx
  const header = (part: string): SnapshotNode | undefined => ctx.tagged('header').find((node) => ctx.tagOf(node)?.part === part)

  let title = stored.title
  const heading = (header('title')?.text ?? '').trim()
  const sectionName = board.section.name.trim()
  if (heading !== '' && heading !== stored.title) title = heading
  else if (sectionName !== '' && sectionName !== stored.title) title = sectionName

  const persona = followedPersona(stored)
  const shownScenario = stored.scenario.trim() !== '' ? stored.scenario.trim() : (persona?.scenario ?? '').trim()
  const phases = stored.phases.map((phase) => {
    const band = ctx.tagged('phase').find((node) => ctx.tagOf(node)?.phaseId === phase.id && (node.text ?? '').trim() !== phase.name)
    const name = (band?.text ?? '').trim()
    return name === '' ? phase : { ...phase, name }
  })
  return {
    title,
    scenario: editedText(header('scenario'), shownScenario, stored.scenario),
    context: editedText(header('context'), stored.context.trim(), stored.context),
    phases
  }
}

function editedText(node: SnapshotNode | undefined, shown: string, stored: string): string {
  if (node === undefined) return shown === '' || stored.trim() === '' ? stored : ''
  const text = (node.text ?? '').trim()
  return text === shown ? stored : text
}
