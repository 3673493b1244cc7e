/** The largest file the panel opens; journey files are far smaller, so anything bigger is a mistake. */
export const MAX_IMPORT_BYTES = 2_000_000

/**
 * Reads a chosen file as UTF-8 text, refusing files too large to be a journey: then it gives the
 * file's size and the limit in kB, for the panel to say in its language.
 */
export async function readFileTextAsync(file: Blob): Promise<{ ok: true; text: string } | { ok: false; sizeKb: number; maxKb: number }> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, sizeKb: Math.round(file.size / 1000), maxKb: MAX_IMPORT_BYTES / 1000 }
  return { ok: true, text: await file.text() }
}
