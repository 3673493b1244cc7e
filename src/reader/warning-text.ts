import { fillText } from '../i18n/fill-placeholders'
import type { Language } from '../i18n/languages'
import type { ReadingCatalogue } from '../i18n/catalogues/reading/en'
import { valueText } from '../i18n/value-text'
import type { MarkColor, StickyColor } from '../model/journey-schema'
import type { ReadWarning, ReadWarningCode, WarningNode } from './board-reading'
import { causesText } from './causes-text'

/** The value, by warning, that is a colour of FigJam's palette by its id, which each language words. */
const COLOUR: Readonly<Partial<Record<ReadWarningCode, string>>> = { 'legend-colour-repeated': 'colour', 'colour-not-in-legend': 'colour' }

/**
 * The list, by warning, of names each paired with the colour at the same place in another list (by
 * its id): the evidence levels and the colours that mark them, each pair in the language's form.
 */
const COLOURED: Readonly<Partial<Record<ReadWarningCode, { names: string; colours: string }>>> = { 'evidence-colour-unknown': { names: 'levels', colours: 'colours' } }

/** A node as a warning names it in the language of the words given: `sticky "Calls the store…"`, `section "Pick-up"`, `table`. */
export function nodeText(node: WarningNode, words: ReadingCatalogue): string {
  const nodes = words.nodes as Readonly<Record<string, string>>
  const kind = Object.prototype.hasOwnProperty.call(nodes, node.kind) ? nodes[node.kind]! : words.nodes.node
  return node.text === undefined || node.text === '' ? kind : fillText(words.node, { kind, text: node.text })
}

/**
 * A warning in a language's words (its catalogue's `reading`), from its code and values: a list as
 * the language writes lists, a number in its marks, as a problem's values are written; a colour,
 * given by its id, in the language's name for it. The problems a warning sums up (its `causes`) are
 * worded by whoever holds the problems' words in the language (the panel) and given as `problems`;
 * without them, their English words, as the command line shows them.
 */
export function warningText(warning: Pick<ReadWarning, 'code' | 'params' | 'node' | 'causes'>, words: ReadingCatalogue, language: Language, problems?: string): string {
  // Typed here, above the catalogues' layer: a colour of the model without its word in a catalogue fails to compile.
  const named: Readonly<Record<StickyColor | MarkColor, string>> = words.colours
  const colours = named as Readonly<Record<string, string>>
  const colourWord = (id: string): string => (Object.prototype.hasOwnProperty.call(colours, id) ? colours[id]! : id)
  const colour = COLOUR[warning.code]
  const coloured = COLOURED[warning.code]
  const params = warning.params
  const written = (name: string, value: ReadWarning['params'][string]): string | number | readonly string[] => {
    if (name === colour && typeof value === 'string') return colourWord(value)
    if (coloured?.names !== name || !Array.isArray(value)) return value
    const ids = params[coloured.colours]
    return value.map((text, i) => fillText(words.levelColour, { name: text, colour: colourWord(Array.isArray(ids) ? (ids[i] ?? '') : '') }))
  }
  const values: Record<string, string> = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, valueText(written(name, value), language)]))
  if (warning.causes !== undefined) values.problems = problems ?? causesText(warning.causes)
  return fillText(words.warnings[warning.code], warning.node === undefined ? values : { ...values, node: nodeText(warning.node, words) })
}
