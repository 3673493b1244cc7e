import type { EvidenceLevel } from '../model'

/** What an evidence marker and its legend swatch show: the level's own letters, else its name's first letter. */
export function evidenceLetter(level: EvidenceLevel): string {
  return level.short ?? [...level.name.trim()][0]?.toUpperCase() ?? ''
}
