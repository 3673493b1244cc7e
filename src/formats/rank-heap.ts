/** A min-heap of ranks. */
export class RankHeap {
  private readonly items: number[] = []

  push(value: number): void {
    const items = this.items
    items.push(value)
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1
      if ((items[parent] ?? 0) <= value) break
      items[i] = items[parent] ?? 0
      items[parent] = value
      i = parent
    }
  }

  pop(): number | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (items.length === 0 || last === undefined) return top
    items[0] = last
    for (let i = 0; ; ) {
      const left = 2 * i + 1
      const right = left + 1
      let smallest = i
      if (left < items.length && (items[left] ?? 0) < (items[smallest] ?? 0)) smallest = left
      if (right < items.length && (items[right] ?? 0) < (items[smallest] ?? 0)) smallest = right
      if (smallest === i) break
      const swap = items[i] ?? 0
      items[i] = items[smallest] ?? 0
      items[smallest] = swap
      i = smallest
    }
    return top
  }
}
