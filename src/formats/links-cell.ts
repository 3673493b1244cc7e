import { fail, type ImportProblemCode, LinkKindSchema, type LinkKind, ok, type ProblemParams, type Result } from '../model'
import { importProblem } from './import-problem'

/** A link as the CSV's `links` cell writes it, on the row of the item it starts from. */
export interface LinkCellEntry {
  kind: LinkKind
  to: string
  label: string
}

const SEPARATOR = '; '
const DEFAULT_KIND: LinkKind = 'interaction'

/**
 * `handover->item-7 "Sends the case"; referral->item-9`: kind, arrow, target item id, and the
 * label as a JSON string when there is one (so quotes, semicolons and line breaks survive).
 */
export function formatLinksCell(links: readonly LinkCellEntry[]): string {
  if (links.length === 0) return ''
  return links.map((link) => `${link.kind}->${link.to}${link.label === '' ? '' : ` ${JSON.stringify(link.label)}`}`).join(SEPARATOR)
}

/** An empty cell's answer, one shared by every row without links (frozen, as they all share it). */
const NO_LINKS: Result<readonly LinkCellEntry[]> = Object.freeze(ok(Object.freeze([])))

const KIND_ARROW = /^([A-Za-z-]+?)->/
const ITEM_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*/
const JSON_STRING = /^"(?:[^"\\]|\\.)*"/

/**
 * Reads a `links` cell. The kind may be left out (`item-7` is an interaction); the label may be
 * left out (no label).
 * @returns the links, else one message saying what is wrong (the caller adds the line).
 */
export function parseLinksCell(cell: string): Result<readonly LinkCellEntry[]> {
  let rest = cell.trim()
  if (rest === '') return NO_LINKS
  const links: LinkCellEntry[] = []
  const problem = (code: ImportProblemCode, params: ProblemParams): Result<readonly LinkCellEntry[]> => fail([importProblem('', code, params)])
  while (rest !== '') {
    let kind: LinkKind = DEFAULT_KIND
    const arrow = KIND_ARROW.exec(rest)
    if (arrow !== null) {
      const parsedKind = LinkKindSchema.safeParse(arrow[1])
      if (!parsedKind.success) {
        return problem('csv-link-kind', { kind: arrow[1] ?? '', options: [...LinkKindSchema.options] })
      }
      kind = parsedKind.data
      rest = rest.slice(arrow[0].length)
    }
    const id = ITEM_ID.exec(rest)
    if (id === null) return problem('csv-link-needs-id', { rest })
    rest = rest.slice(id[0].length).trimStart()
    let label = ''
    if (rest.startsWith('"')) {
      const quoted = JSON_STRING.exec(rest)
      if (quoted === null) return problem('csv-link-label-unclosed', { id: id[0] })
      try {
        label = JSON.parse(quoted[0]) as string
      } catch {
        return problem('csv-link-label-bad', { id: id[0], text: quoted[0] })
      }
      rest = rest.slice(quoted[0].length).trimStart()
    }
    links.push({ kind, to: id[0], label })
    if (rest === '') break
    if (!rest.startsWith(';')) return problem('csv-link-separator', { rest, id: id[0] })
    rest = rest.slice(1).trimStart()
  }
  return ok(links)
}
