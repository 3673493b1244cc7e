import type { ExportFormat } from '../../src/formats/export-formats'
import { EXPORT_FORMATS } from '../../src/formats/export-formats'
import { uniqueSlug } from '../../src/templates/unique-slug'


export const EXPORT_FORMAT_ORDER: readonly ExportFormat[] = ['json', 'csv', 'md', 'mermaid']

/** "Renting a car in the USA" -> "renting-a-car-in-the-usa.csv"; "journey" when nothing usable is left. */
export function exportFileName(title: string, format: ExportFormat): string {
  return `${uniqueSlug(title, new Set(), 'journey')}${EXPORT_FORMATS[format].extension}`
}

/** The HTML report's file name: "renting-a-car-in-the-usa-report.html". */
export function reportFileName(title: string): string {
  return `${uniqueSlug(title, new Set(), 'journey')}-report.html`
}
