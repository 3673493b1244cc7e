import { type Problem, problem } from './problem'

/**
 * Limits every input is held to, so that a hostile file ends in one clear problem instead of a
 * stack overflow deep inside a parser. Both are far beyond what real files and boards hold.
 */

/** Lists and objects inside each other in any JSON file read (journey files, board exports). */
export const MAX_JSON_NESTING = 256

/**
 * Nodes inside each other on a board (sections, groups, frames): FigJam boards people make nest a
 * handful deep; the readers, the emulator and the renderer walk the tree level by level.
 */
export const MAX_BOARD_NESTING = 100

/**
 * The problem with a parsed JSON value nested deeper than `max` lists and objects, if it is.
 * Walks without recursion, so any depth is measured safely.
 */
export function jsonNestingProblem(value: unknown, max: number = MAX_JSON_NESTING): Problem | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }]
  while (stack.length > 0) {
    const next = stack.pop()!
    if (next.value === null || typeof next.value !== 'object') continue
    const depth = next.depth + 1
    if (depth > max) {
      return problem('', 'file-nested-too-deep', { max })
    }
    for (const child of Object.values(next.value)) if (child !== null && typeof child === 'object') stack.push({ value: child, depth })
  }
  return undefined
}

/**
 * The problem with a Figma REST file (or any tree of `children` lists) whose nodes nest deeper than
 * `max`, naming the first node too deep. The document and its pages do not count. Iterative.
 */
export function boardNestingProblem(file: unknown, max: number = MAX_BOARD_NESTING): Problem | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: file, depth: -2 }]
  if (file !== null && typeof file === 'object' && 'document' in file) stack[0] = { node: (file as { document: unknown }).document, depth: -1 }
  if (file !== null && typeof file === 'object' && 'nodes' in file && typeof (file as { nodes: unknown }).nodes === 'object') {
    stack.length = 0
    for (const entry of Object.values((file as { nodes: object }).nodes ?? {})) {
      if (entry !== null && typeof entry === 'object') stack.push({ node: (entry as { document?: unknown }).document, depth: -1 })
    }
  }
  while (stack.length > 0) {
    const next = stack.pop()!
    const node = next.node
    if (node === null || typeof node !== 'object') continue
    if (next.depth > max) {
      const id = (node as { id?: unknown }).id
      return problem(typeof id === 'string' ? `node ${id}` : '', 'board-nested-too-deep', { max })
    }
    const children = (node as { children?: unknown }).children
    if (Array.isArray(children)) for (const child of children) stack.push({ node: child, depth: next.depth + 1 })
  }
  return undefined
}
