/** The largest file the panel opens; journey files are far smaller, so anything bigger is a mistake. */
export const MAX_IMPORT_BYTES = 2_000_000

/** Reads a chosen file as UTF-8 text, refusing files too large to be a journey. */
export async function readFileTextAsync(file: Blob): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, message: `the file is ${Math.round(file.size / 1000)} kB; journey files are at most ${MAX_IMPORT_BYTES / 1000} kB` }
  }
  return { ok: true, text: await file.text() }
}
