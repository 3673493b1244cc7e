/*
 * Apart from countText (fill-text.ts), which writes numbers as each language does and so needs the
 * board words: filling placeholders needs nothing, and the model's problems, which the command line
 * loads before any command, are worded with it alone.
 */

/** A catalogue text with its `{name}` placeholders filled; a placeholder without a value stays as written. */
export function fillText(text: string, values: Readonly<Record<string, string | number>>): string {
  return placeholderFiller(text)(values)
}

/**
 * `fillText` for a text filled once per item of a long list (a report's lines): the text is split
 * at its placeholders once (odd pieces are their names), and each fill joins the pieces with the values.
 */
export function placeholderFiller(text: string): (values: Readonly<Record<string, string | number>>) => string {
  const pieces = text.split(/\{(\w+)\}/)
  return (values) => pieces.map((piece, i) => (i % 2 === 0 ? piece : values[piece] === undefined ? `{${piece}}` : String(values[piece]))).join('')
}
