/**
 * Each entry's index by its id. A loop rather than `new Map(entries.map(...))`: no callback made
 * per call and no array of pairs (see keepShape).
 */
export function indexesById(entries: readonly { id: string }[]): Map<string, number> {
  const indexes = new Map<string, number>()
  for (let index = 0; index < entries.length; index++) indexes.set((entries[index] as { id: string }).id, index)
  return indexes
}
