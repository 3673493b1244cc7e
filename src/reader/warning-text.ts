import { fillText } from '../i18n/fill-placeholders'
import type { Language } from '../i18n/languages'
import type { ReadingCatalogue } from '../i18n/catalogues/reading/en'
import { valueText } from '../i18n/value-text'
import type { ReadWarning, WarningNode } from './board-reading'

/** A node as a warning names it in the language of the words given: `sticky "Calls the store…"`, `section "Pick-up"`, `table`. */
export function nodeText(node: WarningNode, words: ReadingCatalogue): string {
  const nodes = words.nodes as Readonly<Record<string, string>>
  const kind = Object.prototype.hasOwnProperty.call(nodes, node.kind) ? nodes[node.kind]! : words.nodes.node
  return node.text === undefined || node.text === '' ? kind : fillText(words.node, { kind, text: node.text })
}

/**
 * A warning in a language's words (its catalogue's `reading`), from its code and values: a list as
 * the language writes lists, a number in its marks, as a problem's values are written.
 */
export function warningText(warning: Pick<ReadWarning, 'code' | 'params' | 'node'>, words: ReadingCatalogue, language: Language): string {
  const values = Object.fromEntries(Object.entries(warning.params).map(([name, value]) => [name, valueText(value, language)]))
  return fillText(words.warnings[warning.code], warning.node === undefined ? values : { ...values, node: nodeText(warning.node, words) })
}
