import { boardNestingProblem, fail, formatPath, formatZodIssues, ok, type Problem, type Result } from '../../model'
import { type RestFile, RestFileSchema, type RestNode } from './rest-file-schema'

/**
 * Checks that `input` has the shape of a Figma REST file response, as far as the renderer reads it.
 * @returns the file, else every problem with its path (`document.children[0].children[3].fills[0].color.r`)
 * and, when the problem is inside a node, that node's type and id.
 */
export function parseRestFile(input: unknown): Result<RestFile> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return fail([{ path: '', message: 'a Figma file must be a JSON object with a "document"' }])
  }
  const tooDeep = boardNestingProblem(input)
  if (tooDeep !== undefined) return fail([tooDeep])
  const parsed = RestFileSchema.safeParse(input)
  if (!parsed.success) {
    const problems = formatZodIssues(parsed.error.issues, input)
    parsed.error.issues.forEach((issue, index) => {
      const problem = problems[index]
      const node = nodeAround(input, issue.path)
      if (problem !== undefined && node !== undefined) problem.message += ` (${node})`
    })
    return fail(problems)
  }
  const file = parsed.data
  const problems: Problem[] = []
  if (file.document.children.length === 0) problems.push({ path: 'document.children', message: 'has no page (CANVAS)' })
  file.document.children.forEach((canvas, c) => {
    canvas.children.forEach((node, n) => collectConnectorProblems(node, ['document', 'children', c, 'children', n], problems))
  })
  return problems.length === 0 ? ok(file) : fail(problems)
}

function collectConnectorProblems(node: RestNode, path: PropertyKey[], problems: Problem[]): void {
  if (node.type === 'CONNECTOR') {
    for (const key of ['connectorStart', 'connectorEnd'] as const) {
      if (node[key] === undefined) {
        problems.push({ path: formatPath([...path, key]), message: `is required (CONNECTOR ${JSON.stringify(node.id)})` })
      }
    }
  }
  node.children?.forEach((child, i) => collectConnectorProblems(child, [...path, 'children', i], problems))
}

/** The innermost node that holds `path`, as `STICKY "1:23"`, so a long path is easy to find on the board. */
function nodeAround(input: unknown, path: readonly PropertyKey[]): string | undefined {
  let current: unknown = input
  let found: string | undefined
  // Stop before the last key: a problem *at* a node's own field is reported for that node, not its child.
  const keys = path.slice(0, -1)
  keys.forEach((key, i) => {
    if (current === null || typeof current !== 'object') return
    current = (current as Record<PropertyKey, unknown>)[key]
    // Nodes are the entries of `children` lists; paints and styles have a `type` too but are not nodes.
    const inChildren = typeof key === 'number' && keys[i - 1] === 'children'
    if (inChildren && current !== null && typeof current === 'object' && !Array.isArray(current)) {
      const { id, type } = current as { id?: unknown; type?: unknown }
      if (typeof type === 'string' && type !== 'DOCUMENT' && type !== 'CANVAS') {
        found = typeof id === 'string' ? `${type} ${JSON.stringify(id)}` : type
      }
    }
  })
  return found
}
