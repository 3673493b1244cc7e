/** Splits a comma-separated option into trimmed, non-empty parts (`--stages plan,book,`). */
export function splitList(value: string | boolean | undefined): string[] | undefined {
  if (typeof value !== 'string') return undefined
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
}
