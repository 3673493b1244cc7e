/**
 * About how many characters go to the output in one write: enough that writing a big board is a
 * few hundred writes rather than one per node, small enough that no large string is ever built.
 */
export const TEXT_BATCH_CHARS = 64 * 1024

/** `chunks` then `ending`, gathered into pieces of about TEXT_BATCH_CHARS characters for writing. */
export function* textBatches(chunks: Iterable<string>, ending = ''): Generator<string> {
  let batch = ''
  for (const chunk of chunks) {
    batch += chunk
    if (batch.length >= TEXT_BATCH_CHARS) {
      yield batch
      batch = ''
    }
  }
  batch += ending
  if (batch !== '') yield batch
}
