import { keepShape } from '../hidden-classes/keep-shape'
import { type Item, ItemSchema } from '../model'

/**
 * The items read from a CSV's rows, in row order, with the line each came from. Each is checked
 * against the model as it is added and kept as the check gives it back (defaults filled in), so the
 * item as read is let go at once; one that fails its check is kept as read.
 */
export class CsvItems {
  readonly items: Item[] = []
  /** Whether every item passed its check, so `items` are all checked. */
  allChecked = true
  readonly lines: number[] = []
  /**
   * Each item's line by its id: the import's one index of its items' ids, which the journey's check
   * looks ids up in too. A row whose id is taken is a problem and adds no item, so each id is here once.
   */
  readonly lineById = new Map<string, number>()
  /** The lanes of each stage's items in row order, for `orderCsvLanes`. */
  readonly laneSequenceByStage = new Map<string, string[]>()

  add(item: Item, line: number): void {
    const checked = ItemSchema.safeParse(item)
    if (checked.success) this.items.push(checked.data)
    else {
      this.items.push(item)
      this.allChecked = false
    }
    this.lines.push(line)
    this.lineById.set(item.id, line)
    const sequence = this.laneSequenceByStage.get(item.stageId)
    if (sequence === undefined) this.laneSequenceByStage.set(item.stageId, [item.laneId])
    else sequence.push(item.laneId)
  }
}

// Every CSV import makes its items' list: one kept keeps its hidden class, and the code made for it, through full collections.
keepShape(new CsvItems())
