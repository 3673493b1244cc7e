import { unloadedFontError } from '../support/plugin-errors'
import type { FontLibrary } from './font-library'
import { type ContainerRecord, isContainer, type SceneRecord, type TextRecord } from './node-records'
import { fontsOf } from './text-writes'

/**
 * Figma's plugin guide (figma/mcp-server-guide, skills/figma-use/references/gotchas.md): font loading
 * "is also required for any operation on nodes that contain unloaded fonts — appendChild,
 * insertChild". Every font of a node's text and of every node inside it must be loaded before it
 * moves; a connector label that has no font yet holds none.
 *
 * A section, group or frame found with every text inside in loaded fonts is remembered, and not
 * walked again when it moves again: wrapping a deep tree level by level checks each level once, not
 * the whole tree every time. What is remembered stays true: loaded fonts stay loaded, the plugin
 * can set text only in loaded fonts, and whatever goes into a container passed this check first.
 * Only a person's edit sets text in fonts the plugin never loaded (`forget`); an undo brings back
 * records of its own, never checked.
 */
export class MovedFontsCheck {
  private checked = new WeakSet<ContainerRecord>()

  constructor(private readonly fonts: FontLibrary) {}

  /** Throws FigJam's unloaded-font error, before anything changes, when `record` may not move. */
  require(record: SceneRecord): void {
    const walked: ContainerRecord[] = []
    const stack: SceneRecord[] = [record]
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (isContainer(node)) {
        if (this.checked.has(node)) continue
        walked.push(node)
        stack.push(...node.children)
        continue
      }
      for (const text of textsOf(node)) {
        for (const font of fontsOf(text)) if (font.family !== '' && !this.fonts.isLoaded(font)) throw unloadedFontError(font)
      }
    }
    for (const container of walked) this.checked.add(container)
  }

  /** A person edited text in FigJam: any container may now hold text in a font the plugin never loaded. */
  forget(): void {
    this.checked = new WeakSet()
  }
}

function textsOf(record: SceneRecord): TextRecord[] {
  switch (record.kind) {
    case 'STICKY':
    case 'SHAPE_WITH_TEXT':
    case 'CONNECTOR':
    case 'TEXT':
      return [record.text]
    case 'TABLE':
      return record.cells.flat().map((cell) => cell.text)
    default:
      return []
  }
}
