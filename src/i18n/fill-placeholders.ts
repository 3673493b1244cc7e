/*
 * Apart from countText (fill-text.ts), which writes numbers as each language does and so needs the
 * board words: filling placeholders needs nothing, and the model's problems, which the command line
 * loads before any command, are worded with it alone.
 */

/** A catalogue text with its `{name}` placeholders filled; a placeholder without a value stays as written. */
export function fillText(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name]
    return value === undefined ? whole : String(value)
  })
}
