import { type Oversize, oversize } from './import-size'

/** Reads a chosen file as UTF-8 text, refusing files too large to be a journey (see import-size.ts). */
export async function readFileTextAsync(file: Blob): Promise<{ ok: true; text: string } | ({ ok: false } & Oversize)> {
  const tooBig = oversize(file.size)
  return tooBig === undefined ? { ok: true, text: await file.text() } : { ok: false, ...tooBig }
}
