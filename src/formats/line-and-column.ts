export interface LineAndColumn {
  line: number
  column: number
}

/**
 * Finds the 1-based line and column of character offsets in one text, counting CRLF, LF and a
 * lone CR as one line break each (as editors do). Columns count code points, so an emoji is one
 * column. The line starts are found once, so looking up many offsets stays cheap.
 */
export function lineLocator(text: string): (offset: number) => LineAndColumn {
  const starts = [0]
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i)
    if (ch === 0x0a || (ch === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1)
  }
  // Offsets usually come in order (a parser's, line after line), so the search starts from the
  // last line found and widens in doubling steps before halving: a lookup costs the logarithm of
  // how far it moved, not of the whole file, and reading a file line after line stays linear.
  let last = 0
  return (offset) => {
    const end = Math.min(Math.max(offset, 0), text.length)
    let low = 0
    let high = starts.length - 1
    if ((starts[last] ?? 0) <= end) {
      low = last
      let step = 1
      while (low + step <= high && (starts[low + step] ?? 0) <= end) {
        low += step
        step *= 2
      }
      high = Math.min(high, low + step - 1)
    } else high = last - 1
    while (low < high) {
      const middle = Math.ceil((low + high) / 2)
      if ((starts[middle] ?? 0) <= end) low = middle
      else high = middle - 1
    }
    last = low
    const lineStart = starts[low] ?? 0
    return { line: low + 1, column: [...text.slice(lineStart, end)].length + 1 }
  }
}

/** The line and column of one offset (see `lineLocator`). */
export function lineAndColumn(text: string, offset: number): LineAndColumn {
  return lineLocator(text)(offset)
}
