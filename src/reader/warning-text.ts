import { fillText } from '../i18n/fill-placeholders'
import type { ReadingCatalogue } from '../i18n/catalogues/reading/en'
import type { ReadWarning, WarningNode } from './board-reading'

/** A node as a warning names it in the language of the words given: `sticky "Calls the store…"`, `section "Pick-up"`, `table`. */
export function nodeText(node: WarningNode, words: ReadingCatalogue): string {
  const nodes = words.nodes as Readonly<Record<string, string>>
  const kind = Object.prototype.hasOwnProperty.call(nodes, node.kind) ? nodes[node.kind]! : words.nodes.node
  return node.text === undefined || node.text === '' ? kind : fillText(words.node, { kind, text: node.text })
}

/** A warning in a language's words (its catalogue's `reading`), from its code and values. */
export function warningText(warning: Pick<ReadWarning, 'code' | 'params' | 'node'>, words: ReadingCatalogue): string {
  const values = warning.node === undefined ? warning.params : { ...warning.params, node: nodeText(warning.node, words) }
  return fillText(words.warnings[warning.code], values)
}
