import * as z from 'zod/mini'

import { STICKY_SIZE } from '../layout/layout-metrics'
import { FIGJAM_DEFAULTS } from '../plugin-api/figjam-defaults'
import type { FontLoader } from '../plugin-api/font-loader'
import type { StepOutcome } from './check-step'

/** Sections in the probe's board section, as the measuring board holds a section per stage. */
const PROBE_SECTIONS = 2

/**
 * The order the stickies of a section are added in, by the order they were made: neither the order
 * they were made in nor, placed right to left, their order on the canvas (see probeExportAsync).
 */
const ADD_ORDER = [2, 0, 1] as const

/** Between the lists of two sections in `added` and `exported`. */
const SECTION_BREAK = ' | '

/**
 * What the probe needs of FigJam's export, checked at the door (the answer comes from the host): the
 * board section, its sections by name, and in each the nodes with their ids and a sticky's text.
 */
const ExportedNodeSchema = z.object({ id: z.string(), type: z.string(), characters: z.optional(z.string()) })
const ExportedSectionSchema = z.object({ id: z.string(), name: z.string(), type: z.literal('SECTION'), children: z._default(z.array(ExportedNodeSchema), []) })
const ExportedProbeSchema = z.object({ document: z.object({ id: z.string(), type: z.literal('SECTION'), children: z._default(z.array(ExportedSectionSchema), []) }) })
type ExportedProbe = z.output<typeof ExportedProbeSchema>

/** What the probe drew: the board section's id, and each section's name, id and stickies in the order they were added. */
export interface DrawnProbe {
  id: string
  sections: { name: string; id: string; stickies: { id: string; text: string }[] }[]
}

/**
 * Whether FigJam's REST export (`exportAsync({ format: 'JSON_REST_V1' })`) does the two things
 * Generate's measuring relies on (plugin-api/measured-nodes.ts) and no source documents: it gives
 * each node the id the Plugin API gives it, so a sticky's id is taken from the export instead of
 * read once per sticky; and it lists a section's children in the order they were added (back to
 * front, as the Plugin API's `children`), so each height in the export is matched to its sticky by
 * position. The probe draws a board section at `at` holding two sections of three numbered stickies
 * each, exports the board section once, compares, and removes what it drew.
 */
export async function probeExportAsync(api: PluginAPI, fonts: FontLoader, at: { x: number; y: number }): Promise<StepOutcome> {
  await fonts.loadAsync([FIGJAM_DEFAULTS.sticky.font])
  const board = api.createSection()
  // Made but not yet in the board section, which takes what it holds along when removed.
  const loose = new Set<SceneNode>()
  try {
    board.x = at.x
    board.y = at.y
    const drawn: DrawnProbe = { id: board.id, sections: [] }
    for (let index = 0; index < PROBE_SECTIONS; index += 1) {
      const section = api.createSection()
      loose.add(section)
      board.appendChild(section)
      loose.delete(section)
      const name = String(index + 1)
      section.name = name
      const made = ADD_ORDER.map(() => api.createSticky())
      for (const sticky of made) loose.add(sticky)
      const stickies: DrawnProbe['sections'][number]['stickies'] = []
      for (const [rank, which] of ADD_ORDER.entries()) {
        const sticky = made[which]!
        section.appendChild(sticky)
        loose.delete(sticky)
        sticky.x = (ADD_ORDER.length - 1 - rank) * STICKY_SIZE
        // Numbered across the board in the order added, so the export's order shows whatever its ids do.
        const text = String(index * ADD_ORDER.length + rank + 1)
        sticky.text.characters = text
        stickies.push({ id: sticky.id, text })
      }
      drawn.sections.push({ name, id: section.id, stickies })
    }
    return compareExport(drawn, await board.exportAsync({ format: 'JSON_REST_V1' }))
  } finally {
    board.remove()
    for (const node of loose) node.remove()
  }
}

/**
 * Compares FigJam's export of the probe with what was drawn. Each node is found in the export by
 * what it holds (a section by its name, a sticky by its text), so a different id and a different
 * order are told apart: `differentIds` lists each node whose id differs (`drawn as exported`), and
 * `exported` lists the sticky texts in the export's order beside `added`, the order they were added.
 * @throws when the export is not a board section holding sections (FigJam's words kept)
 */
export function compareExport(drawn: DrawnProbe, answer: unknown): StepOutcome {
  const parsed = ExportedProbeSchema.safeParse(answer)
  if (!parsed.success) throw new Error(`the export of the probe's section is not REST JSON of a section holding sections: ${parsed.error.issues[0]?.message ?? 'unexpected shape'}`)
  const exported = parsed.data.document
  const differentIds = [...idDifferences(drawn, parsed.data)]
  const added = drawn.sections.map((section) => section.stickies.map((sticky) => sticky.text).join(' ')).join(SECTION_BREAK)
  const listed = exported.children.map((section) => section.children.map((node) => node.characters ?? `(${node.type})`).join(' ')).join(SECTION_BREAK)
  const sameIds = differentIds.length === 0
  const sameOrder = listed === added
  return {
    passed: sameIds && sameOrder,
    observed: {
      sections: drawn.sections.length,
      stickies: drawn.sections.reduce((sum, section) => sum + section.stickies.length, 0),
      sameIds,
      sameOrder,
      added,
      exported: listed,
      differentIds: sameIds ? null : differentIds.join(', ')
    }
  }
}

/** Each drawn node whose id the export does not give it, as `drawn as exported` (`missing` for a node not in the export). */
function* idDifferences(drawn: DrawnProbe, { document }: ExportedProbe): Generator<string> {
  if (document.id !== drawn.id) yield `${drawn.id} as ${document.id}`
  const stickies = new Map(document.children.flatMap((section) => section.children.flatMap((node) => (node.characters === undefined ? [] : [[node.characters, node.id] as const]))))
  for (const section of drawn.sections) {
    const id = document.children.find((exported) => exported.name === section.name)?.id
    if (id !== section.id) yield `${section.id} as ${id ?? 'missing'}`
    for (const sticky of section.stickies) {
      const stickyId = stickies.get(sticky.text)
      if (stickyId !== sticky.id) yield `${sticky.id} as ${stickyId ?? 'missing'}`
    }
  }
}
