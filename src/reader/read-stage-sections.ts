import type { Stage } from '../model'
import { unionBoxes } from '../geometry'
import type { SnapshotNode } from './board-snapshot'
import type { StageColumn } from './cell-locator'
import type { GeneratedBoardContext } from './generated-board-context'
import { IdAllocator, slugId } from './id-allocator'
import { pickStageRow } from './pick-stage-row'

export type StageSectionColumn = StageColumn & { stage: Stage }

/**
 * A generated board's stages, left to right: its tagged stage sections (named after the section
 * now, with their description text) and any section a person added in their row (a new stage).
 * A stage whose section is gone is gone.
 */
/**
 * The name a section added to the row of stages is read with: its own, else "Stage N", numbered
 * after the stored stages in left-to-right order (`added` counts from 0). The sync finds such a
 * section again by this name.
 */
export function addedStageName(node: SnapshotNode, storedCount: number, added: number): string {
  return node.name.trim() === '' ? `Stage ${storedCount + added + 1}` : node.name.trim()
}

export function readStageSections(ctx: GeneratedBoardContext): StageSectionColumn[] {
  const { index, log, stored, board } = ctx
  const order = new Map(stored.stages.map((stage, i) => [stage.id, i]))
  const sections = new Map<string, SnapshotNode>()
  for (const node of ctx.tagged('stage')) {
    const stageId = ctx.tagOf(node)?.stageId
    // A copy of a stage section (same tag) is read as a section added by hand.
    if (node.type !== 'SECTION' || stageId === undefined || !order.has(stageId) || sections.has(stageId)) continue
    sections.set(stageId, node)
  }
  const known = new Set([...sections.values()].map((node) => node.id))
  const added = board.members.filter((node) => node.type === 'SECTION' && !known.has(node.id) && index.parentOf(node)?.id === board.section.id)
  const row = pickStageRow(index, added, unionBoxes([...sections.values()].map((node) => node.box)))

  const columns: (StageSectionColumn & { order: number })[] = []
  for (const stage of stored.stages) {
    const node = sections.get(stage.id)
    if (node === undefined) continue
    ctx.used.add(node.id)
    columns.push({ stageId: stage.id, sectionId: node.id, box: node.box, stage: readStage(ctx, stage, node), order: order.get(stage.id) ?? 0 })
  }
  const ids = new IdAllocator(stored.stages.map((s) => s.id))
  row.stages.forEach((node, i) => {
    ctx.used.add(node.id)
    const position = stored.stages.length + i + 1
    const name = addedStageName(node, stored.stages.length, i)
    const stageId = ids.allocate(slugId(name, `stage-${position}`))
    columns.push({ stageId, sectionId: node.id, box: node.box, stage: { id: stageId, name, description: '' }, order: position })
  })
  for (const node of row.outside) {
    ctx.used.add(node.id)
    log.notRead(node.id, 'not-in-stage-row', { node })
  }
  return columns.sort((a, b) => a.box.x - b.box.x || a.order - b.order).map(({ order: _order, ...column }) => column)
}

/**
 * The stage as its section shows it now: its name, and the description text under its heading. A
 * heading retyped on the board renames the stage, as a renamed section does; where both changed,
 * the heading (what people read) wins. Boards drawn before stages had headings read by the section.
 */
function readStage(ctx: GeneratedBoardContext, stage: Stage, section: SnapshotNode): Stage {
  const part = (wanted: 'title' | 'description'): SnapshotNode | undefined =>
    ctx.tagged('stage').find((node) => {
      const tag = ctx.tagOf(node)
      return tag?.part === wanted && tag.stageId === stage.id
    })
  const heading = part('title')
  if (heading !== undefined) ctx.used.add(heading.id)
  const retyped = (heading?.text ?? '').trim()
  const sectionName = section.name.trim()
  const name = retyped !== '' && retyped !== stage.name.trim() ? retyped : sectionName
  if (name === '') ctx.log.add(section.id, 'stage-unnamed', { stage: stage.name })
  const next: Stage = { ...stage, ...(name !== '' && name !== stage.name ? { name } : {}) }
  const description = part('description')
  if (description !== undefined) {
    ctx.used.add(description.id)
    const text = (description.text ?? '').trim()
    // The board shows the description trimmed; only a different text is an edit.
    if (text !== stage.description.trim()) next.description = text
  } else if (stage.description.trim() !== '') {
    next.description = ''
  }
  return next
}
