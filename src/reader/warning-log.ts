import { enReading } from '../i18n/catalogues/reading/en'
import { keepShape } from '../hidden-classes/keep-shape'
import type { Problem } from '../model'
import type { ReadWarning, ReadWarningCode, ReadWarningKind, WarningNode } from './board-reading'
import type { SnapshotNode } from './board-snapshot'
import { warningNode } from './describe-node'
import { warningText } from './warning-text'

/**
 * What fills a warning's placeholders: `node` is the node it names (or a stand-in for one),
 * `problems` the problems it sums up (kept as its `causes`), the rest plain values.
 */
export type WarningValues = { node?: SnapshotNode | WarningNode; problems?: readonly Problem[] | string } & Readonly<
  Record<string, string | number | readonly string[] | readonly Problem[] | SnapshotNode | WarningNode | undefined>
>

/** A doubt about a placement, said as a warning would say it: recorded once in the log, kept as a note on the item. */
export interface Doubt {
  code: ReadWarningCode
  values: WarningValues
}

/** A warning's code and values as a warning: its params, the node it names and its English words. */
export function readWarning(nodeId: string | null, code: ReadWarningCode, values: WarningValues = {}, kind?: ReadWarningKind): ReadWarning {
  const params: ReadWarning['params'] = {}
  let node: WarningNode | undefined
  let causes: Problem[] | undefined
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue
    if (name === 'node' && typeof value === 'object') node = 'kind' in value && !('type' in value) ? value : warningNode(value as SnapshotNode)
    // The problems summed up as data, worded where the warning is; one level deep, as a problem's causes are.
    else if (name === 'problems' && Array.isArray(value)) causes = (value as readonly Problem[]).map(({ causes: _causes, ...cause }) => cause)
    else if (Array.isArray(value)) params[name] = [...(value as readonly string[])]
    else if (typeof value !== 'object') params[name] = value
  }
  const warning: ReadWarning = { nodeId, code, params, ...(node === undefined ? {} : { node }), ...(causes === undefined ? {} : { causes }), message: '', ...(kind === undefined ? {} : { kind }) }
  // The English words stay in `message` for the command line, scripts and JSON; the panel words it in its language from the code.
  warning.message = warningText(warning, enReading, 'en')
  return warning
}

/** Collects warnings in the order they arise, each distinct one once; each has a code, its values and its words in English. */
export class WarningLog {
  private readonly entries: ReadWarning[] = []
  private readonly seen = new Set<string>()

  add(nodeId: string | null, code: ReadWarningCode, values: WarningValues = {}, kind?: ReadWarningKind): void {
    this.keep(readWarning(nodeId, code, values, kind))
  }

  /** A node left out of the journey, and why. */
  notRead(nodeId: string, code: ReadWarningCode, values: WarningValues = {}): void {
    this.add(nodeId, code, values, 'not-read')
  }

  /** Takes in what another log collected (a reading tried on its own log and kept), kinds and all. */
  addAll(other: WarningLog): void {
    for (const warning of other.entries) this.keep(warning)
  }

  /** Keeps a warning unless the same words were said of the same node already. */
  private keep(warning: ReadWarning): void {
    const key = `${warning.nodeId ?? ''}\u0000${warning.message}`
    if (this.seen.has(key)) return
    this.seen.add(key)
    this.entries.push(warning)
  }

  list(): ReadWarning[] {
    return this.entries.map((entry) => ({ ...entry }))
  }
}

// Every reading makes several (see keepShape).
keepShape(new WarningLog())
