import { atLine, inCell, type Problem } from '../model'
import { importProblem } from './import-problem'
import type { CsvLink } from './read-csv-item'

/**
 * What is wrong with the links the rows give: a link to itself, and, while nothing else is wrong
 * (a row with problems has no item to link to), a link to an item no row has.
 * @param problemsBefore how many problems the rows had
 */
export function checkCsvLinks(links: readonly CsvLink[], lineOfItem: ReadonlyMap<string, number>, problemsBefore: number): Problem[] {
  const problems: Problem[] = []
  for (const link of links) {
    if (!lineOfItem.has(link.to) && problemsBefore + problems.length === 0) {
      problems.push(atLine(inCell(importProblem('', 'csv-link-to-nothing', { id: link.to }), 'links'), link.line))
    }
    if (link.to === link.from) problems.push(atLine(inCell(importProblem('', 'csv-link-to-itself'), 'links'), link.line))
  }
  return problems
}
