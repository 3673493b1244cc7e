/** The largest text the panel imports, opened or pasted; journey files are far smaller, so anything bigger is a mistake. */
export const MAX_IMPORT_BYTES = 2_000_000

/** A text or file too large to import: its size and the limit in kB, for the panel to say in its language. */
export interface Oversize {
  sizeKb: number
  maxKb: number
}

/** Whether `bytes` is more than the panel imports, and by how much. */
export function oversize(bytes: number): Oversize | undefined {
  return bytes > MAX_IMPORT_BYTES ? { sizeKb: Math.round(bytes / 1000), maxKb: MAX_IMPORT_BYTES / 1000 } : undefined
}

/** Whether a pasted text is more than the panel imports, counted in UTF-8 bytes as a file of it would be. */
export function textOversize(text: string): Oversize | undefined {
  // A UTF-16 unit is at most three UTF-8 bytes: most texts need no counting.
  return text.length * 3 <= MAX_IMPORT_BYTES ? undefined : oversize(new TextEncoder().encode(text).length)
}
