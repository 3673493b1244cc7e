import type { Item } from '../model'

/** The items read from a CSV's rows, in row order, with the line each came from. */
export class CsvItems {
  readonly items: Item[] = []
  readonly lines: number[] = []
  readonly lineById = new Map<string, number>()
  /** The lanes of each stage's items in row order, for `orderCsvLanes`. */
  readonly laneSequenceByStage = new Map<string, string[]>()

  add(item: Item, line: number): void {
    this.items.push(item)
    this.lines.push(line)
    this.lineById.set(item.id, line)
    const sequence = this.laneSequenceByStage.get(item.stageId)
    if (sequence === undefined) this.laneSequenceByStage.set(item.stageId, [item.laneId])
    else sequence.push(item.laneId)
  }
}
