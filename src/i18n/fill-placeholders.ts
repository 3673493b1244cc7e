/*
 * Apart from countText (fill-text.ts), which writes numbers as each language does and so needs the
 * board words: filling placeholders needs nothing, and the model's problems, which the command line
 * loads before any command, are worded with it alone.
 */

/** A catalogue text with its `{name}` placeholders filled; a placeholder without a value stays as written. */
export function fillText(text: string, values: Readonly<Record<string, string | number>>): string {
  return placeholderFiller(text)(values)
}

/** A text's pieces: even indexes the text between placeholders, odd indexes the placeholders' names. */
const PLACEHOLDER = /\{(\w+)\}/

/**
 * `fillText` for a text filled once per item of a long list (a report's lines): the text is split
 * at its placeholders once, and each fill joins the pieces with the values.
 */
export function placeholderFiller(text: string): (values: Readonly<Record<string, string | number>>) => string {
  const pieces = text.split(PLACEHOLDER)
  return (values) => {
    let filled = pieces[0]!
    for (let i = 1; i < pieces.length; i += 2) {
      const name = pieces[i]!
      const value = values[name]
      filled += (value === undefined ? `{${name}}` : String(value)) + pieces[i + 1]!
    }
    return filled
  }
}
